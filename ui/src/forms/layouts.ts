/** The form layout of each lead kind; loaded after the first frame. */
import type { LeadKind } from "../lib/bindings";
import type { Layout } from "./engine/layout";
import { drkleinLayout } from "./drklein/layout";
import { kexLayout } from "./kex/layout";
import { kundenangabenLayout } from "./kundenangaben/layout";

export const layouts: Record<LeadKind, Layout> = {
  KexImport: kexLayout,
  DrKlein: drkleinLayout,
  Kundenangaben: kundenangabenLayout,
};
