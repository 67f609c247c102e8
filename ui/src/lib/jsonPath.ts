/** Reading and writing a draft's API body by the JSON paths validation reports, e.g.
 *  `antragsteller1.personendaten.vorname` or `kundenangaben.haushalte[0].kunden[0].id`. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = { [key: string]: Json } | Json[];

/** The path's steps: property names and array indices. */
export function steps(path: string): (string | number)[] {
  return path
    .split(".")
    .flatMap((part) => part.split(/\[(\d+)\]/).filter((s) => s !== ""))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

export function getAt(root: Json, path: string): Json | undefined {
  let node: Json | undefined = root;
  for (const step of steps(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[step];
  }
  return node;
}

function isEmpty(value: Json | undefined): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/**
 * Sets `value` at `path`, creating objects and arrays on the way. An empty value removes the
 * property, and containers left empty are removed too, so the body never carries `""` or `{}`
 * the API would have to drop.
 */
export function setAt(root: { [key: string]: Json }, path: string, value: Json | undefined): void {
  const all = steps(path);
  const chain: Container[] = [root];
  let node: Container = root;
  for (const [i, step] of all.slice(0, -1).entries()) {
    const next = all[i + 1];
    const record = node as Record<string | number, Json>;
    let child = record[step];
    if (child === null || typeof child !== "object") {
      if (isEmpty(value)) return;
      child = typeof next === "number" ? [] : {};
      record[step] = child;
    }
    node = child as Container;
    chain.push(node);
  }
  const last = all[all.length - 1];
  if (last === undefined) return;
  const record = node as Record<string | number, Json>;
  if (!isEmpty(value)) record[last] = value as Json;
  else if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
  else Reflect.deleteProperty(record, last);
  for (let i = chain.length - 1; i > 0; i -= 1) {
    const container = chain[i];
    if (!isEmpty(container as Json)) break;
    const parent = chain[i - 1] as Record<string | number, Json>;
    const key = all[i - 1];
    if (key === undefined) break;
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else Reflect.deleteProperty(parent, key);
  }
}
