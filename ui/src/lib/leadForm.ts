import type { LeadKind } from "./bindings";

export const kindLabel: Record<LeadKind, string> = {
  KexImport: "Ratenkredit (KreditSmart)",
  Kundenangaben: "Baufinanzierung (BaufiSmart)",
  DrKlein: "Dr. Klein Lead",
};
