/** The four places of the app, in navigation order. */
export type PlaceId = "entwuerfe" | "neuer-lead" | "vorgang" | "einstellungen";

export interface Place {
  id: PlaceId;
  label: string;
  /** The digit that opens this place together with Alt. */
  shortcut: string;
}

export const places: readonly Place[] = [
  { id: "entwuerfe", label: "Entwürfe", shortcut: "1" },
  { id: "neuer-lead", label: "Neuer Lead", shortcut: "2" },
  { id: "vorgang", label: "Vorgänge", shortcut: "3" },
  { id: "einstellungen", label: "Einstellungen", shortcut: "4" },
];

/** The place an Alt+digit key press asks for, if any. */
export function placeForShortcut(event: Pick<KeyboardEvent, "altKey" | "ctrlKey" | "metaKey" | "key">): PlaceId | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return places.find((place) => place.shortcut === event.key)?.id;
}
