/** Reading a generated contract catalog: following refs, finding the node of a path, listing
 *  every leaf (what the label and layout checks walk). */
import type { Catalog, Node } from "../catalog/types";
import { steps } from "../../lib/jsonPath";

/** A node with its refs followed, and the name of the definition it came from, if any. */
export interface Resolved {
  node: Node;
  def?: string;
}

export function resolve(catalog: Catalog, node: Node): Resolved {
  let def: string | undefined;
  let current = node;
  for (let hops = 0; current.ref !== undefined && hops < 32; hops += 1) {
    def = current.ref;
    const next = catalog.defs[current.ref];
    if (!next) throw new Error(`catalog ${catalog.contract}: unknown definition ${current.ref}`);
    current = next;
  }
  return { node: current, def };
}

export function root(catalog: Catalog): Resolved {
  return resolve(catalog, { ref: catalog.root });
}

export const isLeaf = (node: Node): boolean => node.type !== "object" && node.type !== "array";

/** A path with its list indices turned into `[]`: `haushalt.kinder[1].name` → `haushalt.kinder[].name`. */
export const pattern = (path: string): string => path.replace(/\[\d+\]/g, "[]");

/** The node a concrete or pattern path names, or undefined when the contract has no such place. */
export function nodeAt(catalog: Catalog, path: string): Resolved | undefined {
  let here = root(catalog);
  for (const step of steps(path.replaceAll("[]", "[0]"))) {
    if (typeof step === "number") {
      if (here.node.type !== "array" || !here.node.items) return undefined;
      here = resolve(catalog, here.node.items);
    } else {
      const child = here.node.properties?.[step];
      if (!child) return undefined;
      here = resolve(catalog, child);
    }
  }
  return here;
}

/** Every leaf of the contract as a pattern path, in schema order. */
export function leaves(catalog: Catalog): { path: string; node: Node }[] {
  const found: { path: string; node: Node }[] = [];
  const walk = (resolved: Resolved, path: string, depth: number) => {
    if (depth > 40) throw new Error(`catalog ${catalog.contract}: ${path} nests too deep`);
    const { node } = resolved;
    if (node.type === "object") {
      for (const [name, child] of Object.entries(node.properties ?? {})) {
        walk(resolve(catalog, child), path ? `${path}.${name}` : name, depth + 1);
      }
    } else if (node.type === "array" && node.items) {
      const items = resolve(catalog, node.items);
      if (isLeaf(items.node)) found.push({ path: `${path}[]`, node: items.node });
      else walk(items, `${path}[]`, depth + 1);
    } else {
      found.push({ path, node });
    }
  };
  walk(root(catalog), "", 0);
  return found;
}

/** Every property name the contract uses anywhere (what the label table must cover). */
export function propertyNames(catalog: Catalog): Set<string> {
  const names = new Set<string>();
  for (const def of Object.values(catalog.defs)) collectNames(def, names);
  return names;
}

function collectNames(node: Node, names: Set<string>) {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    names.add(name);
    collectNames(child, names);
  }
  if (node.items) collectNames(node.items, names);
}
