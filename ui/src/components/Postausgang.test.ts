import { cleanup, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DraftListItem_Deserialize } from "../lib/bindings";
import { commands } from "../lib/bindings";
import { queue } from "../lib/queue.svelte";
import Postausgang from "./Postausgang.svelte";

vi.mock("@tauri-apps/api/core", () => ({ Channel: vi.fn() }));

// The generated constants are real; only the commands are stood in for.
vi.mock("../lib/bindings", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../lib/bindings")>()),
  commands: {
    draftSendAgain: vi.fn(async () => ({ status: "ok", data: null })),
    draftLookup: vi.fn(async () => ({ status: "ok", data: "Es wurde kein Vorgang mit dieser Referenz angelegt." })),
  },
}));

function draft(id: string, title: string, state: DraftListItem_Deserialize["state"]): DraftListItem_Deserialize {
  return {
    id,
    kind: "KexImport",
    environment: "Sandbox",
    state,
    editable: false,
    title,
    berater: null,
    vorgangsnummer: null,
    revision: 1,
    createdAt: "2026-11-25T08:00:00Z",
    updatedAt: "2026-11-25T08:00:00Z",
  };
}

describe("Postausgang", () => {
  afterEach(() => {
    cleanup();
    queue.status = undefined;
  });

  it("shows nothing while the queue is empty", () => {
    queue.status = { progress: null, stopped: null, waitsForCredentials: false, waiting: [], unclear: [] };
    render(Postausgang);
    expect(screen.queryByTestId("postausgang")).toBeNull();
  });

  it("shows a flush's progress and what still waits", () => {
    queue.status = {
      progress: { done: 2, total: 5, current: "Mustermann, Max" },
      stopped: null,
      waitsForCredentials: false,
      waiting: [draft("a", "Mustermann, Max", "Wartend"), draft("b", "Schmidt, Eva", "Wartend")],
      unclear: [],
    };
    render(Postausgang);
    expect(screen.getByRole("status").textContent).toBe("Sende 3 von 5: Mustermann, Max");
    const bar = screen.getByLabelText("Fortschritt des Sendens") as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 5]);
    expect(screen.getByTestId("queue-waiting").textContent).toContain("Schmidt, Eva");
    expect((screen.getByRole("button", { name: "Jetzt senden" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("sends an Unklar draft again only after the risk is acknowledged", async () => {
    const user = userEvent.setup();
    queue.status = { progress: null, stopped: null, waitsForCredentials: false, waiting: [], unclear: [draft("u", "Unklar, Uwe", "Unklar")] };
    render(Postausgang);
    const again = screen.getByRole("button", { name: "Erneut senden" }) as HTMLButtonElement;
    expect(again.disabled).toBe(true);
    await user.click(screen.getByRole("checkbox"));
    await user.click(again);
    expect(commands.draftSendAgain).toHaveBeenCalledWith("u", true);
    await user.click(screen.getByRole("button", { name: "Bei Europace nachschlagen" }));
    expect((await screen.findByTestId("queue-notice")).textContent).toContain("kein Vorgang");
  });
});
