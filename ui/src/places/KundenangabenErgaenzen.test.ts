import { cleanup, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import KundenangabenErgaenzen from "./KundenangabenErgaenzen.svelte";

const path = "kundenangaben.haushalte[0].kunden[0].personendaten.vorname";

// The generated constants are real; only the commands are stood in for.
vi.mock("../lib/bindings", async (importOriginal) => {
  const original = await importOriginal<typeof import("../lib/bindings")>();
  const item = { id: "d1", kind: "Kundenangaben", state: "Entwurf", editable: true, ergaenzt: "AB1234", updatedAt: "2026-11-25T08:00:00Z" };
  return {
    ...original,
    commands: {
      draftOpen: vi.fn(async () => ({ status: "ok", data: { item, content: {}, damaged: null, violations: [], history: [], geladen: {} } })),
      draftSave: vi.fn(async () => ({ status: "ok", data: { id: "d1", revision: 1, updatedAt: "2026-11-25T08:00:00Z" } })),
      draftValidate: vi.fn(async () => ({ status: "ok", data: [] })),
      kundenangabenAenderungen: vi.fn(async () => ({ status: "ok", data: [{ path, art: "Changed", vorher: "Lena", nachher: "Lea" }] })),
      kundenangabenErsetzen: vi.fn(async () => ({
        status: "ok",
        data: {
          ergebnis: "abgelehnt",
          message: "Europace hat das Ersetzen abgelehnt.",
          befunde: [
            { path, severity: "Hinweis", kind: "deprecated", message: "Nur noch für alte Clients." },
            { path, severity: "Fehler", kind: "server", message: "must not be blank" },
          ],
        },
      })),
    },
  };
});

describe("Kundenangaben ergänzen", () => {
  afterEach(cleanup);

  it("shows as refused by Europace only what Europace refused, by the findings' kind", async () => {
    // jsdom has no layout: scrolling into view does nothing here.
    Element.prototype.scrollIntoView = () => {};
    const user = userEvent.setup();
    render(KundenangabenErgaenzen, { draftId: "d1" });
    const ersetzen = await screen.findByRole("button", { name: "Ersetzen …" }, { timeout: 10000 });
    await user.click(ersetzen);
    await user.click(await screen.findByTestId("ersetzen-bestaetigen"));
    const refused = await screen.findByTestId("server-findings");
    expect([...refused.querySelectorAll("li")].map((li) => li.textContent?.trim())).toEqual(["must not be blank"]);
    expect(refused.textContent).not.toContain("Nur noch für alte Clients.");
    expect(screen.getByTestId("findings").textContent).toContain("Hinweis: Nur noch für alte Clients.");
  });
});
