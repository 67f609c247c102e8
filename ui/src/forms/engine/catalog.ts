/** Reading a generated contract catalog: following refs, finding the node of a path, listing
 *  every leaf (what the label and layout checks walk). */
import type { ArrayNode, Catalog, Node, ObjectNode, RefNode, ScalarNode, UnionNode } from "../catalog/types";
import { steps, type Json } from "../../lib/jsonPath";

/** A node that is not a reference. */
export type Concrete = Exclude<Node, RefNode>;
/** A node that holds one value: a field. */
export type LeafNode = ScalarNode | UnionNode;

/** A node with its refs followed, and the name of the definition it came from, if any. */
export interface Resolved {
  node: Concrete;
  def?: string;
}

const isRef = (node: Node): node is RefNode => "ref" in node;

export function resolve(catalog: Catalog, node: Node): Resolved {
  let def: string | undefined;
  let current = node;
  for (let hops = 0; isRef(current); hops += 1) {
    def = current.ref;
    const next = catalog.defs[current.ref];
    if (!next || hops > 32) throw new Error(`catalog ${catalog.contract}: unknown definition ${current.ref}`);
    current = next;
  }
  return { node: current, def };
}

export function root(catalog: Catalog): Resolved {
  return resolve(catalog, { ref: catalog.root });
}

export const isLeaf = (node: Concrete): node is LeafNode => node.type !== "object" && node.type !== "array";
export const isObject = (node: Concrete): node is ObjectNode => node.type === "object";
export const isArray = (node: Concrete): node is ArrayNode => node.type === "array";

/** An object as the body's type value makes it: a polymorphic object (`@type`) is the
 *  definition its value names; anything else, or one with no type chosen yet, stays as it is. */
export function shapeOf(catalog: Catalog, object: { node: ObjectNode; def?: string }, value: Json | undefined): { node: ObjectNode; def?: string } {
  const discriminator = object.node.discriminator;
  if (!discriminator || value === null || typeof value !== "object" || Array.isArray(value)) return object;
  const type = value[discriminator.property];
  const name = typeof type === "string" ? discriminator.mapping[type] : undefined;
  if (!name || !catalog.defs[name]) return object;
  const chosen = resolve(catalog, { ref: name });
  return isObject(chosen.node) ? { node: chosen.node, def: chosen.def } : object;
}

/** A path with its list indices turned into `[]`: `haushalt.kinder[1].name` → `haushalt.kinder[].name`. */
export const pattern = (path: string): string => path.replace(/\[\d+\]/g, "[]");

/** The node a concrete or pattern path names, or undefined when the contract has no such place. */
export function nodeAt(catalog: Catalog, path: string): Resolved | undefined {
  let here = root(catalog);
  for (const step of steps(path.replaceAll("[]", "[0]"))) {
    if (typeof step === "number") {
      if (!isArray(here.node)) return undefined;
      here = resolve(catalog, here.node.items);
    } else {
      const child = isObject(here.node) ? here.node.properties[step] : undefined;
      if (!child) return undefined;
      here = resolve(catalog, child);
    }
  }
  return here;
}

/** Every leaf of the contract as a pattern path, in schema order. */
export function leaves(catalog: Catalog): { path: string; node: LeafNode }[] {
  const found: { path: string; node: LeafNode }[] = [];
  const walk = (resolved: Resolved, path: string, depth: number) => {
    if (depth > 40) throw new Error(`catalog ${catalog.contract}: ${path} nests too deep`);
    const { node } = resolved;
    if (isObject(node)) {
      for (const [name, child] of Object.entries(node.properties)) {
        walk(resolve(catalog, child), path ? `${path}.${name}` : name, depth + 1);
      }
      // A polymorphic object holds the fields of every type it can be.
      for (const def of Object.values(node.discriminator?.mapping ?? {})) walk(resolve(catalog, { ref: def }), path, depth + 1);
    } else if (isArray(node)) {
      const items = resolve(catalog, node.items);
      if (isLeaf(items.node)) found.push({ path: `${path}[]`, node: items.node });
      else walk(items, `${path}[]`, depth + 1);
    } else {
      found.push({ path, node });
    }
  };
  walk(root(catalog), "", 0);
  // The types of a polymorphic object share their common fields.
  return [...new Map(found.map((leaf) => [leaf.path, leaf])).values()];
}

/** Every property name a body of the contract can hold (what the label table must cover). */
export function propertyNames(catalog: Catalog): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: Node) => {
    if (isRef(node)) {
      const def = catalog.defs[node.ref];
      if (def && !seen.has(node.ref)) {
        seen.add(node.ref);
        visit(def);
      }
      return;
    }
    if ("properties" in node) {
      for (const [name, child] of Object.entries(node.properties)) {
        names.add(name);
        visit(child);
      }
      for (const def of Object.values(node.discriminator?.mapping ?? {})) visit({ ref: def });
    }
    if ("items" in node) visit(node.items);
  };
  visit({ ref: catalog.root });
  return names;
}
