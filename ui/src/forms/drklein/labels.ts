/** German words for the Dr. Klein lead: the KreditSmart words plus those of Dr. Klein's
 *  additions (Tippgeber as a person, Partner, custom data). */
import type { Labels } from "../engine/layout";
import { kexLabels } from "../kex/labels";

export const drkleinLabels: Labels = {
  properties: {
    ...kexLabels.properties,
    telefon: "Telefon",
    externeMitarbeiternummer: "Externe Mitarbeiternummer",
    partner: "Partner",
    "vertriebsschlüssel": "Vertriebsschlüssel",
    data: "Zusatzdaten",
    key: "Schlüssel",
    value: "Wert",
  },
  // The Tippgeber is a person here, not a Partner reference with a partnerId.
  paths: { ...Object.fromEntries(Object.entries(kexLabels.paths).filter(([path]) => !path.startsWith("tippgeber."))), tippgeber: "Tippgeber (Person)" },
  items: { ...kexLabels.items, data: "Zusatzangabe" },
  values: kexLabels.values,
};
