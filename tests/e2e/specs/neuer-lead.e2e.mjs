// Neuer Lead in the form engine: a complete Ratenkredit typed with the keyboard alone, sent to
// the Sandbox and compared field by field with what the Sandbox stored; wrong values refused
// with German messages at their fields; a screenshot of every section.
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { enter, leaves, screenshot, type, valueAt } from "./form.mjs";
import { waitForApp } from "./helpers.mjs";

const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/ratenkredit-vollstaendig.json"), "utf8"));

/** What the Sandbox stored for a Vorgang (it shares the app's data directory). */
function storedVorgang(nummer) {
  const file = path.join(process.env.LEADBRIDGE_E2E_HOME, ".local", "share", "de.leadbridge.desktop", "sandbox.json");
  return JSON.parse(fs.readFileSync(file, "utf8")).vorgaenge[nummer];
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
    await browser.waitUntil(
      () => browser.execute(() => document.querySelector("[data-testid='save-status']").textContent.startsWith("Gespeichert um")),
      { timeoutMsg: "Der Entwurf wurde nicht gespeichert" },
    );

    for (const id of ["antragsteller1", "antragsteller2", "haushalt", "finanzbedarf", "betreuung"]) {
      await browser.execute((s) => document.querySelector(`[data-section='${s}']`).scrollIntoView(), id);
      await screenshot(`neuer-lead-${id}`);
    }

    await toSection("pruefen");
    await browser.keys([Key.Ctrl, Key.Enter]);
    const result = $("[data-testid='submit-result']");
    await result.waitForDisplayed({ timeout: 30_000 });
    await screenshot("neuer-lead-gesendet");
    expect(await result.getAttribute("data-state")).toBe("Gesendet");
    const [, nummer] = (await result.getText()).match(/Gesendet: Vorgang (\S+)/) ?? [];

    const stored = storedVorgang(nummer).daten;
    const differences = leaves(fixture)
      .filter(([at, value]) => valueAt(stored, at) !== value)
      .map(([at, value]) => `${at}: gesendet ${JSON.stringify(value)}, gespeichert ${JSON.stringify(valueAt(stored, at))}`);
    expect(differences).toEqual([]);
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

    await $("button=Senden").click();
    const alert = $("[role='alert']");
    await alert.waitForDisplayed();
    expect(await alert.getText()).toContain("Fehler");
    await expect($("[data-testid='submit-result']")).not.toBeExisting();
  });
});
