import { cleanup, render } from "@testing-library/svelte";
import { createRawSnippet, tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import maximal from "../../../../bench/submit/vorgang-maximal.json";
import { getAt, type Json } from "../../lib/jsonPath";
import { kexLayout } from "../kex/layout";
import { kundenangabenLayout } from "../kundenangaben/layout";
import Form from "./Form.svelte";
import { textFormat } from "./formats";
import { nodeAt, pattern } from "./catalog";
import { DraftSession } from "./session.svelte";

vi.mock("../../lib/bindings", () => ({
  commands: {
    draftSave: vi.fn(async () => ({ status: "ok", data: { id: "d1", revision: 1, updatedAt: "2026-11-25T08:00:00Z" } })),
    draftValidate: vi.fn(async () => ({ status: "ok", data: [] })),
  },
}));

const review = createRawSnippet(() => ({ render: () => "<p>Prüfen</p>" }));

/** Every leaf value of a body with its concrete path. */
function leafValues(value: Json, path = ""): [string, Json][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => (item !== null && typeof item === "object" ? leafValues(item, `${path}[${i}]`) : [[`${path}[${i}]`, item] as [string, Json]]));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leafValues(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

function mount(content: Json, layout = kexLayout) {
  const session = new DraftSession();
  session.content = JSON.parse(JSON.stringify(content));
  const view = render(Form, { props: { context: { layout, session, lockedReason: () => undefined }, review } });
  return { session, ...view };
}

/** Whether `path` lies in a variant its group's selector did not choose (another
 *  Beschäftigungsart, a Fahrzeugkauf without that Zweck): shown nowhere, kept in the body. */
function otherVariant(path: string, content: Json): boolean {
  const parts = path.split(".");
  for (let n = 1; n < parts.length; n += 1) {
    const group = parts.slice(0, n).join(".");
    const node = group === "" ? undefined : nodeAt(kexLayout.catalog, pattern(group))?.node;
    if (!node || node.type !== "object" || !node.variant) continue;
    const caseName = parts[n]?.replace(/\[\d+\]$/, "");
    const cases = Object.entries(node.variant.cases);
    if (!cases.some(([, name]) => name === caseName)) continue;
    const chosen = getAt(content, `${group}.${node.variant.selector}`);
    if (typeof chosen !== "string" || node.variant.cases[chosen] !== caseName) return true;
  }
  return false;
}

describe("the form engine on the maximal KEX body", () => {
  afterEach(cleanup);

  it("renders every leaf with its value and saves the body back unchanged", async () => {
    const { session, container } = mount(maximal as Json);
    const expected = leafValues(maximal as Json).filter(([path]) => !otherVariant(path, maximal as Json));
    expect(expected.length).toBeGreaterThan(300);
    // List entries of the draft and "Weitere Angaben" stay closed until asked for; open every
    // one, nested ones too.
    expect(container.querySelectorAll(".entry-closed").length).toBeGreaterThan(20);
    for (let round = 0; round < 10; round += 1) {
      const entries = [...container.querySelectorAll<HTMLElement>(".entry-closed summary")];
      const closed = [...container.querySelectorAll<HTMLDetailsElement>("details.more:not([open])")];
      if (entries.length + closed.length === 0) break;
      for (const button of entries) button.click();
      for (const details of closed) details.open = true;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await vi.waitFor(() => expect(container.querySelectorAll("[data-path]").length).toBeGreaterThan(300));
    const wrong: string[] = [];
    for (const [path, value] of expected) {
      const found = nodeAt(kexLayout.catalog, pattern(path))?.node;
      const node = found && "format" in found ? found : undefined;
      const arrayOfEnum = /\[\d+\]$/.test(path) && node?.format === "enum";
      const selector = arrayOfEnum ? `[data-path='${path.replace(/\[\d+\]$/, "")}:${String(value)}']` : `[data-path='${path}']`;
      const input = container.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      if (!input) {
        wrong.push(`${path}: not rendered`);
        continue;
      }
      const shown =
        input instanceof HTMLInputElement && input.type === "checkbox"
          ? input.checked
          : node?.format === "country"
            ? input.dataset.code
            : node?.type === "boolean"
              ? input.value === "ja"
              : input.value;
      const want = arrayOfEnum ? true : node?.format === "country" || node?.format === "enum" || node?.type === "boolean" ? value : textFormat(node?.format).show(value);
      if (shown !== want) wrong.push(`${path}: shows ${String(shown)}, body has ${String(value)}`);
    }
    expect(wrong).toEqual([]);
    expect(session.body()).toEqual(maximal);
    // Several hundred inputs mount slowly in jsdom on a busy machine; WebKit is measured in bench/form.
  }, 120_000);

  it("renders the empty form without writing anything into the body", () => {
    const { session, container } = mount({});
    expect(container.querySelector("[data-path='antragsteller1.personendaten.vorname']")).not.toBeNull();
    expect(session.body()).toEqual({});
  });
});

describe("list entries of a loaded draft", () => {
  afterEach(cleanup);

  const kinder: Json = { haushalt: { kinder: [{ name: "Lena", kindergeldFuer: "DRITTES_KIND" }, { name: "Paul", unterhaltseinnahmenMonatlich: 150 }] } };

  it("start as one line each, open on request or for a finding, and added ones start open", async () => {
    const { session, container, component } = mount(kinder);
    const lines = [...container.querySelectorAll(".entry-closed")].map((e) => e.textContent?.replace(/\s+/g, " ").trim());
    expect(lines[0]).toContain("Lena · Drittes Kind");
    expect(lines[1]).toContain("Paul · 150,00 €");
    expect(container.querySelector("[data-path='haushalt.kinder[0].name']")).toBeNull();

    // jsdom lays nothing out.
    Element.prototype.scrollIntoView = () => {};
    await (component as unknown as { reveal: (path: string) => Promise<void> }).reveal("haushalt.kinder[1].name");
    const paul = container.querySelector<HTMLInputElement>("[data-path='haushalt.kinder[1].name']");
    expect(paul?.value).toBe("Paul");
    expect(document.activeElement).toBe(paul);

    session.serverFindings = [{ path: "haushalt.kinder[0].name", severity: "Fehler", kind: "server", message: "Name zu lang" }];
    await vi.waitFor(() => expect(container.querySelector<HTMLInputElement>("[data-path='haushalt.kinder[0].name']")?.value).toBe("Lena"));

    const add = [...container.querySelectorAll<HTMLButtonElement>("[data-group='haushalt.kinder'] > button.add")][0];
    add?.click();
    await vi.waitFor(() => expect(container.querySelector("[data-path='haushalt.kinder[2].name']")).not.toBeNull());
  });

  it("keep their state when moved", async () => {
    const { container } = mount(kinder);
    const open = container.querySelector<HTMLElement>("[aria-label='Kind 2 anzeigen']");
    open?.click();
    // The opened entry's first input takes the focus the button had.
    await vi.waitFor(() => expect(document.activeElement).toBe(container.querySelector("[data-path='haushalt.kinder[1].name']")));
    container.querySelector<HTMLButtonElement>("[aria-label='Kind 2 nach oben']")?.click();
    await vi.waitFor(() => expect(container.querySelector<HTMLInputElement>("[data-path='haushalt.kinder[0].name']")?.value).toBe("Paul"));
    expect(container.querySelector("[data-path='haushalt.kinder[1].name']")).toBeNull();
    expect(container.querySelector(".entry-closed")?.textContent).toContain("Lena");
  });
});

describe("a Kundenangaben body in the engine", () => {
  afterEach(cleanup);

  const beschaeftigung = "kundenangaben.haushalte[0].kunden[0].finanzielles.beschaeftigung";

  it("shows the fields of the @type chosen and keeps another type's values out of the body", async () => {
    const { default: userEvent } = await import("@testing-library/user-event");
    const user = userEvent.setup();
    const { session, container } = mount(
      { kundenangaben: { haushalte: [{ kunden: [{ finanzielles: { beschaeftigung: { "@type": "ANGESTELLTER", beruf: "Ingenieur" } } }] }] } },
      kundenangabenLayout,
    );
    for (const label of ["Haushalt 1 anzeigen", "Kunde 1 anzeigen"]) {
      container.querySelector<HTMLElement>(`[aria-label='${label}']`)?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const type = container.querySelector<HTMLSelectElement>(`[data-path='${beschaeftigung}.@type']`);
    if (!type) throw new Error("no Beschäftigungsart");
    expect(container.querySelector<HTMLInputElement>(`[data-path='${beschaeftigung}.beruf']`)?.value).toBe("Ingenieur");
    await user.selectOptions(type, "RENTNER");
    expect(session.get(beschaeftigung)).toEqual({ "@type": "RENTNER" });
    expect(container.querySelector(`[data-path='${beschaeftigung}.beruf']`)).toBeNull();
  });

  it("hides a deprecated field unless the body holds it", async () => {
    const empty = mount({ kundenangaben: { haushalte: [{}] } }, kundenangabenLayout);
    empty.container.querySelector<HTMLElement>("[aria-label='Haushalt 1 anzeigen']")?.click();
    await vi.waitFor(() => expect(empty.container.querySelector("[data-group='kundenangaben.haushalte[0].kunden']")).not.toBeNull());
    expect(empty.container.querySelector("[data-group='kundenangaben.haushalte[0].kinder']")).toBeNull();
    cleanup();

    const old = mount({ kundenangaben: { haushalte: [{ kinder: [{ name: "Lena" }] }] } }, kundenangabenLayout);
    old.container.querySelector<HTMLElement>("[aria-label='Haushalt 1 anzeigen']")?.click();
    await vi.waitFor(() => expect(old.container.querySelector("[data-group='kundenangaben.haushalte[0].kinder']")).not.toBeNull());
  });
});

describe("typing into the engine's inputs", () => {
  afterEach(cleanup);

  it("keeps German amounts exact, refuses what it cannot read, and keeps an IBAN in capitals without spaces", async () => {
    const { default: userEvent } = await import("@testing-library/user-event");
    const user = userEvent.setup();
    const { session, container } = mount({});
    const at = (path: string) => container.querySelector<HTMLInputElement>(`[data-path='${path}']`);
    const betrag = at("finanzbedarf.finanzierungswunsch.kreditbetrag");
    if (!betrag) throw new Error("no Kreditbetrag");
    await user.type(betrag, "10.000");
    await user.tab();
    expect(session.get("finanzbedarf.finanzierungswunsch.kreditbetrag")).toBe(10000);
    expect(betrag.value).toBe("10.000,00");

    await user.clear(betrag);
    await user.type(betrag, "1,2,3");
    await user.tab();
    expect(session.get("finanzbedarf.finanzierungswunsch.kreditbetrag")).toBe("1,2,3");
    expect(betrag.closest(".field")?.textContent).toContain("mehr als ein Komma");
    // Validation's type finding would say the same again; another finding still shows.
    const finding = (kind: "type" | "rule", message: string) => ({ path: "finanzbedarf.finanzierungswunsch.kreditbetrag", severity: "Fehler" as const, kind, message });
    session.findings = [finding("type", "Hier erwartet die API eine Zahl."), finding("rule", "Der Kreditbetrag ist zu hoch.")];
    await tick();
    expect(betrag.closest(".field")?.textContent).not.toContain("Hier erwartet die API eine Zahl.");
    expect(betrag.closest(".field")?.textContent).toContain("Der Kreditbetrag ist zu hoch.");
    session.findings = undefined;

    const iban = at("haushalt.kontoverbindung.iban");
    if (!iban) throw new Error("no IBAN");
    // A wrong IBAN is kept, not refused: Leadbridge's check names what is wrong, in one wording.
    await user.type(iban, "de89 3704 0044 0532 0130 01");
    await user.tab();
    expect(session.get("haushalt.kontoverbindung.iban")).toBe("DE89370400440532013001");
    await user.clear(iban);
    await user.type(iban, "de89 3704 0044 0532 0130 00");
    await user.tab();
    expect(session.get("haushalt.kontoverbindung.iban")).toBe("DE89370400440532013000");
    expect(iban.value).toBe("DE89 3704 0044 0532 0130 00");
    expect(iban.closest(".field")?.textContent).not.toContain("Prüfziffer");
  });

  it("finds a country from what was typed and keeps its code", async () => {
    const { default: userEvent } = await import("@testing-library/user-event");
    const user = userEvent.setup();
    const { session, container } = mount({});
    const land = container.querySelector<HTMLInputElement>("[data-path='antragsteller1.herkunft.staatsangehoerigkeit']");
    if (!land) throw new Error("no Staatsangehörigkeit");
    await user.type(land, "deut{Enter}");
    expect(session.get("antragsteller1.herkunft.staatsangehoerigkeit")).toBe("DE");
    expect(land.value).toBe("Deutschland");
  });

  it("shows a Beschäftigungsart's fields only and drops the old variant's values when it changes", async () => {
    const { default: userEvent } = await import("@testing-library/user-event");
    const user = userEvent.setup();
    const { session, container } = mount({
      antragsteller1: { beschaeftigung: { beschaeftigungsart: "ARBEITER", arbeiter: { beschaeftigungsverhaeltnis: { berufsbezeichnung: "Schlosser" } } } },
    });
    const art = container.querySelector<HTMLSelectElement>("[data-path='antragsteller1.beschaeftigung.beschaeftigungsart']");
    if (!art) throw new Error("no Beschäftigungsart");
    expect(container.querySelector("[data-path^='antragsteller1.beschaeftigung.angestellter']")).toBeNull();
    await user.selectOptions(art, "ANGESTELLTER");
    expect(session.get("antragsteller1.beschaeftigung.arbeiter")).toBeUndefined();
    expect(container.querySelector("[data-path='antragsteller1.beschaeftigung.angestellter.beschaeftigungsverhaeltnis.berufsbezeichnung']")).not.toBeNull();
  });
});
