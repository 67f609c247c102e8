import { cleanup, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "../lib/bindings";
import Entwuerfe from "./Entwuerfe.svelte";

vi.mock("@tauri-apps/api/core", () => ({ Channel: vi.fn() }));

// The generated constants are real; only the commands are stood in for.
vi.mock("../lib/bindings", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../lib/bindings")>()),
  commands: {
    draftsList: vi.fn(),
    draftsStartFresh: vi.fn(async () => ({ status: "ok", data: "Neu begonnen. Die bisherigen Entwürfe liegen unverändert in /x." })),
  },
}));

describe("Entwürfe without their key", () => {
  afterEach(cleanup);

  it("explains the lost key and starts afresh only after confirmation", async () => {
    const user = userEvent.setup();
    vi.mocked(commands.draftsList)
      .mockResolvedValueOnce({ status: "error", error: { code: "DraftsKeyMissing", message: "Der Schlüssel für Ihre Entwürfe fehlt." } })
      .mockResolvedValue({ status: "ok", data: [] });
    render(Entwuerfe, { onopen: () => {} });
    expect((await screen.findByRole("alert")).textContent).toContain("Schlüssel für Ihre Entwürfe fehlt");
    await user.click(screen.getByRole("button", { name: "Neu beginnen …" }));
    expect(commands.draftsStartFresh).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Ja, neu beginnen" }));
    expect(commands.draftsStartFresh).toHaveBeenCalledOnce();
    expect((await screen.findByRole("status")).textContent).toContain("unverändert in /x");
    expect(screen.queryByTestId("start-fresh")).toBeNull();
  });
});
