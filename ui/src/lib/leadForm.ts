import type { DraftKind } from "./bindings";

/** Where each API names the Kundenbetreuer; a draft for a Berater has the Berater there. */
export const kundenbetreuerPath: Record<DraftKind, string> = {
  KexImport: "kundenbetreuer.partnerId",
  DrKlein: "kundenbetreuer.partnerId",
  Kundenangaben: "importMetadaten.betreuung.kundenbetreuer",
};

/** Where the outbox writes the reference by which it finds an unanswered send again (see
 *  `outbox::api::reference_path`); the form shows it but leaves it to Leadbridge. */
export const referencePath: Record<DraftKind, string> = {
  KexImport: "eigeneVorgangsnummer",
  DrKlein: "eigeneVorgangsnummer",
  Kundenangaben: "importMetadaten.externeVorgangsId",
};

export const kindLabel: Record<DraftKind, string> = {
  KexImport: "Ratenkredit (KreditSmart)",
  Kundenangaben: "Baufinanzierung (BaufiSmart)",
  DrKlein: "Dr. Klein Lead",
};
