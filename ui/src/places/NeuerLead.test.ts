import { cleanup, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import NeuerLead from "./NeuerLead.svelte";

// The generated constants are real; only the commands are stood in for.
vi.mock("../lib/bindings", async (importOriginal) => {
  const original = await importOriginal<typeof import("../lib/bindings")>();
  const access = { clientId: "", partnerId: "", clientSecretSet: false, drKleinJwtSet: false };
  return {
    ...original,
    commands: {
      accessOverview: vi.fn(async () => ({
        status: "ok",
        data: { test: access, produktion: access, berater: [{ name: "Berta Berater", partnerId: "BER42" }] },
      })),
      draftSave: vi.fn(async () => ({ status: "ok", data: { id: "d1", revision: 1, updatedAt: "2026-11-25T08:00:00Z" } })),
    },
  };
});

/** The form field bound to `path`, once the form shows it. */
function fieldAt(container: HTMLElement, path: string): Promise<HTMLInputElement> {
  return vi.waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`[data-path='${path}']`);
    if (!found) throw new Error(`no field ${path}`);
    return found;
  });
}

describe("Neuer Lead", () => {
  afterEach(cleanup);

  it("takes the Kundenbetreuer from the Berater chosen", async () => {
    const user = userEvent.setup();
    const { container } = render(NeuerLead, {});
    await screen.findByRole("option", { name: "Berta Berater (BER42)" });
    const field = () => fieldAt(container, "kundenbetreuer.partnerId");
    expect((await field()).readOnly).toBe(false);
    await user.selectOptions(screen.getByLabelText("Für Berater"), "BER42");
    expect((await field()).value).toBe("BER42");
    expect((await field()).readOnly).toBe(true);
    await user.selectOptions(screen.getByLabelText("Art des Leads"), "Kundenangaben");
    expect((await fieldAt(container, "importMetadaten.betreuung.kundenbetreuer")).value).toBe("BER42");
  });
});

describe("Neuer Lead saving", () => {
  afterEach(cleanup);

  it("sends a save only after the one before it answered, with its id", async () => {
    const { commands } = await import("../lib/bindings");
    const save = vi.mocked(commands.draftSave);
    save.mockClear();
    let answer: (() => void) | undefined;
    save.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = () => resolve({ status: "ok", data: { id: "d1", revision: 1, updatedAt: "2026-11-25T08:00:00Z" } });
        }),
    );
    const user = userEvent.setup();
    const { container } = render(NeuerLead, {});
    const vorname = await fieldAt(container, "antragsteller1.personendaten.vorname");
    await user.type(vorname, "A");
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await user.type(vorname, "B");
    // The second save waits for the first (still unanswered), then names the draft it created.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(save).toHaveBeenCalledTimes(1);
    answer?.();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls.map(([input]) => input.id)).toEqual([null, "d1"]);
  });
});

describe("Neuer Lead dates", () => {
  afterEach(cleanup);

  it("takes dates as TT.MM.JJJJ and saves them as the API wants them", async () => {
    const { commands } = await import("../lib/bindings");
    const save = vi.mocked(commands.draftSave);
    save.mockClear();
    const user = userEvent.setup();
    const { container } = render(NeuerLead, {});
    const geburtsdatum = await fieldAt(container, "antragsteller1.personendaten.geburtsdatum");
    expect(geburtsdatum.placeholder).toBe("TT.MM.JJJJ");
    await user.type(geburtsdatum, "03.04.1980");
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const content = save.mock.calls.at(-1)?.[0].content as { antragsteller1: { personendaten: { geburtsdatum: string } } };
    expect(content.antragsteller1.personendaten.geburtsdatum).toBe("1980-04-03");
    expect(geburtsdatum.value).toBe("03.04.1980");
  });
});

describe("Neuer Lead sending", () => {
  afterEach(cleanup);

  it("says why a lead still waits and leads to the Zugangsdaten when they are missing", async () => {
    const { commands } = await import("../lib/bindings");
    const { navigation } = await import("../lib/navigation.svelte");
    const message = "Für die Umgebung „Test“ fehlen Client-ID oder Client-Secret.";
    // jsdom has no layout: scrolling the answer into view does nothing here.
    Element.prototype.scrollIntoView = () => {};
    Object.assign(commands, {
      draftValidate: vi.fn(async () => ({ status: "ok", data: [] })),
      draftSubmit: vi.fn(async () => ({
        status: "ok",
        data: {
          item: { id: "d1", kind: "KexImport", state: "Wartend", vorgangsnummer: null, editable: false },
          messages: [],
          violations: [],
          waiting: { code: "CredentialsMissing", message },
        },
      })),
    });
    const user = userEvent.setup();
    const { container } = render(NeuerLead, {});
    await user.type(await fieldAt(container, "antragsteller1.personendaten.vorname"), "A");
    // "Senden" is in the editor's bar and again in "Prüfen & Senden"; either sends.
    const senden = () => screen.getAllByRole<HTMLButtonElement>("button", { name: "Senden" }).find((b) => !b.disabled);
    await vi.waitFor(() => expect(senden()).toBeDefined());
    await user.click(senden() as HTMLButtonElement);
    expect((await screen.findByTestId("submit-waiting")).textContent).toBe(message);
    await user.click(screen.getByRole("button", { name: "Zugangsdaten eingeben" }));
    expect(navigation.place).toBe("einstellungen");
  });
});

