/** Findings as Rust sends them: code branches on their severity and kind, the message is for people. */
import type { Finding_Serialize } from "./bindings";

export const isFehler = (finding: Finding_Serialize): boolean => finding.severity === "Fehler";

/** The finding as a field shows it: what a server refused is marked as Europace's words. */
export const findingText = (finding: Finding_Serialize): string =>
  finding.kind === "server" ? `Europace: ${finding.message}` : finding.message;

/** How many Fehler and Hinweise `findings` hold. */
export function count(findings: readonly Finding_Serialize[]): { fehler: number; hinweise: number } {
  const fehler = findings.filter(isFehler).length;
  return { fehler, hinweise: findings.length - fehler };
}
