import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { commands } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", () => ({ Channel: vi.fn() }));

// The generated constants are real; only the commands are stood in for.
vi.mock("./lib/bindings", async (importOriginal) => {
  const original = await importOriginal<typeof import("./lib/bindings")>();
  const access = { clientId: "", partnerId: "", clientSecretSet: false, drKleinJwtSet: false };
  return {
    ...original,
    commands: {
      appInfo: vi.fn(),
      uiReady: vi.fn(),
      draftsList: vi.fn(async () => ({ status: "ok", data: [] })),
      queueWatch: vi.fn(async () => ({ status: "ok", data: null })),
      statuswacheBeobachten: vi.fn(async () => ({ status: "ok", data: null })),
      statuswacheEinstellung: vi.fn(async () => ({ status: "ok", data: { sekunden: 300, minimum: 60, maximum: 86400 } })),
      accessOverview: vi.fn(async () => ({ status: "ok", data: { test: access, produktion: access, berater: [] } })),
    },
  };
});

const appInfo = vi.mocked(commands.appInfo);

describe("App", () => {
  afterEach(cleanup);

  beforeEach(() => {
    appInfo.mockResolvedValue({
      status: "ok",
      data: { version: "0.1.0", dataDir: "/home/berater/.local/share/leadbridge", environment: "Test" },
    });
  });

  it("shows the environment badge and the installation facts in Einstellungen", async () => {
    const user = userEvent.setup();
    render(App);
    expect(await screen.findByLabelText("Umgebung: Test")).toHaveProperty("textContent", "Test");
    await user.click(screen.getByRole("button", { name: "Einstellungen" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Einstellungen");
    expect(screen.getByTestId("app-data-dir").textContent).toBe("/home/berater/.local/share/leadbridge");
    expect(screen.getByTestId("app-version").textContent).toBe("0.1.0");
    expect((await screen.findByTestId("secret-Test")).textContent).toContain("nicht gesetzt");
  });

  it("moves focus to the page heading after navigating and back to the navigation on Esc", async () => {
    const user = userEvent.setup();
    const { container } = render(App);
    await user.keyboard("{Alt>}2{/Alt}");
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading.textContent).toBe("Neuer Lead");
    expect(document.activeElement).toBe(heading);
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Neuer Lead" }));
    // The form loads after the first frame: the test ends once it is in, not while it still loads.
    await waitFor(() => expect(container.querySelector("[data-path='antragsteller1.personendaten.vorname']")).not.toBeNull(), { timeout: 10000 });
  });

  it("shows a command error in German and closes it with Esc", async () => {
    appInfo.mockResolvedValue({
      status: "error",
      error: { code: "DataDir", message: "Das Datenverzeichnis von Leadbridge ist nicht verfügbar." },
    });
    const user = userEvent.setup();
    render(App);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Das Datenverzeichnis von Leadbridge ist nicht verfügbar.");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
