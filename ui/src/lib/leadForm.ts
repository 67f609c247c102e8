import { LEAD_PATHS, type LeadKind } from "./bindings";

/** One input of the Baufinanzierung form, bound to a JSON path of the API body. */
export interface Field {
  path: string;
  label: string;
  type: "text" | "email" | "date" | "select";
  options?: readonly { value: string; label: string }[];
}

export interface Section {
  title: string;
  fields: readonly Field[];
}

const anrede = [
  { value: "FRAU", label: "Frau" },
  { value: "HERR", label: "Herr" },
] as const;

const kunde = "kundenangaben.haushalte[0].kunden[0]";

const baufinanzierung: readonly Section[] = [
  {
    title: "Betreuung",
    fields: [{ path: LEAD_PATHS.Kundenangaben.kundenbetreuer, label: "Partner-ID des Kundenbetreuers", type: "text" }],
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

/** The Baufinanzierung form until the Kundenangaben contract has its catalog and layout. */
export const baufinanzierungSections = baufinanzierung;

export const kindLabel: Record<LeadKind, string> = {
  KexImport: "Ratenkredit (KreditSmart)",
  Kundenangaben: "Baufinanzierung (BaufiSmart)",
  DrKlein: "Dr. Klein Lead",
};
