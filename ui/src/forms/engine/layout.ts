/** What a lead kind adds to its generated catalog: German words and the order a Berater works
 *  in. Nothing here describes a field's type or values; those come from the catalog. */
import type { Catalog } from "../catalog/types";

/** One section of the form: one or more subtrees of the body, shown together. */
export interface SectionLayout {
  id: string;
  title: string;
  /** Pattern paths of the subtrees this section shows, in order. */
  paths: readonly string[];
  /** A section whose content exists only when the user adds it (the second Antragsteller). */
  optional?: { add: string; remove: string };
  /** Buttons that copy one subtree to another ("Anschrift von Antragsteller 1 übernehmen"). */
  copies?: readonly { label: string; from: string; to: string }[];
}

export interface Labels {
  /** One German label per property name, wherever the name stands. */
  properties: Readonly<Record<string, string>>;
  /** Labels for a pattern path where the same name means something else there. A key may be the
   *  tail of pattern paths (`stellplaetze[].typ`): a subtree the contract repeats in several
   *  places is named once. */
  paths: Readonly<Record<string, string>>;
  /** What one entry of a list is called ("Kind", "Ratenkredit"), by the list's property name. */
  items: Readonly<Record<string, string>>;
  /** German words for enum wire values. */
  values: Readonly<Record<string, string>>;
}

export interface Layout {
  catalog: Catalog;
  labels: Labels;
  sections: readonly SectionLayout[];
  /** Per definition name: the properties shown first, in this order. Everything else of the
   *  group stays under "Weitere Angaben". A definition not named here shows all its fields. */
  common: Readonly<Record<string, readonly string[]>>;
  /** Property names that always stay under "Weitere Angaben" (technical ids). */
  rarely: readonly string[];
  /** Pattern paths deliberately not rendered, with the reason. */
  omitted: Readonly<Record<string, string>>;
}

/** The German label of the property at a pattern path: the override for the path or its longest
 *  tail of two or more steps, else the label of its name. */
export function labelOf(labels: Labels, patternPath: string): string {
  const exact = labels.paths[patternPath];
  if (exact !== undefined) return exact;
  const steps = patternPath.split(".");
  for (let from = 1; from < steps.length - 1; from += 1) {
    const tail = labels.paths[steps.slice(from).join(".")];
    if (tail !== undefined) return tail;
  }
  const name = patternPath.replace(/\[\]$/, "").split(".").pop() ?? patternPath;
  return labels.properties[name] ?? name;
}

/** Of a group's property `names`, those shown first, in order: its definition's common fields,
 *  else all but the rarely used ones. A closed list entry's line previews the same fields. */
export function firstShown(layout: Layout, def: string | undefined, names: readonly string[]): string[] {
  const common = def ? layout.common[def] : undefined;
  return common ? common.filter((name) => names.includes(name)) : names.filter((name) => !layout.rarely.includes(name));
}

/** The German word for an enum value; the wire value itself when the table lacks it (shown,
 *  never hidden). */
export const valueLabel = (labels: Labels, value: string): string => labels.values[value] ?? value;
