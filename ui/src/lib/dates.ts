/**
 * Dates as a German user types and reads them (TT.MM.JJJJ), kept as the APIs want them
 * (YYYY-MM-DD). WebKitGTK's own date input follows the system locale, often US, so the form
 * uses text inputs with this conversion instead.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const germanDate = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** "1980-04-03" → "03.04.1980"; anything else as it is. */
export function toGerman(value: string): string {
  const match = isoDate.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** "3.4.1980" → "1980-04-03" when it names a real day; otherwise the text as typed, so
 *  nothing is lost and validation can point at it. */
export function fromGerman(text: string): string {
  const match = germanDate.exec(text);
  if (!match) return text;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : text;
}
