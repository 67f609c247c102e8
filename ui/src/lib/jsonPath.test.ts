import { describe, expect, it } from "vitest";
import { getAt, setAt, steps, type Json } from "./jsonPath";

describe("jsonPath", () => {
  it("splits paths into properties and indices", () => {
    expect(steps("kundenangaben.haushalte[0].kunden[1].id")).toEqual(["kundenangaben", "haushalte", 0, "kunden", 1, "id"]);
  });

  it("creates objects and arrays on the way and reads back", () => {
    const body: { [key: string]: Json } = {};
    setAt(body, "kundenangaben.haushalte[0].kunden[0].personendaten.person.vorname", "Anna");
    expect(body).toEqual({
      kundenangaben: { haushalte: [{ kunden: [{ personendaten: { person: { vorname: "Anna" } } }] }] },
    });
    expect(getAt(body, "kundenangaben.haushalte[0].kunden[0].personendaten.person.vorname")).toBe("Anna");
  });

  it("removes emptied values and the containers they leave empty", () => {
    const body: { [key: string]: Json } = { antragsteller1: { personendaten: { vorname: "Anna" } }, leadquelle: "x" };
    setAt(body, "antragsteller1.personendaten.vorname", "");
    expect(body).toEqual({ leadquelle: "x" });
  });

  it("never creates containers for an empty value", () => {
    const body: { [key: string]: Json } = {};
    setAt(body, "finanzbedarf.finanzierungswunsch.kreditbetrag", undefined);
    expect(body).toEqual({});
  });
});
