import type { PlaceId } from "./places";

/** A request from anywhere in the window (the editor, the viewer) to open a place; the shell follows it. */
export const navigation = $state<{ place: PlaceId | undefined; count: number }>({ place: undefined, count: 0 });

export function openPlace(place: PlaceId): void {
  navigation.place = place;
  navigation.count += 1;
}

/** A draft the editor should open, with the BaufiSmart case it completes, if any. */
export interface DraftRequest {
  id: string;
  ergaenzt: string | null;
}

/** A request to open a draft in its editor ("Kundenangaben laden" in Vorgänge). */
export const draftRequest = $state<{ draft: DraftRequest | undefined; count: number }>({ draft: undefined, count: 0 });

export function openDraft(draft: DraftRequest): void {
  draftRequest.draft = draft;
  draftRequest.count += 1;
}
