// Neuer Lead in the form engine: a complete Ratenkredit typed with the keyboard alone, sent to
// the Sandbox and compared field by field with what the Sandbox stored; the spec's example
// Baufinanzierung checked by the Sandbox's body-validation, sent and opened in Europace; wrong
// values refused with German messages at their fields; a screenshot of every section.
// Then the team assistant opens the Baufinanzierung just sent ("Kundenangaben ergänzen"), adds
// a second Kunde and changes the Kaufpreis, sees the changes in German before replacing; a
// colleague changes the case in Europace meanwhile: the replace stops, shows the conflict, and
// after the decision the Sandbox holds exactly the merged data.
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { enter, leaves, reach, screenshot, tabTo, type, valueAt } from "./form.mjs";
import { clickSend, startSpecSandbox, waitForApp } from "./helpers.mjs";

const fixtureFile = (name) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures", name), "utf8"));
const fixture = fixtureFile("ratenkredit-vollstaendig.json");
const drklein = fixtureFile("drklein-tippgeber.json");
// The spec's example mortgage lead, less what Leadbridge writes itself (Datenkontext, externe Vorgangs-ID).
const baufinanzierung = fixtureFile("baufinanzierung-spec-beispiel.json");
/** The Vorgangsnummer of the Baufinanzierung sent: the case the team assistant completes. */
let baufiNummer;
const KAUFPREIS = "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis";
const ZWEITER = "kundenangaben.haushalte[0].kunden[1]";

