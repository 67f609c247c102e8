import { describe, expect, it } from "vitest";
import openapi from "../../../../crates/contracts/official/kundenangaben-openapi.json";
import { labelOf } from "../engine/layout";
import { kexLabels } from "../kex/labels";
import { looksTechnical } from "../labelShape";
import { kundenangabenCodeLists, kundenangabenLabels as labels } from "./labels";

/** The parts of an OpenAPI schema the labels depend on. */
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  enum?: string[];
  discriminator?: { propertyName: string; mapping: Record<string, string> };
}

const schemas = openapi.components.schemas as unknown as Record<string, Schema>;
const refName = (ref: string) => ref.replace("#/components/schemas/", "");

/** The request bodies: what a Berater fills in (the GET answer is their `kundenangaben`). */
const roots = Object.values(openapi.paths).flatMap((operations) =>
  Object.values(operations).flatMap((operation) => {
    const ref = (operation as { requestBody?: { content: Record<string, { schema: Schema }> } }).requestBody?.content["application/json;version=1.0"]?.schema.$ref;
    return ref ? [refName(ref)] : [];
  }),
);


/** Everything of the contract that needs a German word, collected from the schemas the request
 *  bodies reach (through `$ref`, `allOf`, `oneOf`, list items and discriminator mappings). */
function collect() {
  const names = new Set<string>();
  const lists = new Set<string>();
  const values = new Map<string, string>();
  const types = new Map<string, string>();
  const seen = new Set<string>();
  const visitSchema = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const schema = schemas[name];
    if (!schema) throw new Error(`unknown schema ${name}`);
    visit(schema, name);
  };
  const visit = (schema: Schema, owner: string) => {
    if (schema.$ref) visitSchema(refName(schema.$ref));
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) visit(part, owner);
    if (schema.items) visit(schema.items, owner);
    for (const [value, target] of Object.entries(schema.discriminator?.mapping ?? {})) {
      types.set(value, owner);
      visitSchema(refName(target));
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      names.add(name);
      if (property.type === "array") lists.add(name);
      const enumeration = property.enum ?? property.items?.enum ?? [];
      if (!(name in kundenangabenCodeLists)) for (const value of enumeration) values.set(value, `${owner}.${name}`);
      visit(property, owner);
    }
  };
  for (const root of roots) visitSchema(root);
  return { names, lists, values, types, schemas: seen };
}

/** Every pattern path of the request bodies (`kundenangaben.haushalte[].kunden[].…`), each
 *  discriminator variant's properties under the path of its base. */
function patternPaths(): Set<string> {
  const found = new Set<string>();
  const variants = (name: string): string[] =>
    Object.values(schemas[name]?.discriminator?.mapping ?? {}).map(refName).filter((v) => v !== name);
  const walk = (schema: Schema, path: string, stack: readonly string[]) => {
    if (schema.$ref) {
      const name = refName(schema.$ref);
      if (stack.includes(name)) return;
      const target = schemas[name];
      if (target) walk(target, path, [...stack, name]);
      for (const variant of variants(name)) {
        const v = schemas[variant];
        if (v && !stack.includes(variant)) walk(v, path, [...stack, name, variant]);
      }
    }
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) walk(part, path, stack);
    if (schema.items) walk(schema.items, `${path}[]`, stack);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const here = path ? `${path}.${name}` : name;
      found.add(property.type === "array" ? `${here}[]` : here);
      walk(property, here, stack);
    }
  };
  for (const root of roots) walk({ $ref: `#/components/schemas/${root}` }, "", []);
  return found;
}

/** The entries this contract adds or changes; the KreditSmart ones it reuses are checked there. */
const own = (table: Readonly<Record<string, string>>, kex: Readonly<Record<string, string>>) =>
  Object.keys(table).filter((key) => kex[key] !== table[key]);

