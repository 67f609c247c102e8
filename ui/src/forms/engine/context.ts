/** What every part of a form reads: the lead kind's layout and the draft session. */
import { getContext, setContext } from "svelte";
import type { Layout } from "./layout";
import type { DraftSession } from "./session.svelte";

export interface FormContext {
  layout: Layout;
  session: DraftSession;
  /** Why a path is read-only here (the Kundenbetreuer follows from the Berater), if it is. */
  lockedReason: (path: string) => string | undefined;
  /** Where the value at a field came from when the user did not type it ("aus Europace"). */
  origin?: (path: string) => string | undefined;
}

const key = Symbol("form");

export const provideForm = (context: FormContext): FormContext => setContext(key, context);
export const useForm = (): FormContext => getContext<FormContext>(key);

