/** The Baufinanzierung (BaufiSmart Kundenangaben) form: sections in the order a Berater works,
 *  the fields each group shows first. Every other field of the contract is reachable under
 *  "Weitere Angaben". */
import catalog from "../catalog/kundenangaben.json";
import type { Catalog } from "../catalog/types";
import type { Layout, SectionLayout } from "../engine/layout";
import { kundenangabenLabels } from "./labels";

/** The sections of the Kundenangaben themselves, the same in a new lead and in a replace. */
const kundenangabenParts: readonly SectionLayout[] = [
  { id: "haushalte", title: "Haushalte", paths: ["kundenangaben.haushalte", "kundenangaben.sicherungsgeberHaushalte"] },
  { id: "finanzierungsobjekt", title: "Finanzierungsobjekt", paths: ["kundenangaben.finanzierungsobjekt"] },
  { id: "finanzierungsbedarf", title: "Finanzierungsbedarf", paths: ["kundenangaben.finanzierungsbedarf"] },
  { id: "bankverbindung", title: "Bankverbindung", paths: ["kundenangaben.bankverbindung"] },
];

export const kundenangabenSections: readonly SectionLayout[] = [
  { id: "importMetadaten", title: "Import-Metadaten & Betreuung", paths: ["importMetadaten"] },
  ...kundenangabenParts,
];

/** What each group shows before "Weitere Angaben", by the contract's definition name. */
export const kundenangabenCommon: Record<string, readonly string[]> = {
  ImportMetadaten: ["externeVorgangsId", "prioritaet", "importquelle"],
  Haushalt: ["erfahrungImmobilienFinanzierung"],
  Kunde: ["externeKundenId"],
  Person: ["anrede", "vorname", "nachname"],
  Personendaten: ["geburtsdatum", "geburtsort", "staatsangehoerigkeit"],
  Anschrift: ["strasse", "hausnummer", "plz", "ort"],
  Wohnsituation: ["wohnhaftSeit"],
  Kontakt: ["email", "weitereKontaktmoeglichkeiten"],
  Finanzielles: ["einkommenNetto", "steuerId"],
  Angestellter: ["beruf", "beschaeftigungsstatus"],
  Arbeiter: ["beruf", "beschaeftigungsstatus"],
  Beschaeftigungsverhaeltnis: ["beschaeftigtSeit", "probezeit"],
  Kind: ["name", "geburtsdatum", "kindergeldWirdBezogen"],
  Bankverbindung: ["iban", "bic", "nameKontoinhaberKeinKunde"],
};

export const kundenangabenLayout: Layout = {
  catalog: catalog as Catalog,
  labels: kundenangabenLabels,
  sections: kundenangabenSections,
  common: kundenangabenCommon,
  rarely: ["id", "referenzId"],
  omitted: {
    "importMetadaten.datenkontext":
      "Folgt aus der Umgebung: Leadbridge sendet Testmodus in Sandbox und Test, Echtgeschäft nur in Produktion.",
  },
};

/** "Kundenangaben ergänzen": the replace body of an existing case, whose only metadata is the
 *  Tippgeber; the Kundenangaben sections are those of a new lead. */
export const kundenangabenErsetzenLayout: Layout = {
  ...kundenangabenLayout,
  catalog: { ...(catalog as Catalog), root: "UpdateKundenangabenRequest" },
  sections: [{ id: "updateMetadaten", title: "Tippgeber", paths: ["updateMetadaten"] }, ...kundenangabenParts],
  omitted: {},
};
