/** The form layout of each lead kind; loaded after the first frame. */
import type { DraftKind } from "../lib/bindings";
import type { Layout } from "./engine/layout";
import { drkleinLayout } from "./drklein/layout";
import { kexLayout } from "./kex/layout";
import { kundenangabenLayout } from "./kundenangaben/layout";

export const layouts: Record<DraftKind, Layout> = {
  KexImport: kexLayout,
  DrKlein: drkleinLayout,
  Kundenangaben: kundenangabenLayout,
};
