/** The Dr. Klein lead form: the KreditSmart sections, with the Tippgeber as a person, the
 *  Partner's Vertriebsschlüssel, custom data and comments. */
import catalog from "../catalog/drklein.json";
import type { Catalog } from "../catalog/types";
import type { Layout, SectionLayout } from "../engine/layout";
import { kexLayout, kexSections } from "../kex/layout";
import { drkleinLabels } from "./labels";

const sections: readonly SectionLayout[] = [
  ...kexSections.filter((s) => s.id !== "betreuung"),
  {
    id: "betreuung",
    title: "Betreuung & Tippgeber",
    paths: ["kundenbetreuer", "bearbeiter", "tippgeber", "partner", "leadquelle", "eigeneVorgangsnummer", "baufiSmartVorgangsnummer", "benachrichtigung"],
  },
  { id: "zusatzdaten", title: "Zusatzdaten & Kommentare", paths: ["data", "kommentare"] },
];

export const drkleinLayout: Layout = {
  ...kexLayout,
  catalog: catalog as Catalog,
  labels: drkleinLabels,
  sections,
  common: { ...kexLayout.common, Tippgeber: ["anrede", "vorname", "nachname", "telefon", "email", "externeMitarbeiternummer"] },
};
