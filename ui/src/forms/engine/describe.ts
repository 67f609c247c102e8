/** A place of the body and its value in German words, for lists outside the form (what a
 *  replace changes, a conflict): "Haushalt 1 › Kunde 2 › Person › Vorname: Erika". */
import { steps, type Json } from "../../lib/jsonPath";
import type { Catalog } from "../catalog/types";
import { isArray, isLeaf, isObject, resolve, root, type Resolved } from "./catalog";
import { showValue } from "./formats";
import { labelOf, valueLabel, type Layout } from "./layout";

/** How many values a group holds, counting every filled field inside. */
export function countValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countValues(item), 0);
  if (value !== null && typeof value === "object") return Object.values(value).reduce<number>((sum, item) => sum + countValues(item), 0);
  return value === undefined || value === null || value === "" ? 0 : 1;
}

/** The path's steps as labels; a list and its index read as the entry ("Kunde 2"). The body's
 *  top group (`kundenangaben`) is left out: everything lies in it. */
export function pathInWords(layout: Layout, path: string): string {
  const words: string[] = [];
  let patternPath = "";
  for (const [i, step] of steps(path).entries()) {
    if (typeof step === "number") {
      const list = patternPath.split(".").pop() ?? "";
      words[words.length - 1] = `${layout.labels.items[list] ?? "Eintrag"} ${step + 1}`;
      patternPath += "[]";
      continue;
    }
    patternPath = patternPath === "" ? step : `${patternPath}.${step}`;
    if (i === 0 && step === "kundenangaben") continue;
    words.push(step === "@type" ? "Art" : labelOf(layout.labels, patternPath));
  }
  return words.join(" › ");
}

/** A value as the form would show it; a group as the number of values it holds. */
export function valueInWords(layout: Layout, path: string, value: Json | undefined): string {
  if (value === undefined || value === null) return "–";
  if (typeof value === "object") {
    const count = countValues(value);
    return `${count} ${count === 1 ? "Angabe" : "Angaben"}`;
  }
  const node = nodeIn(layout.catalog, path)?.node;
  if (node && isLeaf(node) && node.type !== "union") return showValue(layout.labels, node, value);
  if (typeof value === "boolean") return value ? "Ja" : "Nein";
  if (typeof value === "number") return value.toLocaleString("de-DE");
  return valueLabel(layout.labels, value);
}

/** The node at a concrete path; a property of a polymorphic object is looked up in the type
 *  that has it (the body's `@type` is not at hand here). */
function nodeIn(catalog: Catalog, path: string): Resolved | undefined {
  let here = root(catalog);
  for (const step of steps(path)) {
    if (typeof step === "number") {
      if (!isArray(here.node)) return undefined;
      here = resolve(catalog, here.node.items);
      continue;
    }
    if (!isObject(here.node)) return undefined;
    const variants = Object.values(here.node.discriminator?.mapping ?? {}).map((name) => resolve(catalog, { ref: name }).node);
    const child = [here.node, ...variants].map((node) => (isObject(node) ? node.properties[step] : undefined)).find((c) => c !== undefined);
    if (!child) return undefined;
    here = resolve(catalog, child);
  }
  return here;
}