describe("Neuer Lead Baufinanzierung", () => {
  afterEach(cleanup);

  /** A Baufinanzierung with its Kundenbetreuer typed, saved as d1. */
  async function baufinanzierung() {
    const user = userEvent.setup();
    const { container } = render(NeuerLead, {});
    await user.selectOptions(await screen.findByLabelText("Art des Leads"), "Kundenangaben");
    await user.type(await fieldAt(container, "importMetadaten.betreuung.kundenbetreuer"), "ABC12");
    return { user, container };
  }

  const senden = () => screen.getAllByRole<HTMLButtonElement>("button", { name: "Senden" }).find((b) => !b.disabled);

  it("asks once for the Datenschutzhinweis before Produktion, sends with it, then opens the case in Europace", async () => {
    const { commands } = await import("../lib/bindings");
    Element.prototype.scrollIntoView = () => {};
    const refusal = "Nicht gesendet: Vor dem ersten Senden einer Baufinanzierung an Produktion muss der Berater bestätigen, …";
    const submit = vi
      .fn()
      .mockResolvedValueOnce({ status: "error", error: { code: "DatenschutzhinweisFehlt", message: refusal } })
      .mockResolvedValueOnce({
        status: "ok",
        data: {
          item: { id: "d1", kind: "Kundenangaben", state: "Gesendet", vorgangsnummer: "YX4MDU", editable: false },
          messages: [],
          violations: [],
          waiting: null,
        },
      });
    const open = vi.fn(async () => ({ status: "ok", data: null }));
    Object.assign(commands, { draftValidate: vi.fn(async () => ({ status: "ok", data: [] })), draftSubmit: submit, draftOpenInEuropace: open });
    const { user } = await baufinanzierung();
    await vi.waitFor(() => expect(senden()).toBeDefined());
    expect(screen.getByText("Strg+Enter sendet.")).toBeDefined();
    await user.click(senden() as HTMLButtonElement);

    expect((await screen.findByRole("alert")).textContent).toContain(refusal);
    const box = screen.getByRole<HTMLInputElement>("checkbox", { name: "Der Kunde hat die Datenschutzhinweise des Beraters erhalten." });
    const confirm = screen.getByRole<HTMLButtonElement>("button", { name: "Bestätigen und senden" });
    // Nothing is confirmed for the Berater: the box starts empty, and sending waits for it.
    await vi.waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.checked).toBe(false);
    expect(confirm.disabled).toBe(true);
    await user.keyboard(" ");
    expect(confirm.disabled).toBe(false);
    await user.keyboard("{Enter}");

    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(2));
    expect(submit.mock.calls).toEqual([
      ["d1", false, false],
      ["d1", false, true],
    ]);
    expect((await screen.findByTestId("submit-result")).textContent).toContain("Gesendet: Vorgang YX4MDU");
    expect(screen.queryByTestId("datenschutzhinweis")).toBeNull();
    // Sent: nothing is left to send, so the shortcut is not offered.
    expect(screen.queryByText("Strg+Enter sendet.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "In Europace öffnen" }));
    expect(open).toHaveBeenCalledWith("d1");
    expect(screen.queryByTestId("vorgang-anzeigen")).toBeNull();
  });

  it("shows Europace's findings at their field, and says when Europace's check did not run", async () => {
    const { commands } = await import("../lib/bindings");
    const path = "importMetadaten.betreuung.kundenbetreuer";
    const note = "Die Prüfung bei Europace ist nicht gelaufen: Zu viele Anfragen (429). Angezeigt sind nur die Befunde der Prüfung in Leadbridge.";
    let answer: (value: unknown) => void = () => {};
    const check = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockResolvedValueOnce({
        status: "ok",
        data: { findings: [], europace: [], europaceChecked: false, europaceNote: note },
      });
    Object.assign(commands, { draftCheck: check });
    const { user, container } = await baufinanzierung();
    const pruefen = () => screen.getAllByRole<HTMLButtonElement>("button", { name: "Prüfen" })[0] as HTMLButtonElement;
    await vi.waitFor(() => expect(pruefen().disabled).toBe(false));
    await user.click(pruefen());
    // While Europace checks, the Berater sees it and cannot start a second check.
    expect((await screen.findByTestId("check-progress")).textContent).toContain("bei Europace");
    expect(pruefen().disabled).toBe(true);
    answer({
      status: "ok",
      data: {
        findings: [{ path, severity: "Fehler", kind: "format", message: "Nur Buchstaben." }],
        europace: [{ path, severity: "Fehler", kind: "server", message: "must not be blank" }],
        europaceChecked: true,
        europaceNote: null,
      },
    });
    await vi.waitFor(() => {
      const atField = [...container.querySelectorAll(`[data-finding-path='${path}']`)].map((f) => f.textContent);
      expect(atField).toEqual(["Nur Buchstaben.", "Europace: must not be blank"]);
    });
    expect(screen.queryByTestId("check-progress")).toBeNull();
    // Listed under „Europace hat … beanstandet“, in Europace's words only.
    const listed = [...screen.getByTestId("europace-findings").querySelectorAll("li")].map((li) => li.textContent?.trim());
    expect(listed).toEqual(["must not be blank"]);

    await user.click(pruefen());
    expect((await screen.findByTestId("europace-note")).textContent).toBe(note);
    expect(screen.queryByTestId("europace-findings")).toBeNull();
  });
});
