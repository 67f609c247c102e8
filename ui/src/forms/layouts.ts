/** The form layout of each lead kind that has one; loaded after the first frame. */
import type { LeadKind } from "../lib/bindings";
import type { Layout } from "./engine/layout";
import { drkleinLayout } from "./drklein/layout";
import { kexLayout } from "./kex/layout";

export const layouts: Partial<Record<LeadKind, Layout>> = {
  KexImport: kexLayout,
  DrKlein: drkleinLayout,
};
