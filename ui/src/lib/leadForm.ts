import type { LeadKind } from "./bindings";

export const kindLabel: Record<LeadKind, string> = {
  KexImport: "Ratenkredit (KreditSmart)",
  Kundenangaben: "Baufinanzierung (BaufiSmart)",
  DrKlein: "Dr. Klein Lead",
};

/** Why a BaufiSmart `id` is never editable. */
export const baufiSmartIdReason = "Vergibt BaufiSmart; beim Ersetzen bleibt so erhalten, welches Objekt es ist.";
