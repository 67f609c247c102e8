/** How each catalog format is typed and shown in a text box (formats with their own control,
 *  enum, boolean and country, are not among them), and how any stored value reads in words. */
import type { Format, ScalarNode } from "../catalog/types";
import type { Json } from "../../lib/jsonPath";
import { toGerman } from "../../lib/dates";
import { valueLabel, type Labels } from "./layout";
import {
  countryName,
  readAmount,
  readDate,
  readEmail,
  readIban,
  readInteger,
  readPercent,
  readPhone,
  readPlz,
  showAmount,
  showIban,
  showInteger,
  showPercent,
  type Reading,
} from "./german";

export interface TextFormat {
  /** Turns what was typed into the API value; absent for free text. */
  read?: (text: string) => Reading<Json>;
  /** Shows a stored value the German way. */
  show: (value: Json) => string;
  inputmode?: "numeric" | "decimal" | "email" | "tel" | "text";
  placeholder?: string;
  /** A unit shown after the box. */
  unit?: string;
}

const asText = (value: Json): string => (value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
const number = (show: (n: number) => string) => (value: Json) => (typeof value === "number" ? show(value) : asText(value));

const freeText: TextFormat = { show: asText, inputmode: "text" };

export const textFormats: Partial<Record<Format, TextFormat>> = {
  text: freeText,
  amount: { read: readAmount, show: number(showAmount), inputmode: "decimal", placeholder: "0,00", unit: "€" },
  percent: { read: readPercent, show: number(showPercent), inputmode: "decimal", placeholder: "0,00", unit: "%" },
  integer: { read: readInteger, show: number(showInteger), inputmode: "numeric" },
  date: { read: readDate, show: (v) => toGerman(asText(v)), inputmode: "numeric", placeholder: "TT.MM.JJJJ" },
  iban: { read: readIban, show: (v) => (typeof v === "string" ? showIban(v) : asText(v)), placeholder: "DE00 0000 0000 0000 0000 00" },
  plz: { read: readPlz, show: asText, inputmode: "numeric", placeholder: "12345" },
  email: { read: readEmail, show: asText, inputmode: "email", placeholder: "name@beispiel.de" },
  phone: { read: readPhone, show: asText, inputmode: "tel" },
};

/** The text format for a leaf; unknown formats are free text (shown, never hidden). */
export const textFormat = (format: Format | undefined): TextFormat => textFormats[format ?? "text"] ?? freeText;

/** A stored value as the form shows it, in words where it has them (enum values, Ja/Nein,
 *  countries). */
export function showValue(labels: Labels, node: ScalarNode, value: Json): string {
  if (node.format === "enum" && typeof value === "string") return valueLabel(labels, value);
  if (node.format === "boolean" && typeof value === "boolean") return value ? "Ja" : "Nein";
  if (node.format === "country" && typeof value === "string") return countryName(value);
  const format = textFormat(node.format);
  return format.unit ? `${format.show(value)} ${format.unit}` : format.show(value);
}