/** What the Sandbox stored (it shares the app's data directory). */
function sandboxState() {
  const file = path.join(process.env.LEADBRIDGE_E2E_HOME, ".local", "share", "de.leadbridge.desktop", "sandbox.json");
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Each leaf of `sent` that `stored` does not hold with the same value. */
function differences(sent, stored) {
  return leaves(sent)
    .filter(([at, value]) => valueAt(stored, at) !== value)
    .map(([at, value]) => `${at}: gesendet ${JSON.stringify(value)}, gespeichert ${JSON.stringify(valueAt(stored, at))}`);
}

async function saved() {
  await browser.waitUntil(
    () => browser.execute(() => document.querySelector("[data-testid='save-status']").textContent.startsWith("Gespeichert um")),
    { timeoutMsg: "Der Entwurf wurde nicht gespeichert" },
  );
}

/** Sends from "Prüfen & Senden" with Ctrl+Enter and returns the Vorgangsnummer. */
async function send(screen) {
  await toSection("pruefen");
  await browser.keys([Key.Ctrl, Key.Enter]);
  const result = $("[data-testid='submit-result']");
  await result.waitForDisplayed({ timeout: 30_000 });
  if (screen) await screenshot(screen);
  expect(await result.getAttribute("data-state")).toBe("Gesendet");
  const [, nummer] = (await result.getText()).match(/Gesendet: Vorgang (\S+)/) ?? [];
  return nummer;
}

async function newLead() {
  await browser.keys([Key.Alt, "1"]);
  await browser.keys([Key.Alt, "2"]);
  await $("[data-path='antragsteller1.personendaten.vorname']").waitForExist({ timeout: 20_000 });
}

async function toSection(id) {
  await $(`[data-nav='${id}']`).waitForExist();
  for (let i = 0; i < 8; i += 1) {
    const here = await browser.execute(() => document.activeElement?.closest("[data-section]")?.dataset.section);
    if (here === id) return;
    await browser.keys([Key.Ctrl, Key.PageDown]);
  }
  throw new Error(`Strg+Bild↓ never reached ${id}`);
}

describe("Neuer Lead", () => {
  before(async () => {
    await waitForApp();
    // The screenshots show the window as a 1280×800 screen holds it.
    await browser.setWindowSize(1280, 800);
  });

  it("erfasst einen vollständigen Ratenkredit nur mit der Tastatur und sendet ihn", async () => {
    await newLead();
    for (const [at, value] of leaves(fixture)) await enter(at, value);
    await saved();

    for (const id of ["antragsteller1", "antragsteller2", "haushalt", "finanzbedarf", "betreuung"]) {
      await browser.execute((s) => document.querySelector(`[data-section='${s}']`).scrollIntoView(), id);
      await screenshot(`neuer-lead-${id}`);
    }

    const nummer = await send("neuer-lead-gesendet");
    expect(differences(fixture, sandboxState().vorgaenge[nummer].daten)).toEqual([]);

    // Reopened, the sent draft shows its list entries as one line each; one opens by keyboard.
    await browser.keys([Key.Alt, "1"]);
    const { vorname, nachname } = fixture.antragsteller1.personendaten;
    const id = await browser.waitUntil(() =>
      browser.execute((n) => [...document.querySelectorAll("[data-draft-id]")].find((r) => r.textContent.includes(n))?.dataset.draftId, `${nachname}, ${vorname}`),
    );
    await $(`[data-draft-id='${id}']`).$("button=Öffnen").click();
    await $(".entry-closed").waitForExist({ timeout: 20_000 });
    const entry = await browser.execute(() => document.querySelector(".entry-closed").dataset.group);
    await browser.execute((g) => document.querySelector(`[data-group='${g}']`).scrollIntoView({ block: "center" }), entry);
    await screenshot("neuer-lead-wieder-geoeffnet");
    await tabTo(`[data-group='${entry}'] .entry-opener > summary`);
    await browser.keys(Key.Enter);
    await browser.waitUntil(() => browser.execute((g) => document.activeElement?.closest("[data-list-item]")?.dataset.listItem === g, entry), {
      timeoutMsg: `${entry} hat sich nicht mit dem Fokus darin geöffnet`,
    });
    const shown = await browser.execute((g) => document.querySelectorAll(`[data-list-item='${g}'] [data-path]`).length, entry);
    expect(shown).toBeGreaterThan(0);
  });

  it("sendet einen Dr.-Klein-Lead mit Tippgeber, Zusatzdaten und Kommentar", async () => {
    await newLead();
    await $("//label[contains(., 'Art des Leads')]/select").selectByAttribute("value", "DrKlein");
    await $("[data-path='tippgeber.vorname']").waitForExist();
    await $("[data-nav='antragsteller1']").click();
    for (const [at, value] of leaves(drklein)) {
      // A custom value's kind is chosen first: Ja/Nein, Zahl, Datum or Text.
      if (/^data\[\d+\]\.value$/.test(at)) await enter(`${at}:art`, typeof value === "boolean" ? "0" : "3");
      await enter(at, value);
    }
    await saved();
    await browser.execute(() => document.querySelector("[data-section='betreuung']").scrollIntoView());
    await screenshot("neuer-lead-drklein-betreuung");
    await browser.execute(() => document.querySelector("[data-section='zusatzdaten']").scrollIntoView());
    await screenshot("neuer-lead-drklein-zusatzdaten");

    const nummer = await send();
    const state = sandboxState();
    const lead = Object.values(state.drklein_leads).find((l) => l.europaceVorgangsnummer === nummer);
    // The Sandbox keeps the Tippgeber and the data as sent, the rest in the KreditSmart Vorgang.
    const { tippgeber, data, partner: _partner, ...vorgang } = drklein;
    expect(differences({ tippgeber, data }, lead)).toEqual([]);
    expect(differences(vorgang, state.vorgaenge[nummer].daten)).toEqual([]);
  });

  it("erfasst eine Baufinanzierung, prüft sie auch bei Europace, sendet sie und öffnet sie in Europace", async () => {
    await newLead();
    await $("//label[contains(., 'Art des Leads')]/select").selectByAttribute("value", "Kundenangaben");
    await $("[data-section='haushalte']").waitForExist();
    await $("[data-nav='importMetadaten']").click();
    // The referenzId (required by the contract) comes last: first "Prüfen" shows its absence.
    const referenzId = "kundenangaben.haushalte[0].kunden[0].referenzId";
    const rest = leaves(baufinanzierung).filter(([at]) => at !== referenzId);
    for (const [at, value] of rest) await enter(at, value);
    await saved();
    for (const id of ["importMetadaten", "haushalte", "finanzierungsobjekt", "finanzierungsbedarf", "bankverbindung"]) {
      await browser.execute((s) => document.querySelector(`[data-section='${s}']`).scrollIntoView(), id);
      await screenshot(`neuer-lead-baufinanzierung-${id}`);
    }
    await browser.execute(() => document.querySelector("[data-group$='finanzielles.beschaeftigung']").scrollIntoView());
    await screenshot("neuer-lead-baufinanzierung-beschaeftigung");

    // "Prüfen" asks the Sandbox's body-validation too: its violation lands at the field.
    await toSection("pruefen");
    await tabTo("[data-testid='pruefen']");
    await browser.keys(Key.Enter);
    /** The texts of the findings at the referenzId field, and whether its input is beside them. */
    const atReferenzId = () =>
      browser.execute((p) => {
        const shown = [...document.querySelectorAll(`[data-finding-path='${p}']`)];
        return { texts: shown.map((f) => f.textContent), beside: shown.every((f) => f.parentElement.querySelector(`[data-path='${p}']`)) };
      }, referenzId);
    await browser.waitUntil(async () => (await atReferenzId()).texts.includes("Europace: must not be null"), {
      timeout: 20_000,
      timeoutMsg: "Europaces Befund fehlt an der referenzId",
    });
    expect((await atReferenzId()).beside).toBe(true);
    await expect($("[data-testid='europace-note']")).not.toBeExisting();
    await browser.execute((p) => document.querySelector(`[data-path='${p}']`).scrollIntoView({ block: "center" }), referenzId);
    await screenshot("neuer-lead-baufinanzierung-europace-pruefung");
    await browser.execute(() => document.querySelector("[data-testid='europace-findings']").scrollIntoView({ block: "center" }));
    await screenshot("neuer-lead-baufinanzierung-europace-befunde");

    await enter(referenzId, baufinanzierung.kundenangaben.haushalte[0].kunden[0].referenzId);
    await saved();
    expect((await atReferenzId()).texts.filter((t) => t.startsWith("Europace"))).toEqual([]);

    const nummer = await send("neuer-lead-baufinanzierung-gesendet");
    baufiNummer = nummer;
    // Every value typed arrives; the Sandbox adds BaufiSmart's ids.
    const stored = sandboxState().kundenangaben[nummer];
    expect(differences(baufinanzierung.kundenangaben, stored.kundenangaben)).toEqual([]);
    expect(differences(baufinanzierung.importMetadaten, stored.importMetadaten)).toEqual([]);
    // Nobody chose it: the environment decides, and the Sandbox is never Echtgeschäft.
    expect(stored.importMetadaten.datenkontext).toBe("TEST_MODUS");

    // "In Europace öffnen" hands the portal URL of the spec to the system browser.
    await tabTo("[data-testid='in-europace-oeffnen']");
    await browser.keys(Key.Enter);
    const opened = process.env.LEADBRIDGE_TEST_BROWSER;
    await browser.waitUntil(() => fs.existsSync(opened), { timeoutMsg: "Kein Browser geöffnet" });
    expect(fs.readFileSync(opened, "utf8")).toBe(`https://www.europace2.de/vorgang/oeffne/${nummer}\n`);
  });

  it("wählt ein Datum im Kalender, nur mit der Tastatur", async () => {
    await newLead();
    await enter("antragsteller1.personendaten.vorname", "Kalle");
    await tabTo("[data-path='antragsteller1.personendaten.geburtsdatum']");
    await browser.keys([Key.Alt, Key.ArrowDown]);
    await $(".air-datepicker.-active-").waitForDisplayed();
    await screenshot("neuer-lead-kalender");
    // The calendar starts today; a week back, then Enter takes the day.
    await browser.keys(Key.ArrowUp);
    await browser.keys(Key.Enter);
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    const german = `${String(weekAgo.getDate()).padStart(2, "0")}.${String(weekAgo.getMonth() + 1).padStart(2, "0")}.${weekAgo.getFullYear()}`;
    await browser.waitUntil(async () => (await $("[data-path='antragsteller1.personendaten.geburtsdatum']").getValue()) === german, {
      timeoutMsg: `Der Kalender hat nicht ${german} eingetragen`,
    });
    await saved();
  });

  it("zeigt, was der Server ablehnt, am Feld", async () => {
    await newLead();
    await $("[data-path='antragsteller1.personendaten.vorname']").click();
    await type("Ines");
    await $("[data-path='antragsteller1.personendaten.nachname']").click();
    await type("Ohnebetreuer");
    await saved();
    // Without a Kundenbetreuer the app refuses first; sent anyway, the Sandbox answers 422.
    await clickSend();
    await $("button*=Trotzdem senden").click();
    const result = $("[data-testid='submit-result']");
    await result.waitForDisplayed({ timeout: 30_000 });
    expect(await result.getAttribute("data-state")).toBe("Abgelehnt");
    const atField = $("[data-finding-path='kundenbetreuer.partnerId']");
    await atField.waitForExist();
    expect(await atField.getText()).toContain("Europace");
    const field = await atField.parentElement();
    expect(await field.$("[data-path='kundenbetreuer.partnerId']").isExisting()).toBe(true);
    await browser.execute(() => document.querySelector("[data-path='kundenbetreuer.partnerId']").scrollIntoView({ block: "center" }));
    await screenshot("neuer-lead-server-ablehnung");
  });

  it("zeigt falsche Eingaben am Feld und sendet nicht", async () => {
    await newLead();
    const wrong = {
      "antragsteller1.personendaten.geburtsdatum": ["31.02.1980", "gibt es nicht"],
      "antragsteller1.personendaten.email": ["sabine(at)beispiel", "E-Mail"],
      "antragsteller1.wohnsituation.anschrift.plz": ["2276", "fünf Ziffern"],
      "antragsteller1.wohnsituation.anschrift.wohnhaftSeit": ["01.02.03", "vierstellig"],
      "antragsteller1.wohnsituation.anzahlPersonenImHaushalt": ["drei", "Zahl"],
      "antragsteller1.personendaten.telefonPrivat": ["abc", "Telefonnummer"],
      "haushalt.kontoverbindung.iban": ["DE00 1234 5678", "IBAN"],
      "finanzbedarf.finanzierungswunsch.kreditbetrag": ["1,2,3", "Komma"],
      "finanzbedarf.finanzierungswunsch.laufzeitInMonaten": ["12,5", "ganze Zahl"],
      "finanzbedarf.finanzierungswunsch.rateMonatlich": ["viel", "Zahl"],
    };
    for (const [at, [text]] of Object.entries(wrong)) {
      await $(`[data-path='${at}']`).click();
      await type(text);
      await browser.keys(Key.Tab);
    }
    for (const [at, [, words]] of Object.entries(wrong)) {
      const field = $(`[data-path='${at}']`).parentElement();
      const box = (await field.getAttribute("class")).includes("field") ? field : field.parentElement();
      await browser.waitUntil(async () => (await box.getText()).includes(words), {
        timeout: 5_000,
        timeoutMsg: `${at}: keine Meldung mit „${words}“ (${await box.getText()})`,
      });
    }
    await browser.execute(() => document.querySelector("[data-section='finanzbedarf']").scrollIntoView());
    await screenshot("neuer-lead-falsche-eingaben");

    await clickSend();
    const alert = $("[role='alert']");
    await alert.waitForDisplayed();
    expect(await alert.getText()).toContain("Fehler");
    await expect($("[data-testid='submit-result']")).not.toBeExisting();
  });

  describe("Kundenangaben ergänzen (Teamassistenz)", () => {
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

    async function press(selector) {
      await tabTo(selector);
      await browser.keys(Key.Enter);
    }

    before(async () => {
      europace = await startSpecSandbox("ergaenzen");
      const answer = await fetch(`${europace.base}/auth/token`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${btoa("sandbox:sandbox")}` },
        body: "grant_type=client_credentials",
      });
      token = (await answer.json()).access_token;
    });

    after(() => europace?.stop());

    it("lädt den gesendeten Vorgang, ergänzt ihn und ersetzt ihn erst nach Entscheidung des Konflikts", async () => {
      expect(baufiNummer).toEqual(expect.any(String));
      const nr = baufiNummer;
      const geladen = await call("GET", `/${nr}`);

      await browser.keys([Key.Alt, "3"]);
      await tabTo("[data-testid='vorgangsnummer']");
      await type(nr);
      await press("[data-testid='kundenangaben-laden']");
      await $("[data-testid='ergaenzt-vorgang']").waitForDisplayed({ timeout: 20_000 });
      expect(await $("main h1").getText()).toBe("Kundenangaben ergänzen");
      // A case being completed is shown under Vorgänge, where it was loaded.
      expect(await $("nav button[aria-current='page']").getAttribute("data-place")).toBe("vorgang");
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
});
