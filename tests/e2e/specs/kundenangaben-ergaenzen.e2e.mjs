// Kundenangaben ergänzen, as a team assistant does it with the keyboard alone: open an existing
// BaufiSmart case by its number, add a second Kunde and change the Kaufpreis, see the changes
// in German before replacing. A colleague changes the case in Europace meanwhile: the replace
// stops, shows the conflict, and after the decision the Sandbox holds exactly the merged data.
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { enter, leaves, reach, screenshot, tabTo, type, valueAt } from "./form.mjs";
import { startSpecSandbox, waitForApp } from "./helpers.mjs";

const example = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../../crates/cli/tests/fixtures/kundenangaben-spec-beispiel.json"), "utf8"),
);
const KAUFPREIS = "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis";
const ZWEITER = "kundenangaben.haushalte[0].kunden[1]";

let europace;
let token;

/** Europace as a colleague sees it: the Sandbox's Kundenangaben API with its own token. */
async function call(method, route, body) {
  const response = await fetch(`${europace.base}/baufinanzierung/kundenangaben${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json;version=1.0" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return response.status === 204 ? undefined : response.json();
}

async function saved() {
  await browser.waitUntil(
    () => browser.execute(() => document.querySelector("[data-testid='save-status']").textContent.startsWith("Gespeichert um")),
    { timeoutMsg: "Der Entwurf wurde nicht gespeichert" },
  );
}

async function press(selector) {
  await tabTo(selector);
  await browser.keys(Key.Enter);
}

describe("Kundenangaben ergänzen", () => {
  before(async () => {
    await waitForApp();
    await browser.setWindowSize(1280, 800);
    europace = await startSpecSandbox("ergaenzen");
    const answer = await fetch(`${europace.base}/auth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${btoa("sandbox:sandbox")}` },
      body: "grant_type=client_credentials",
    });
    token = (await answer.json()).access_token;
  });

  after(() => europace?.stop());

  it("lädt einen Vorgang, ergänzt ihn und ersetzt ihn erst nach Entscheidung des Konflikts", async () => {
    const { vorgangsnummer: nr } = await call("POST", "", example);
    const geladen = await call("GET", `/${nr}`);

    await browser.keys([Key.Alt, "3"]);
    await tabTo("[data-testid='vorgangsnummer']");
    await type(nr);
    await press("[data-testid='kundenangaben-laden']");
    await $("[data-testid='ergaenzt-vorgang']").waitForDisplayed({ timeout: 20_000 });
    expect(await $("main h1").getText()).toBe("Kundenangaben ergänzen");
    expect(await $("[data-testid='ergaenzt-vorgang']").getText()).toContain(nr);
    // Values from Europace are marked; BaufiSmart's ids are never editable.
    const vorname = "kundenangaben.haushalte[0].kunden[0].personendaten.person.vorname";
    await $("[data-section='haushalte']").waitForExist();
    await reach(vorname);
    expect(await $(`[data-path='${vorname}']`).getValue()).toBe("Max");
    expect(await browser.execute((p) => document.querySelector(`[data-path='${p}']`).closest(".field").textContent, vorname)).toContain("aus Europace");
    await browser.execute(() => document.querySelector("[data-section='haushalte']").scrollIntoView());
    await screenshot("kundenangaben-ergaenzen-geladen");

    // The assistant adds the second Kunde and changes the Kaufpreis.
    await enter(`${ZWEITER}.referenzId`, "jsonRef2");
    await enter(`${ZWEITER}.personendaten.person.vorname`, "Erika");
    await enter(`${ZWEITER}.personendaten.person.nachname`, "Mustermann");
    await reach(KAUFPREIS);
    await browser.keys([Key.Ctrl, "a"]);
    await type("365.000,00");
    await browser.keys(Key.Tab);
    await saved();
    expect(await browser.execute((p) => document.querySelector(`[data-path='${p}']`).closest(".field").textContent, KAUFPREIS)).not.toContain("aus Europace");

    // Before anything is sent: every change, in German words.
    await press("[data-testid='ersetzen-start']");
    const vorschau = $("[data-testid='ersetzen-vorschau']");
    await vorschau.waitForDisplayed({ timeout: 20_000 });
    const rows = await browser.execute(() =>
      [...document.querySelectorAll("[data-testid='ersetzen-vorschau'] tbody tr")].map((tr) => ({
        path: tr.dataset.path,
        art: tr.dataset.art,
        text: tr.textContent,
      })),
    );
    expect(rows.map((r) => [r.path, r.art])).toEqual([
      [KAUFPREIS, "Changed"],
      [ZWEITER, "Added"],
    ]);
    expect(rows[0].text).toContain("Kaufpreis");
    expect(rows[0].text).toContain("358.000,00 €");
    expect(rows[0].text).toContain("365.000,00 €");
    expect(rows[1].text).toContain("Haushalt 1 › Kunde 2");
    await screenshot("kundenangaben-ergaenzen-aenderungen");

    // Meanwhile a colleague changes the same case in Europace.
    const theirs = structuredClone(geladen);
    theirs.finanzierungsbedarf.finanzierungszweck.kaufpreis = 370000;
    theirs.haushalte[0].kunden[0].personendaten.person.vorname = "Maximilian";
    await call("PUT", `/${nr}`, { updateMetadaten: {}, kundenangaben: theirs });
    const colleague = await call("GET", `/${nr}`);

    await press("[data-testid='ersetzen-bestaetigen']");
    const konflikt = $("[data-testid='ersetzen-konflikt']");
    await konflikt.waitForDisplayed({ timeout: 20_000 });
    expect(await call("GET", `/${nr}`)).toEqual(colleague);
    expect(await konflikt.getText()).toContain("Maximilian");
    await screenshot("kundenangaben-ergaenzen-konflikt");
    expect(await $("[data-testid='konflikt-ersetzen']").isEnabled()).toBe(false);

    // The assistant keeps the own Kaufpreis; the colleague's Vorname stays.
    await tabTo(`[data-konflikt='${KAUFPREIS}'] input[value='Mine']`);
    await browser.keys(Key.Space);
    await press("[data-testid='konflikt-ersetzen']");
    const meldung = $("[data-testid='ersetzen-meldung']");
    await meldung.waitForDisplayed({ timeout: 20_000 });
    expect(await meldung.getAttribute("data-ok")).toBe("true");
    await screenshot("kundenangaben-ergaenzen-ersetzt");

    const jetzt = await call("GET", `/${nr}`);
    const expected = structuredClone(colleague);
    expected.finanzierungsbedarf.finanzierungszweck.kaufpreis = 365000;
    const { id: neueId, ...zweiter } = jetzt.haushalte[0].kunden[1];
    expect(neueId).toEqual(expect.any(String));
    // The GET answers the referenzId as sent, as in the spec's example of a read case.
    expect(zweiter).toEqual({ referenzId: "jsonRef2", personendaten: { person: { vorname: "Erika", nachname: "Mustermann" } } });
    expected.haushalte[0].kunden.push(jetzt.haushalte[0].kunden[1]);
    expect(jetzt).toEqual(expected);
    // Nothing was lost: every value of the colleague's version is still there but the Kaufpreis.
    const lost = leaves(colleague).filter(([at, value]) => at !== "finanzierungsbedarf.finanzierungszweck.kaufpreis" && valueAt(jetzt, at) !== value);
    expect(lost).toEqual([]);
  });
});
