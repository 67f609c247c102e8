import type { DraftKind } from "./bindings";

/** One input of the lead form, bound to a JSON path of the API body. */
export interface Field {
  path: string;
  label: string;
  type: "text" | "email" | "tel" | "date" | "number" | "select";
  options?: readonly { value: string; label: string }[];
  /** Integers (months, counts) rather than amounts. */
  integer?: boolean;
}

export interface Section {
  title: string;
  fields: readonly Field[];
}

/** Where each API names the Kundenbetreuer; a draft for a Berater has the Berater there. */
export const kundenbetreuerPath: Record<DraftKind, string> = {
  KexImport: "kundenbetreuer.partnerId",
  DrKlein: "kundenbetreuer.partnerId",
  Kundenangaben: "importMetadaten.betreuung.kundenbetreuer",
};

const anrede = [
  { value: "FRAU", label: "Frau" },
  { value: "HERR", label: "Herr" },
] as const;

const person = (prefix: string): Field[] => [
  { path: `${prefix}.personendaten.anrede`, label: "Anrede", type: "select", options: anrede },
  { path: `${prefix}.personendaten.vorname`, label: "Vorname", type: "text" },
  { path: `${prefix}.personendaten.nachname`, label: "Nachname", type: "text" },
  { path: `${prefix}.personendaten.geburtsdatum`, label: "Geburtsdatum", type: "date" },
  { path: `${prefix}.personendaten.email`, label: "E-Mail", type: "email" },
  { path: `${prefix}.personendaten.telefonPrivat`, label: "Telefon privat", type: "tel" },
  { path: `${prefix}.wohnsituation.anschrift.strasse`, label: "Straße", type: "text" },
  { path: `${prefix}.wohnsituation.anschrift.hausnummer`, label: "Hausnummer", type: "text" },
  { path: `${prefix}.wohnsituation.anschrift.plz`, label: "PLZ", type: "text" },
  { path: `${prefix}.wohnsituation.anschrift.ort`, label: "Ort", type: "text" },
  { path: `${prefix}.wohnsituation.anschrift.wohnhaftSeit`, label: "Wohnhaft seit", type: "date" },
];

const ratenkredit: readonly Section[] = [
  {
    title: "Kundenbetreuer",
    fields: [{ path: kundenbetreuerPath.KexImport, label: "Partner-ID des Kundenbetreuers", type: "text" }],
  },
  { title: "Antragsteller 1", fields: person("antragsteller1") },
  {
    title: "Haushalt",
    fields: [{ path: "haushalt.kontoverbindung.iban", label: "IBAN", type: "text" }],
  },
  {
    title: "Finanzbedarf",
    fields: [
      {
        path: "finanzbedarf.finanzierungszweck",
        label: "Verwendungszweck",
        type: "select",
        options: [
          { value: "FREIE_VERWENDUNG", label: "Freie Verwendung" },
          { value: "FAHRZEUGKAUF", label: "Fahrzeugkauf" },
          { value: "MODERNISIEREN", label: "Modernisieren" },
          { value: "UMSCHULDUNG", label: "Umschuldung" },
        ],
      },
      { path: "finanzbedarf.finanzierungswunsch.kreditbetrag", label: "Kreditbetrag (EUR)", type: "number" },
      {
        path: "finanzbedarf.finanzierungswunsch.laufzeitInMonaten",
        label: "Laufzeit (Monate)",
        type: "number",
        integer: true,
      },
    ],
  },
];

const kunde = "kundenangaben.haushalte[0].kunden[0]";

const baufinanzierung: readonly Section[] = [
  {
    title: "Betreuung",
    fields: [{ path: kundenbetreuerPath.Kundenangaben, label: "Partner-ID des Kundenbetreuers", type: "text" }],
  },
  {
    title: "Kunde 1",
    fields: [
      { path: `${kunde}.personendaten.person.anrede`, label: "Anrede", type: "select", options: anrede },
      { path: `${kunde}.personendaten.person.vorname`, label: "Vorname", type: "text" },
      { path: `${kunde}.personendaten.person.nachname`, label: "Nachname", type: "text" },
      { path: `${kunde}.personendaten.geburtsdatum`, label: "Geburtsdatum", type: "date" },
      { path: `${kunde}.kontakt.email`, label: "E-Mail", type: "email" },
    ],
  },
];

/** The form sections for each kind of draft. */
export const sections: Record<DraftKind, readonly Section[]> = {
  KexImport: ratenkredit,
  DrKlein: ratenkredit,
  Kundenangaben: baufinanzierung,
};

export const kindLabel: Record<DraftKind, string> = {
  KexImport: "Ratenkredit (KreditSmart)",
  Kundenangaben: "Baufinanzierung (BaufiSmart)",
  DrKlein: "Dr. Klein Lead",
};
