/** What a label a Berater reads must not look like: the spelling of the wire (camelCase,
 *  ALL_CAPS, underscores). Shared by the label checks of every contract. */

/** Names of makers and rules, and units, written in mixed case by their owners. */
const properNames = /BaufiSmart|KreditSmart|BelWertV|KfW|kWh/g;
/** Upper-case words that are names, not wire values. */
const acronyms = new Set(["IBAN", "BANK"]);
/** Labels that may equal their wire value: letters of the Energieeffizienzklasse, a brand. */
const sameAsWire = new Set(["A", "B", "C", "D", "E", "F", "G", "H", "BHW"]);

/** True when `label` reads like a technical name: camelCase ("wohnhaftSeit"), an upper-case word
 *  of four letters or more, an underscore, or the wire name it stands for. */
export function looksTechnical(label: string, wire?: string): boolean {
  const plain = label.replace(properNames, "");
  return (
    /_/.test(label) ||
    /[a-z][A-Z][a-z]/.test(plain) ||
    plain.split(/[^A-Za-zÄÖÜäöüß]+/).some((word) => /^[A-ZÄÖÜ]{4,}$/.test(word) && !acronyms.has(word)) ||
    (label === wire && !sameAsWire.has(label))
  );
}
