import { Channel } from "@tauri-apps/api/core";
import { commands, type StatuswacheNachricht_Deserialize, type VorgangAbruf_Deserialize } from "./bindings";
import { showVorgang } from "./vorgaenge.svelte";

/** What the Statuswache last told the window: the badge count on "Vorgänge" and its latest
 *  read, which an open viewer shows instead of reading the Vorgang itself. */
export const statuswache = $state<{ neuigkeiten: number; gelesen: VorgangAbruf_Deserialize | undefined }>({
  neuigkeiten: 0,
  gelesen: undefined,
});

/** Applies one message of the Statuswache. */
export function empfangen(nachricht: StatuswacheNachricht_Deserialize): void {
  switch (nachricht.art) {
    case "neuigkeiten":
      statuswache.neuigkeiten = nachricht.anzahl;
      break;
    case "gelesen":
      statuswache.gelesen = nachricht.abruf;
      break;
    case "oeffnen":
      showVorgang(nachricht.vorgangsnummer);
      break;
  }
}

/** Subscribes once to the Statuswache. */
export async function watchStatus(): Promise<void> {
  const channel = new Channel<StatuswacheNachricht_Deserialize>();
  channel.onmessage = empfangen;
  // Without the drafts there is nothing to watch; the drafts list explains why.
  await commands.statuswacheBeobachten(channel);
}

/** Asks for the badge count again, after the user looked at a Vorgang. */
export async function refreshNews(): Promise<void> {
  const result = await commands.statuswacheNeuigkeiten();
  if (result.status === "ok") statuswache.neuigkeiten = result.data;
}
