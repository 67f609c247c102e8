import { describe, expect, it, vi } from "vitest";

vi.mock("../../lib/bindings", () => ({ commands: { draftSave: vi.fn() } }));

describe("DraftSession", () => {
  it("does not call a draft saved while a change typed during the save still waits", async () => {
    const { commands } = await import("../../lib/bindings");
    const { DraftSession } = await import("./session.svelte");
    const pending: { answer?: () => void } = {};
    // Answers the save under way (a function, so TypeScript does not narrow `pending` here).
    const answerSave = () => pending.answer?.();
    vi.mocked(commands.draftSave).mockImplementation(
      () =>
        new Promise((resolve) => {
          pending.answer = () => resolve({ status: "ok", data: { id: "d1", revision: 1, updatedAt: "2026-11-25T08:00:00Z" } });
        }),
    );
    const session = new DraftSession();
    session.set("antragsteller1.personendaten.vorname", "Sven");
    const saved = session.save();
    await vi.waitFor(() => expect(pending.answer).toBeDefined());
    session.set("antragsteller1.personendaten.nachname", "Sendler");
    answerSave();
    await saved;
    expect(session.saveStatus).toBe("Ungespeicherte Änderungen");
    delete pending.answer;
    const again = session.save();
    await vi.waitFor(() => expect(pending.answer).toBeDefined());
    answerSave();
    await again;
    expect(session.saveStatus).toMatch(/^Gespeichert um/);
  });
});
