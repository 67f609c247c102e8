import { Channel } from "@tauri-apps/api/core";
import { commands, type QueueStatus_Deserialize } from "./bindings";
import { describeError } from "./errors";

/** The Postausgang as Rust last reported it; every part of the UI reads this one copy. */
export const queue = $state<{ status: QueueStatus_Deserialize | undefined; error: string | undefined }>({
  status: undefined,
  error: undefined,
});

/** Subscribes once to the queue's updates, and asks for a send whenever the system says the network is back. */
export async function watchQueue(): Promise<void> {
  const channel = new Channel<QueueStatus_Deserialize>();
  channel.onmessage = (status) => {
    queue.status = status;
  };
  const result = await commands.queueWatch(channel);
  queue.error = result.status === "error" ? describeError(result.error) : undefined;
  window.addEventListener("online", () => void commands.queueFlush());
}

/** "Sende 3 von 12: Mustermann, Max" for a flush under way. */
export function progressLabel(progress: { done: number; total: number; current?: string | null }): string {
  const position = `Sende ${Math.min(progress.done + 1, progress.total)} von ${progress.total}`;
  return progress.current ? `${position}: ${progress.current}` : position;
}
