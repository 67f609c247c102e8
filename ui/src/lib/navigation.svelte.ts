import type { PlaceId } from "./places";

/** A request from anywhere in the window (the editor, the viewer) to open a place; the shell follows it. */
export const navigation = $state<{ place: PlaceId | undefined; count: number }>({ place: undefined, count: 0 });

export function openPlace(place: PlaceId): void {
  navigation.place = place;
  navigation.count += 1;
}
