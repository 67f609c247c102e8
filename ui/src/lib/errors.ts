import type { CommandError } from "./bindings";

function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CommandError).code === "string" &&
    typeof (value as CommandError).message === "string"
  );
}

/**
 * The German text to show for anything a command rejected with. Commands reject with a
 * CommandError; Tauri itself rejects with a plain string (unknown command, bad argument).
 */
export function describeError(error: unknown): string {
  if (isCommandError(error)) return error.message;
  const detail = typeof error === "string" ? error : error instanceof Error ? error.message : "";
  return detail
    ? `Unerwarteter Fehler in Leadbridge: ${detail}`
    : "Unerwarteter Fehler in Leadbridge.";
}
