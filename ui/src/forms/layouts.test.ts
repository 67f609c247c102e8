import { describe, expect, it } from "vitest";
import { leaves, nodeAt, propertyNames, root } from "./engine/catalog";
import { drkleinLayout } from "./drklein/layout";
import type { Layout } from "./engine/layout";
import { kexLayout } from "./kex/layout";
import { kundenangabenCodeLists } from "./kundenangaben/labels";
import { kundenangabenErsetzenLayout, kundenangabenLayout } from "./kundenangaben/layout";
import { looksTechnical } from "./labelShape";

describe.each<[string, Layout, Readonly<Record<string, string>>]>([
  ["KreditSmart", kexLayout, {}],
  ["Dr. Klein", drkleinLayout, {}],
  ["Baufinanzierung", kundenangabenLayout, kundenangabenCodeLists],
  ["Kundenangaben ergänzen", kundenangabenErsetzenLayout, kundenangabenCodeLists],
])("%s form: labels and layout against the catalog", (_name, layout, codeLists) => {
  const { catalog, labels, sections, common, omitted } = layout;
  const leafPaths = leaves(catalog).map((l) => l.path);
  /** A label override names a whole pattern path or the tail of one. */
  const known = (key: string) =>
    nodeAt(catalog, key) !== undefined || leafPaths.some((p) => `.${p}.`.includes(`.${key}.`) || `.${p}`.includes(`.${key}[`));

  it("has a German label for every property of the contract", () => {
    const missing = [...propertyNames(catalog)].filter((name) => !(name in labels.properties));
    expect(missing).toEqual([]);
  });

  it("never shows camelCase or a wire value as a label", () => {
    const shown = [...Object.values(labels.properties), ...Object.values(labels.paths), ...Object.values(labels.items), ...Object.values(labels.values)];
    expect(shown.filter((label) => looksTechnical(label))).toEqual([]);
  });

  it("has a German word for every enum value except countries and code lists", () => {
    const values = leaves(catalog)
      .filter(({ path }) => !((path.replace(/\[\]$/, "").split(".").pop() ?? "") in codeLists))
      .flatMap(({ node }) => ("format" in node && node.format === "enum" ? (node.enum ?? []) : []));
    expect(values.filter((value) => !(value in labels.values))).toEqual([]);
  });

  it("places every leaf in a section or leaves it out with a reason", () => {
    const placed = (path: string) =>
      sections.some((s) => s.paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[]`))) ||
      Object.keys(omitted).some((p) => path === p || path.startsWith(`${p}.`));
    const all = leaves(catalog);
    expect(all.length).toBeGreaterThan(500);
    expect(all.map((l) => l.path).filter((p) => !placed(p))).toEqual([]);
    expect(Object.values(omitted).every((reason) => reason.length > 10)).toBe(true);
  });

  it("names only paths and definitions the catalog has", () => {
    for (const section of sections) for (const path of section.paths) expect(nodeAt(catalog, path), path).toBeDefined();
    for (const path of Object.keys(omitted)) expect(nodeAt(catalog, path), path).toBeDefined();
    expect(Object.keys(labels.paths).filter((key) => !known(key))).toEqual([]);
    const names = propertyNames(catalog);
    expect(layout.rarely.filter((name) => !names.has(name))).toEqual([]);
    for (const [def, names] of Object.entries(common)) {
      const node = catalog.defs[def];
      expect(node, def).toBeDefined();
      for (const name of names) expect(node && "properties" in node ? node.properties[name] : undefined, `${def}.${name}`).toBeDefined();
    }
  });

  it("shows every part of the body in exactly one section", () => {
    const body = root(catalog).node;
    const top = Object.keys("properties" in body ? body.properties : {});
    const inSections = sections.flatMap((s) => s.paths);
    const inside = (path: string, outer: string) => path === outer || path.startsWith(`${outer}.`);
    expect(top.filter((t) => !inSections.some((p) => inside(p, t)))).toEqual([]);
    expect(inSections.filter((p, i) => inSections.some((q, j) => i !== j && inside(p, q)))).toEqual([]);
  });
});
