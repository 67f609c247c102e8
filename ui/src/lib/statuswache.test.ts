import { describe, expect, it } from "vitest";
import type { VorgangAbruf_Deserialize } from "./bindings";
import { empfangen, statuswache } from "./statuswache.svelte";
import { navigation } from "./navigation.svelte";
import { vorgaenge } from "./vorgaenge.svelte";

describe("Statuswache", () => {
  it("keeps the badge count and the latest read", () => {
    empfangen({ art: "neuigkeiten", anzahl: 2 });
    expect(statuswache.neuigkeiten).toBe(2);
    const abruf = { vorgangsnummer: "N94L7T", ansicht: null, stand: null, aktuell: true, fehler: null } as VorgangAbruf_Deserialize;
    empfangen({ art: "gelesen", abruf });
    expect(statuswache.gelesen?.vorgangsnummer).toBe("N94L7T");
  });

  it("opens the Vorgang of a clicked notification", () => {
    const before = navigation.count;
    empfangen({ art: "oeffnen", vorgangsnummer: "AB1234" });
    expect(vorgaenge.offen).toBe("AB1234");
    expect(navigation).toEqual({ place: "vorgang", count: before + 1 });
  });
});
