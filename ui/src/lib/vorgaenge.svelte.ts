import { openPlace } from "./navigation.svelte";

/** Which Vorgang the viewer shows. */
export const vorgaenge = $state<{ offen: string | undefined }>({ offen: undefined });

/** Opens the viewer on `vorgangsnummer`, from any place. */
export function showVorgang(vorgangsnummer: string): void {
  vorgaenge.offen = vorgangsnummer;
  openPlace("vorgang");
}

const REFRESH_KEY = "leadbridge.vorgang.aktualisierung";
/** Seconds between automatic refreshes of an open Vorgang. */
export const REFRESH_DEFAULT = 60;
export const REFRESH_MIN = 5;

/** The refresh interval the user chose under Einstellungen (a setting of this window only). */
export function refreshSeconds(): number {
  const stored = Number(localStorage.getItem(REFRESH_KEY));
  return Number.isInteger(stored) && stored >= REFRESH_MIN ? stored : REFRESH_DEFAULT;
}

/** Saves the interval; returns a German message when it is not a whole number ≥ 5. */
export function setRefreshSeconds(text: string): string | undefined {
  const seconds = Number(text.trim());
  if (!Number.isInteger(seconds) || seconds < REFRESH_MIN) {
    return `Bitte eine ganze Zahl von Sekunden ab ${REFRESH_MIN} eingeben.`;
  }
  localStorage.setItem(REFRESH_KEY, String(seconds));
  return undefined;
}
