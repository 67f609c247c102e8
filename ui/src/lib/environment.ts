import type { Environment } from "./bindings";

/** How each environment is named and coloured wherever it is shown. */
export const environmentLabel: Record<Environment, string> = {
  Sandbox: "Sandbox",
  Test: "Test",
  Produktion: "Produktion",
};

export const environmentHint: Record<Environment, string> = {
  Sandbox: "Lokale Sandbox: nichts verlässt diesen Rechner.",
  Test: "Europace-Testumgebung: Vorgänge sind kein Echtgeschäft.",
  Produktion: "Produktion: Vorgänge sind Echtgeschäft.",
};