describe("Kundenangaben labels against the OpenAPI", () => {
  const contract = collect();
  const allPaths = patternPaths();

  it("reads the whole contract", () => {
    expect(roots.sort()).toEqual(["ImportKundenangabenRequest", "ImportKundenangabenRequest", "UpdateKundenangabenRequest"]);
    expect(contract.schemas.size).toBeGreaterThan(300);
    expect(contract.names.size).toBeGreaterThan(450);
    expect(contract.values.size).toBeGreaterThan(250);
    expect(contract.types.size).toBeGreaterThan(150);
    expect(allPaths.size).toBeGreaterThan(2000);
  });

  it("has a German label for every property name, including those inside allOf", () => {
    expect([...contract.names].filter((name) => !(name in labels.properties))).toEqual([]);
  });

  it("has a German word for every enum value and every @type value", () => {
    expect([...contract.values.keys()].filter((value) => !(value in labels.values))).toEqual([]);
    expect([...contract.types.keys()].filter((value) => !(value in labels.values))).toEqual([]);
  });

  it("leaves out only the two kundenangabenCodeLists of Europace codes", () => {
    for (const [name, what] of Object.entries(kundenangabenCodeLists)) {
      expect(contract.names.has(name), what).toBe(true);
      expect(labels.properties[name], what).toBeDefined();
    }
  });

  it("names one entry of every list", () => {
    expect([...contract.lists].filter((name) => !(name in labels.items))).toEqual([]);
  });

  it("resolves every pattern path of the bodies to a German label", () => {
    const unresolved = [...allPaths].filter((path) => {
      const name = path.replace(/\[\]$/, "").split(".").pop() ?? path;
      return labelOf(labels, path) === name;
    });
    expect(unresolved).toEqual([]);
  });

  it("names every @type chooser after what it chooses", () => {
    const generic = [...allPaths].filter((path) => path.endsWith(".@type") && labelOf(labels, path) === labels.properties["@type"]);
    expect(generic).toEqual([]);
  });

  it("uses an override for a tail of a pattern path", () => {
    const stellplatz = "kundenangaben.haushalte[].finanzielleSituation.bestehendeImmobilienErfassung.bestehendeImmobilien[].immobilie.stellplaetzeErfassung.stellplaetze[].typ";
    expect(allPaths.has(stellplatz)).toBe(true);
    expect(labelOf(labels, stellplatz)).toBe("Art des Stellplatzes");
    expect(labelOf(labels, "kundenangaben.finanzierungsobjekt.immobilie.typ")).toBe("Objektart");
    expect(labelOf(labels, "kundenangaben.finanzierungsbedarf.unbesicherteExterneDarlehen[].typ")).toBe("Darlehensart");
    expect(labelOf(labels, "kundenangaben.haushalte[].kunden[].personendaten.person.vorname")).toBe("Vorname");
  });

  it("never shows camelCase, ALL_CAPS or a wire name as a label", () => {
    const shown: [string, string][] = [
      ...[...contract.names].map((name): [string, string] => [labels.properties[name] ?? "", name]),
      ...[...contract.lists].map((name): [string, string] => [labels.items[name] ?? "", name]),
      ...[...contract.values.keys(), ...contract.types.keys()].map((value): [string, string] => [labels.values[value] ?? "", value]),
      ...Object.entries(labels.paths).map(([path, label]): [string, string] => [label, path.split(".").pop() ?? path]),
    ];
    expect(shown.filter(([label, wire]) => label === "" || looksTechnical(label, wire))).toEqual([]);
  });

  it("gives the fields of one schema different labels, except a field and the one replacing it", () => {
    const fields = (schema: Schema): string[] => [
      ...Object.keys(schema.properties ?? {}),
      ...(schema.allOf ?? []).flatMap((part) => fields(part.$ref ? (schemas[refName(part.$ref)] ?? {}) : part)),
    ];
    const clashes = [...contract.schemas].flatMap((name) => {
      const byLabel = new Map<string, string>();
      return [...new Set(fields(schemas[name] ?? {}))].flatMap((field) => {
        const label = labels.properties[field] ?? field;
        const other = byLabel.get(label);
        byLabel.set(label, field);
        return other && other !== `${field}Erfassung` && field !== `${other}Erfassung` ? [`${name}: ${other}, ${field} → ${label}`] : [];
      });
    });
    expect(clashes).toEqual([]);
  });

  it("keeps no stale entry: everything it adds is used by the contract", () => {
    expect(own(labels.properties, kexLabels.properties).filter((name) => !contract.names.has(name))).toEqual([]);
    expect(own(labels.items, kexLabels.items).filter((name) => !contract.lists.has(name))).toEqual([]);
    const values = new Set([...contract.values.keys(), ...contract.types.keys()]);
    expect(own(labels.values, kexLabels.values).filter((value) => !values.has(value))).toEqual([]);
    const tails = Object.keys(labels.paths).filter(
      (key) => key.split(".").length < 2 || ![...allPaths].some((path) => path === key || path.endsWith(`.${key}`)),
    );
    expect(tails).toEqual([]);
  });
});
