// Statuswache: a sent lead's Vorgang is read in the background; when the bank moves
// (`leadbridge sandbox advance` on the app's own sandbox state), the badge on "Vorgänge" and
// the highlighted status in the open viewer appear without anyone touching the app. The app
// reads every 2 seconds here (LEADBRIDGE_STATUSWACHE_SEKUNDEN, see wdio.conf.mjs); the
// viewer's own refresh stays at its default of 60 seconds, so what changes on screen within
// the spec's few seconds was read by the Statuswache. A stand-in notification server on the
// app's session bus receives the desktop notification and clicks it.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { screenshot } from "./form.mjs";
import { sendRatenkredit, waitForApp, waitForText } from "./helpers.mjs";

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

/** A notification server on the app's own session bus (the headless session has none):
 *  `tests/e2e/notification-server` records every notification and clicks one on request. */
function startNotificationServer() {
  const [pid] = execFileSync("pgrep", ["-f", `^${process.env.LEADBRIDGE_APP}`], { encoding: "utf8" }).trim().split("\n");
  const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
  const address = environ.find((e) => e.startsWith("DBUS_SESSION_BUS_ADDRESS="))?.slice("DBUS_SESSION_BUS_ADDRESS=".length);
  expect(address).toBeTruthy();
  const server = spawn(path.join(path.dirname(process.env.LEADBRIDGE_APP), "notification-server"), {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const shown = [];
  let rest = "";
  server.stdout.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    shown.push(...lines.filter(Boolean).map((line) => JSON.parse(line)));
  });
  return {
    shown,
    ready: () => browser.waitUntil(() => shown.some((n) => n.ready), { timeout: 5_000, timeoutMsg: "the notification server did not start" }),
    /** A click on the notification itself, as the user makes it. */
    click: (id) => server.stdin.write(`${id} default\n`),
    stop: () => server.kill(),
  };
}

let notifications;

/** The notification about Vorgang `nr` whose body mentions `text`. */
async function notificationAbout(nr, text) {
  let found;
  await browser.waitUntil(
    () => (found = notifications.shown.find((n) => n.summary === `Neues zu Vorgang ${nr} (Wanda Wache)` && n.body.includes(text))),
    { timeout: 5_000, timeoutMsg: `no notification about ${nr} saying ${text}: ${JSON.stringify(notifications.shown)}` },
  );
  return found;
}

describe("Statuswache", () => {
  let nr;

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
    await browser.execute((el) => el.scrollIntoView({ block: "center" }), await $(form));
    await screenshot("statuswache-einstellungen");
  });

  it("liest einen gesendeten Vorgang im Hintergrund", async () => {
    nr = await sendRatenkredit("Wanda", "Wache", "12000", "48");

    // Nobody opens the Vorgang: the list learns its status from the Statuswache.
    await browser.keys([Key.Alt, "3"]);
    await waitForText(row(nr), (t) => t.includes("noch nicht bearbeitet"), 15_000);
    expect(await $(badge).isExisting()).toBe(false);
  });

  it("zeigt Badge und markierten Status im offenen Vorgang, ohne dass jemand klickt", async () => {
    await $(row(nr)).$("button=Anzeigen").click();
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));

    notifications = startNotificationServer();
    await notifications.ready();
    advance(nr);
    const status = `[data-antrag='${nr}/1/1'] [data-testid='antrag-status']`;
    await waitForText(status, (t) => t.includes("Status geändert"), 15_000);
    expect(await $(status).getText()).toContain("vom Kunden unterschrieben");
    await waitForText(badge, (t) => t === "1", 5_000);
    expect(await $("nav button[data-place='vorgang']").getText()).toContain("Vorgänge");
    const notification = await notificationAbout(nr, `Antrag ${nr}/1/1: Kunde „vom Kunden unterschrieben“ (vorher „beantragt“)`);
    expect(notification.body.split("\n")).toHaveLength(1);
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

  it("öffnet den Vorgang, wenn der Berater auf die Benachrichtigung klickt", async () => {
    const notification = await notificationAbout(nr, "Bank „von der Bank unterschrieben“");
    await browser.keys([Key.Alt, "1"]);
    expect(await $("main h1").getText()).toBe("Entwürfe");
    notifications.click(notification.id);
    await $(`[data-testid='vorgang-viewer'][data-vorgang='${nr}']`).waitForDisplayed({ timeout: 5_000 });
    expect(await $("main h1").getText()).toBe("Vorgänge");
    const status = `[data-antrag='${nr}/1/1'] [data-testid='antrag-status']`;
    await waitForText(status, (t) => t.includes("Status geändert") && t.includes("von der Bank unterschrieben"));
  });
});

function row(nr) {
  return `[data-testid='vorgaenge'] tr[data-vorgang='${nr}']`;
}
