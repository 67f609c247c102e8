import { beforeEach, describe, expect, it } from "vitest";
import { navigation } from "./navigation.svelte";
import { REFRESH_DEFAULT, refreshSeconds, setRefreshSeconds, showVorgang, vorgaenge } from "./vorgaenge.svelte";

describe("Vorgänge", () => {
  beforeEach(() => localStorage.clear());

  it("keeps a valid refresh interval and refuses others in German", () => {
    expect(refreshSeconds()).toBe(REFRESH_DEFAULT);
    expect(setRefreshSeconds(" 15 ")).toBeUndefined();
    expect(refreshSeconds()).toBe(15);
    expect(setRefreshSeconds("2")).toMatch(/ganze Zahl von Sekunden ab 5/);
    expect(setRefreshSeconds("zehn")).toMatch(/ganze Zahl/);
    expect(refreshSeconds()).toBe(15);
  });

  it("asks to show a Vorgang from anywhere", () => {
    const before = navigation.count;
    showVorgang("N94L7T");
    expect(vorgaenge.offen).toBe("N94L7T");
    expect(navigation).toEqual({ place: "vorgang", count: before + 1 });
  });
});
