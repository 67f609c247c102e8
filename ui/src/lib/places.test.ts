import { describe, expect, it } from "vitest";
import { placeForShortcut, places } from "./places";

const key = (key: string, mods: Partial<Record<"altKey" | "ctrlKey" | "metaKey", boolean>> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe("places", () => {
  it("lists the four places in German, in navigation order", () => {
    expect(places.map((p) => p.label)).toEqual(["Entwürfe", "Neuer Lead", "Vorgänge", "Einstellungen"]);
  });

  it("opens a place with Alt and its digit", () => {
    expect(placeForShortcut(key("1", { altKey: true }))).toBe("entwuerfe");
    expect(placeForShortcut(key("4", { altKey: true }))).toBe("einstellungen");
  });

  it("ignores digits without Alt, with other modifiers, or without a place", () => {
    expect(placeForShortcut(key("1"))).toBeUndefined();
    expect(placeForShortcut(key("1", { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(placeForShortcut(key("9", { altKey: true }))).toBeUndefined();
  });
});
