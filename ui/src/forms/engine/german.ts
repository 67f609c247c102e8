/**
 * Values as German users type and read them, turned into what the APIs keep. Every reader
 * returns either the API value or a German message; it never guesses, so "10.000" is ten
 * thousand and "1,2,3" is refused rather than read as something else.
 */
import { electronicFormatIBAN, friendlyFormatIBAN } from "ibantools";
import { fromGerman } from "../../lib/dates";

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const refuse = <T>(message: string): Reading<T> => ({ ok: false, message });

/** Digits grouped by dots in threes ("10.000"), or plain digits ("10000"). */
const wholePart = /^(\d{1,3}(\.\d{3})+|\d+)$/;

/**
 * A decimal typed the German way: "1.234,56", "10.000", "1000", "1,5", "-250,00".
 * Returns the number as a canonical decimal string ("1234.56") so no float rounds it.
 */
export function readDecimal(text: string, maxFraction: number): Reading<string> {
  const compact = text.trim().replace(/\s|€|%/g, "");
  if (compact === "") return refuse("Bitte eine Zahl eingeben.");
  const negative = compact.startsWith("-");
  const unsigned = negative ? compact.slice(1) : compact;
  const parts = unsigned.split(",");
  if (parts.length > 2) return refuse(`„${text.trim()}“ hat mehr als ein Komma. Beispiel: 1.234,56`);
  const [whole = "", fraction = ""] = parts;
  if (!wholePart.test(whole)) {
    return refuse(`„${text.trim()}“ ist keine Zahl. Tausenderpunkte in Dreiergruppen, Komma vor den Nachkommastellen: 1.234,56`);
  }
  if (parts.length === 2 && !/^\d+$/.test(fraction)) return refuse(`Nach dem Komma bitte nur Ziffern: „${text.trim()}“.`);
  if (fraction.length > maxFraction) {
    return refuse(
      maxFraction === 0
        ? "Bitte eine ganze Zahl ohne Nachkommastellen eingeben."
        : `Höchstens ${maxFraction} Nachkommastellen, bitte.`,
    );
  }
  const digits = whole.replaceAll(".", "").replace(/^0+(?=\d)/, "");
  if (digits.length + fraction.length > 15) return refuse("Die Zahl hat zu viele Stellen.");
  const trimmedFraction = fraction.replace(/0+$/, "");
  const canonical = `${negative ? "-" : ""}${digits}${trimmedFraction ? `.${trimmedFraction}` : ""}`;
  return ok(canonical === "-0" ? "0" : canonical);
}

/** An amount in euros with at most two decimals. */
export function readAmount(text: string): Reading<number> {
  const read = readDecimal(text, 2);
  return read.ok ? ok(Number(read.value)) : read;
}

/** A percentage ("3,49"), kept as the number of percent. */
export function readPercent(text: string): Reading<number> {
  const read = readDecimal(text, 4);
  return read.ok ? ok(Number(read.value)) : read;
}

/** A whole number; thousands dots allowed ("120.000" km). */
export function readInteger(text: string): Reading<number> {
  const read = readDecimal(text, 0);
  return read.ok ? ok(Number(read.value)) : read;
}

const amountFormat = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 4 });
const integerFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });

/** 1234.5 → "1.234,50" */
export const showAmount = (value: number): string => amountFormat.format(value);
/** 3.49 → "3,49" */
export const showPercent = (value: number): string => decimalFormat.format(value);
/** 120000 → "120.000" */
export const showInteger = (value: number): string => integerFormat.format(value);

/** A date typed as TT.MM.JJJJ, kept as YYYY-MM-DD. */
export function readDate(text: string): Reading<string> {
  const trimmed = text.trim();
  const parts = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/.exec(trimmed);
  if (!parts) return refuse("Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 21.07.1988.");
  if (parts[3]?.length !== 4) return refuse("Bitte das Jahr vierstellig eingeben, z. B. 21.07.1988.");
  const iso = fromGerman(trimmed);
  if (iso === trimmed) return refuse(`Den ${trimmed} gibt es nicht im Kalender.`);
  return ok(iso);
}

/** An IBAN as typed or pasted ("de89 3704 0044 0532 0130 00"), kept without spaces in
 *  capitals. Whether it is valid is Leadbridge's check, in its words, at the field once it
 *  is left; a wrong one is kept as typed for the user to correct. */
export function readIban(text: string): Reading<string> {
  const electronic = electronicFormatIBAN(text.trim()) ?? "";
  return electronic === "" ? refuse("Bitte eine IBAN eingeben.") : ok(electronic);
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00" */
export const showIban = (value: string): string => friendlyFormatIBAN(value) ?? value;

/** A German postcode: five digits. */
export function readPlz(text: string): Reading<string> {
  const trimmed = text.trim();
  return /^\d{5}$/.test(trimmed) ? ok(trimmed) : refuse("Eine Postleitzahl hat fünf Ziffern.");
}

/** An e-mail address without the spaces around it. Whether it is one is Leadbridge's
 *  check, as for an IBAN. */
export const readEmail = (text: string): Reading<string> => ok(text.trim());

/** A phone number: digits, spaces, +, /, -, ( ). */
export function readPhone(text: string): Reading<string> {
  const trimmed = text.trim();
  return /^\+?[\d\s/()-]{5,}$/.test(trimmed) ? ok(trimmed) : refuse("Bitte eine Telefonnummer aus Ziffern eingeben, z. B. 030 1234567.");
}

const regionNames = new Intl.DisplayNames(["de"], { type: "region" });

/** The German name of a country code of the contract ("DE" → "Deutschland"). */
export function countryName(code: string): string {
  if (code === "SONSTIGE") return "Sonstiges Land";
  try {
    const name = regionNames.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Folds umlauts and case so "deut" finds "Deutschland" and "oster" finds "Österreich". */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase("de")
    .replaceAll("ä", "a")
    .replaceAll("ö", "o")
    .replaceAll("ü", "u")
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** The countries whose German name or code matches what was typed, best first. */
export function matchCountries(codes: readonly string[], typed: string): string[] {
  const key = searchKey(typed.trim());
  if (key === "") return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), "de"));
  const scored = codes
    .map((code) => {
      const name = searchKey(countryName(code));
      const rank = code.toLowerCase() === key ? 0 : name.startsWith(key) ? 1 : name.includes(key) ? 2 : 3;
      return { code, rank, name };
    })
    .filter((entry) => entry.rank < 3);
  scored.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "de"));
  return scored.map((entry) => entry.code);
}
