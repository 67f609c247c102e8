// Statuswache: a sent lead's Vorgang is read in the background; when the bank moves
// (`leadbridge sandbox advance` on the app's own sandbox state), the badge on "Vorgänge" and
// the highlighted status in the open viewer appear without anyone touching the app. The app
// reads every 2 seconds here (LEADBRIDGE_STATUSWACHE_SEKUNDEN, see wdio.conf.mjs); the
// viewer's own refresh stays at its default of 60 seconds, so what changes on screen within
// the spec's few seconds was read by the Statuswache.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { screenshot } from "./form.mjs";
import { clickSend, typeInto, waitForApp, waitForText } from "./helpers.mjs";

const home = process.env.LEADBRIDGE_E2E_HOME;

/** Moves the Vorgang's Anträge one status further, as the bank would. */
function advance(nr) {
  const cli = path.join(path.dirname(process.env.LEADBRIDGE_APP), "leadbridge");
  execFileSync(cli, ["sandbox", "advance", nr], {
    env: { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, ".local", "share") },
    stdio: "ignore",
  });
}

const badge = "[data-testid='vorgaenge-badge']";

/** Records every desktop notification the app sends: `dbus-monitor` on the app's own session
 *  bus sees the `Notify` calls (the headless session has no notification server to show them). */
function watchNotifications() {
  const [pid] = execFileSync("pgrep", ["-f", `^${process.env.LEADBRIDGE_APP}`], { encoding: "utf8" }).trim().split("\n");
  const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
  const address = environ.find((e) => e.startsWith("DBUS_SESSION_BUS_ADDRESS="))?.slice("DBUS_SESSION_BUS_ADDRESS=".length);
  expect(address).toBeTruthy();
  const monitor = spawn("dbus-monitor", ["--address", address, "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"]);
  let seen = "";
  monitor.stdout.on("data", (chunk) => (seen += chunk));
  return { seen: () => seen, stop: () => monitor.kill() };
}

describe("Statuswache", () => {
  let nr;
  let notifications;

  after(() => notifications?.stop());

  before(async () => {
    await waitForApp();
    await browser.setWindowSize(1280, 800);
  });

  it("nimmt unter Einstellungen nur ein erlaubtes Intervall an", async () => {
    await browser.keys([Key.Alt, "4"]);
    const field = $("[data-testid='statuswache-intervall']");
    await waitForText("#statuswache-title", (t) => t === "Statuswache");
    expect(await field.getValue()).toBe("300");
    const form = "section[aria-labelledby='statuswache-title']";
    await field.setValue("30");
    await $(`${form} button`).click();
    await waitForText(`${form} [role='alert']`, (t) => t.includes("zwischen 60 und 86400"));
    await field.setValue("120");
    await $(`${form} button`).click();
    await waitForText(`${form} [role='status']`, (t) => t === "Gespeichert; gilt ab sofort.");
    expect(await $(`${form} [role='alert']`).isExisting()).toBe(false);
  });

  it("liest einen gesendeten Vorgang im Hintergrund", async () => {
    await browser.keys([Key.Alt, "2"]);
    await typeInto("antragsteller1.personendaten.vorname", "Wanda");
    await typeInto("antragsteller1.personendaten.nachname", "Wache");
    await typeInto("kundenbetreuer.partnerId", "ABC12");
    await typeInto("finanzbedarf.finanzierungswunsch.kreditbetrag", "12000");
    await typeInto("finanzbedarf.finanzierungswunsch.laufzeitInMonaten", "48");
    await waitForText("[data-testid='save-status']", (t) => t.startsWith("Gespeichert um"));
    await clickSend();
    const result = $("[data-testid='submit-result']");
    await result.waitForDisplayed({ timeout: 30_000 });
    [, nr] = (await result.getText()).match(/Gesendet: Vorgang (\S+)/) ?? [];
    expect(nr).toBeTruthy();

    // Nobody opens the Vorgang: the list learns its status from the Statuswache.
    await browser.keys([Key.Alt, "3"]);
    await waitForText(row(nr), (t) => t.includes("noch nicht bearbeitet"), 15_000);
    expect(await $(badge).isExisting()).toBe(false);
  });

  it("zeigt Badge und markierten Status im offenen Vorgang, ohne dass jemand klickt", async () => {
    await $(row(nr)).$("button=Anzeigen").click();
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));

    notifications = watchNotifications();
    await browser.pause(500);
    advance(nr);
    const status = `[data-antrag='${nr}/1/1'] [data-testid='antrag-status']`;
    await waitForText(status, (t) => t.includes("Status geändert"), 15_000);
    expect(await $(status).getText()).toContain("vom Kunden unterschrieben");
    await waitForText(badge, (t) => t === "1", 5_000);
    expect(await $("nav button[data-place='vorgang']").getText()).toContain("Vorgänge");
    await browser.waitUntil(() => notifications.seen().includes(`Neues zu Vorgang ${nr} (Wanda Wache)`), {
      timeout: 5_000,
      timeoutMsg: `no notification about ${nr}; the bus saw: ${notifications.seen()}`,
    });
    expect(notifications.seen()).toContain(`Antrag ${nr}/1/1: Kunde „vom Kunden unterschrieben“ (vorher „beantragt“)`);
    await screenshot("statuswache-viewer");
  });

  it("löscht das Badge, sobald der Berater hineingesehen hat, und zeigt die nächste Änderung in der Liste", async () => {
    await $("button=← Alle Vorgänge").click();
    await $(badge).waitForExist({ reverse: true, timeout: 5_000 });
    expect(await $(row(nr)).getText()).not.toContain("Neu");

    advance(nr);
    await waitForText(row(nr), (t) => t.includes("von der Bank unterschrieben") && t.includes("Neu"), 15_000);
    await waitForText(badge, (t) => t === "1", 5_000);
    await screenshot("statuswache-badge");
  });
});

function row(nr) {
  return `[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`;
}
