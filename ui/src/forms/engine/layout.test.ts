import { describe, expect, it } from "vitest";
import { kexLayout } from "../kex/layout";
import { firstShown } from "./layout";

describe("the fields a group shows first", () => {
  it("are its definition's common fields in their order, of those it has", () => {
    expect(firstShown(kexLayout, "Anschrift", ["ort", "land", "plz", "strasse"])).toEqual(["strasse", "plz", "ort"]);
  });

  it("are none before its subgroups when its definition names none", () => {
    expect(firstShown(kexLayout, "Antragsteller", ["id", "personendaten"])).toEqual([]);
  });

  it("are all but the technical ids for a definition the layout does not name", () => {
    expect(firstShown(kexLayout, undefined, ["id", "bezeichnung", "antragstellerIds", "betrag"])).toEqual(["bezeichnung", "betrag"]);
  });
});
