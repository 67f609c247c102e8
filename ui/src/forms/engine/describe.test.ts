import { describe, expect, it } from "vitest";
import { kundenangabenErsetzenLayout as layout } from "../kundenangaben/layout";
import { countValues, pathInWords, valueInWords } from "./describe";

describe("places and values in words", () => {
  it("names list entries by their item label and number", () => {
    expect(pathInWords(layout, "kundenangaben.haushalte[0].kunden[1]")).toBe("Haushalt 1 › Kunde 2");
    expect(pathInWords(layout, "kundenangaben.haushalte[0].kunden[1].personendaten.person.vorname")).toMatch(/^Haushalt 1 › Kunde 2 › .* › Vorname$/);
  });

  it("shows a value as the form does, also in a polymorphic object", () => {
    expect(valueInWords(layout, "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis", 358000)).toBe("358.000,00 €");
    expect(valueInWords(layout, "kundenangaben.haushalte[0].kunden[0].personendaten.person.anrede", "HERR")).toBe("Herr");
    expect(valueInWords(layout, "kundenangaben.haushalte[0].kunden[1]", { personendaten: { person: { vorname: "Erika", nachname: "M" } } })).toBe("2 Angaben");
    expect(valueInWords(layout, "kundenangaben.haushalte[0].kunden[1]", undefined)).toBe("–");
  });

  it("counts filled values only", () => {
    expect(countValues({ a: "", b: null, c: [1, { d: "x" }] })).toBe(2);
  });
});
