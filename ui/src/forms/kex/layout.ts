/** The Ratenkredit (KreditSmart) form: sections in the order a Berater works, the fields each
 *  group shows first. Every other field of the contract is reachable under "Weitere Angaben". */
import catalog from "../catalog/kex-import.json";
import type { Catalog } from "../catalog/types";
import type { Layout, SectionLayout } from "../engine/layout";
import { kexLabels } from "./labels";

export const kexSections: readonly SectionLayout[] = [
  { id: "antragsteller1", title: "Antragsteller 1", paths: ["antragsteller1"] },
  {
    id: "antragsteller2",
    title: "Antragsteller 2",
    paths: ["antragsteller2"],
    optional: { add: "Zweiten Antragsteller hinzufügen", remove: "Antragsteller 2 entfernen" },
    copies: [
      {
        label: "Anschrift von Antragsteller 1 übernehmen",
        from: "antragsteller1.wohnsituation.anschrift",
        to: "antragsteller2.wohnsituation.anschrift",
      },
    ],
  },
  { id: "haushalt", title: "Haushalt", paths: ["haushalt"] },
  { id: "finanzbedarf", title: "Finanzbedarf", paths: ["finanzbedarf"] },
  {
    id: "betreuung",
    title: "Betreuung & Herkunft des Leads",
    paths: ["kundenbetreuer", "bearbeiter", "tippgeber", "leadquelle", "eigeneVorgangsnummer", "baufiSmartVorgangsnummer", "benachrichtigung", "kommentare"],
  },
];

const credit = ["glaeubiger", "restschuld", "rateMonatlich", "datumLetzteRate", "gehoertZuAntragsteller", "abloesen"];
const revolving = ["glaeubiger", "beanspruchterBetrag", "verfuegungsrahmen", "gehoertZuAntragsteller"];

/** What each group shows before "Weitere Angaben", by the contract's definition name. */
export const kexCommon: Record<string, readonly string[]> = {
  Antragsteller: [],
  Personendaten: ["anrede", "titel", "vorname", "nachname", "geburtsdatum", "familienstand", "email", "telefonPrivat"],
  Wohnsituation: ["wohnart", "anzahlPersonenImHaushalt"],
  Wohnanschrift: ["strasse", "hausnummer", "plz", "ort", "wohnhaftSeit"],
  Anschrift: ["strasse", "hausnummer", "plz", "ort"],
  Herkunft: ["staatsangehoerigkeit"],
  Beschaeftigungsverhaeltnis: ["berufsbezeichnung", "nettoeinkommenMonatlich", "beschaeftigtSeit", "befristung", "inProbezeit"],
  BeamtenBeschaeftigungsverhaeltnis: ["berufsbezeichnung", "nettoeinkommenMonatlich", "verbeamtetSeit", "inProbezeit"],
  Haushalt: [],
  Kontoverbindung: ["iban", "kreditinstitut", "gehoertZuAntragsteller"],
  Finanzbedarf: ["finanzierungszweck"],
  Finanzierungswunsch: ["kreditbetrag", "laufzeitInMonaten", "rateMonatlich"],
  Fahrzeugkauf: ["marke", "modell", "kaufpreis", "erstzulassungsdatum", "anbieter"],
  // List entries: what a closed entry's line shows, and an open entry's first fields.
  Kind: ["name", "kindergeldFuer", "unterhaltseinnahmenMonatlich", "gehoertZuAntragsteller"],
  Ratenkredit: credit,
  Geschaeftskredit: credit,
  SonstigeVerbindlichkeit: credit,
  Leasing: ["glaeubiger", "rateMonatlich", "schlussrate", "datumLetzteRate", "gehoertZuAntragsteller"],
  Kreditkarte: [...revolving, "rateMonatlich"],
  Dispositionskredit: revolving,
  Kontokorrentkredit: revolving,
  BankUndSparguthaben: ["betrag", "gehoertZuAntragsteller"],
  Depotvermoegen: ["betrag", "gehoertZuAntragsteller"],
  SonstigerVermoegenswert: ["betrag", "gehoertZuAntragsteller"],
  Lebensversicherung: ["rueckkaufswert", "praemieMonatlich", "gehoertZuAntragsteller"],
  Bausparvertrag: ["angesparterBetrag", "sparbeitragMonatlich", "gehoertZuAntragsteller"],
  Immobilie: ["bezeichnung", "immobilienart", "nutzungsart", "wert", "wohnflaeche", "gehoertZuAntragsteller"],
  Darlehen: ["restschuld", "rateMonatlich", "zinsbindungBis"],
  EinkunftAusNebentaetigkeit: ["betragMonatlich", "beginnDerTaetigkeit", "gehoertZuAntragsteller"],
};

export const kexOmitted: Record<string, string> = {};

export const kexLayout: Layout = {
  catalog: catalog as Catalog,
  labels: kexLabels,
  sections: kexSections,
  common: kexCommon,
  rarely: ["id", "antragstellerIds"],
  omitted: kexOmitted,
};
