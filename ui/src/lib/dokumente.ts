import type { UploadZeile_Deserialize } from "./bindings";

const oneDecimal = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "512 Byte", "12,3 KB", "50,0 MB": sizes as the checks in Rust write them. */
export function formatBytes(bytes: number | null): string {
  const b = bytes ?? 0;
  if (b < 1024) return `${Math.round(b)} Byte`;
  if (b < 1024 * 1024) return `${oneDecimal.format(b / 1024)} KB`;
  return `${oneDecimal.format(b / 1024 / 1024)} MB`;
}

/** Whole percent of a row sent, 0 to 100. */
export function percent(zeile: Pick<UploadZeile_Deserialize, "gesendet" | "groesse">): number {
  const groesse = zeile.groesse ?? 0;
  if (groesse <= 0) return 0;
  return Math.min(100, Math.floor(((zeile.gesendet ?? 0) / groesse) * 100));
}

/** "45 % · 12,3 MB/s" for an upload under way; once all is sent, that Europace's answer is awaited. */
export function progressText(zeile: Pick<UploadZeile_Deserialize, "gesendet" | "groesse" | "rate">): string {
  if (percent(zeile) === 100) return "100 % · gesendet, warte auf Bestätigung von Europace …";
  const rate = zeile.rate ?? 0;
  return rate > 0 ? `${percent(zeile)} % · ${formatBytes(rate)}/s` : `${percent(zeile)} %`;
}
