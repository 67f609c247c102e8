import type { OutboxState } from "./bindings";

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short" });
const time = new Intl.DateTimeFormat("de-DE", { timeStyle: "medium" });

/** "24.11.2026, 14:05" for an RFC 3339 timestamp. */
export function formatDateTime(rfc3339: string): string {
  return dateTime.format(new Date(rfc3339));
}

/** "14:05:12" for an RFC 3339 timestamp. */
export function formatTime(rfc3339: string): string {
  return time.format(new Date(rfc3339));
}

export const stateLabel: Record<OutboxState, string> = {
  Entwurf: "Entwurf",
  Wartend: "Wartend",
  WirdGesendet: "Wird gesendet",
  Gesendet: "Gesendet",
  Abgelehnt: "Abgelehnt",
  Unklar: "Unklar",
};
