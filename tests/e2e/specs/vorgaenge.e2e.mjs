// Vorgänge: send a lead, follow its Vorgang in the viewer, watch the bank move. A second
// sandbox process on the app's own state file (`leadbridge sandbox --port`) serves the admin
// endpoints that add Anträge and advance them, as a Produktanbieter would.
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { sendRatenkredit, startSpecSandbox, waitForApp, waitForText } from "./helpers.mjs";

const screens = path.resolve(import.meta.dirname, "../../../test-output/screens");
let sandbox;
let admin;

/** A sandbox on the app's state file, for its admin endpoints. */
async function startAdminSandbox() {
  sandbox = await startSpecSandbox("vorgaenge");
  admin = `${sandbox.base}/_admin`;
}

async function adminPost(route, body) {
  const response = await fetch(`${admin}${route}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
}

function antrag(nr, n, bank, produkt, sollzins, rate, unterlagen) {
  return {
    antragsnummer: `${nr}/1/${n}`,
    letzteAenderungAm: "2026-12-03T09:15:00.000",
    antragstellerstatus: { status: "BEANTRAGT", letzteAenderungAm: "2026-12-03T09:15:00.000" },
    produktanbieterstatus: { status: n === 3 ? "ZURUECKGESTELLT" : "NICHT_BEARBEITET", letzteAenderungAm: "2026-12-03T09:15:00.000" },
    produkttyp: "RATENKREDIT",
    ratenkredit: { produktanbieterId: bank, produktbezeichnung: produkt, produktart: "RATENKREDIT" },
    gesamtkonditionen: {
      nettokreditbetrag: 15000.0,
      auszahlungsbetrag: 15000.0,
      gesamtkreditbetrag: Number((rate * 60).toFixed(2)),
      laufzeitInMonaten: 60,
      monatlicheRate: rate,
      sollzins,
      effektivzins: Number((sollzins + 0.12).toFixed(2)),
    },
    ratenschutz: { versicherteRisikenAntragsteller1: ["ARBEITSLOSIGKEIT", "LEBEN"], praemieMonatlich: 18.4 },
    benoetigteUnterlagen: unterlagen.map((unterlage) => ({ unterlage })),
  };
}

/** Saves a 1280x800 screenshot. The shared-memory renderer paints only when something
 *  changes, and WebKitWebDriver waits for a new frame: an invisible pixel that changes every
 *  frame keeps frames coming while the screenshot is taken. */
async function screenshot(name) {
  fs.mkdirSync(screens, { recursive: true });
  await browser.execute(() => {
    const pixel = document.createElement("div");
    pixel.id = "e2e-frame-pump";
    pixel.style.cssText = "position:fixed;right:0;bottom:0;width:1px;height:1px;opacity:0.01;pointer-events:none";
    document.body.append(pixel);
    const tick = () => {
      if (!pixel.isConnected) return;
      pixel.style.opacity = pixel.style.opacity === "0.01" ? "0.02" : "0.01";
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await browser.saveScreenshot(path.join(screens, name));
  await browser.execute(() => document.getElementById("e2e-frame-pump")?.remove());
}

describe("Vorgänge", () => {
  before(async () => {
    await waitForApp();
    await browser.setWindowSize(1280, 800);
  });

  after(() => sandbox?.stop());

  let nr;

  it("öffnet den Vorgang eines gesendeten Leads aus dem Editor und aus der Liste", async () => {
    // Refresh an open Vorgang every 5 seconds (Einstellungen).
    await browser.keys([Key.Alt, "4"]);
    await $("[data-testid='vorgang-intervall']").setValue("5");
    await $("button=Übernehmen").click();
    await $("span=Gespeichert; gilt ab dem nächsten geöffneten Vorgang.").waitForDisplayed();

    nr = await sendRatenkredit("Vera", "Vorgang", "15000", "60");

    // From the editor straight to the viewer.
    await $("[data-testid='vorgang-anzeigen']").click();
    expect(await $("main h1").getText()).toBe("Vorgänge");
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));
    expect(await $("#vorgang-title").getText()).toBe(`Vorgang ${nr} · Vera Vorgang`);
    expect(await $("[data-testid='vorgang-kopf']").getText()).toContain("Testumgebung");
    const first = $("[data-testid='antrag']");
    expect(await first.$("[data-testid='antrag-status']").getText()).toContain("beantragt");
    expect(await first.$("[data-testid='unterlagen']").getText()).toContain("Kopie des Personalausweises");
    expect(await first.getText()).toContain("5,99 %");

    // From the list, as a Berater finds it the next day.
    await $("button=← Alle Vorgänge").click();
    const row = $(`[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`);
    await row.waitForDisplayed();
    expect(await row.getText()).toContain("Vera Vorgang");
    expect(await row.getText()).toContain("noch nicht bearbeitet");
    await row.$("button=Anzeigen").click();
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));
  });

  it("zeigt neue Anträge mit Konditionen und Unterlagen, ohne dass jemand klickt", async () => {
    await startAdminSandbox();
    await adminPost(`/vorgang/${nr}/antraege`, antrag(nr, 2, "DKB01", "DKB Privatkredit", 4.49, 279.12, ["Gehaltsnachweise der letzten drei Monate", "Kopie des Personalausweises"]));
    await adminPost(`/vorgang/${nr}/antraege`, antrag(nr, 3, "TAR02", "Targo Ratenkredit", 6.19, 291.4, ["Selbstauskunft", "Kontoauszüge der letzten drei Monate", "Nachweis über Mieteinnahmen"]));
    await browser.waitUntil(async () => (await $$("[data-testid='antrag']").length) === 3, {
      timeout: 20_000,
      timeoutMsg: "the viewer never showed three Anträge",
    });
    const third = await $(`[data-antrag='${nr}/1/3']`).getText();
    expect(third).toContain("zurückgestellt");
    expect(third).toContain("neu");
    expect(await $(`[data-antrag='${nr}/1/2']`).getText()).toContain("4,49 %");
    await screenshot("vorgang-drei-antraege.png");
  });

  it("markiert die Unterschrift des Kunden von selbst", async () => {
    await adminPost(`/vorgang/${nr}/antraege/advance`);
    const status = `[data-antrag='${nr}/1/1'] [data-testid='antrag-status']`;
    await waitForText(status, (t) => t.includes("Status geändert"), 20_000);
    expect(await $(status).getText()).toContain("vom Kunden unterschrieben");
  });

  it("sendet zwei Kommentare auf einmal und listet sie mit Ergebnis", async () => {
    await $("[data-testid='kommentar-text']").setValue("Kunde wünscht Rückruf ab 17 Uhr");
    await $("button=Weiterer Kommentar").click();
    await $$("[data-testid='kommentar-text']")[1].setValue("Gehaltsnachweis folgt per Post");
    await $("button=Kommentare senden").click();
    const list = await waitForText("[data-testid='kommentar-liste']", (t) => t.includes("Gehaltsnachweis folgt per Post"));
    expect(list).toContain("Kunde wünscht Rückruf ab 17 Uhr");
    expect(list.match(/gesendet/g)?.length).toBe(2);
    const state = await (await fetch(`${admin}/state`)).json();
    const texts = state.vorgaenge[nr].kommentare.map((k) => k.text);
    expect(texts).toEqual(expect.arrayContaining(["Kunde wünscht Rückruf ab 17 Uhr", "Gehaltsnachweis folgt per Post"]));
  });

  it("listet den Vorgang mit dem letzten Stand", async () => {
    await $("button=← Alle Vorgänge").click();
    const row = $(`[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`);
    await row.waitForDisplayed();
    expect(await row.getText()).toContain("zurückgestellt");
    await screenshot("vorgaenge-liste.png");
  });

  it("sagt in der Liste, dass ein archivierter Vorgang nur noch täglich abgerufen wird", async () => {
    const response = await fetch(`${admin}/vorgang/${nr}/export-extras`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vorgangsstatus: { status: "ARCHIVIERT" } }),
    });
    expect(response.status).toBeLessThan(300);
    const row = $(`[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`);
    await row.$("button=Anzeigen").click();
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));
    await $("button=← Alle Vorgänge").click();
    await waitForText(`[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`, (t) => t.includes("Vorgang archiviert · wird einmal täglich abgerufen"));
    await screenshot("vorgaenge-liste-archiviert.png");
  });
});
