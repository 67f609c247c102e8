// Small steps the specs share: waiting for the app, pressing keys, reading the screen.

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { freePort } from "../ports.mjs";

/** Waits until the app has loaded its installation info (the environment badge shows). */
export async function waitForApp() {
  await $(".badge").waitForDisplayed({ timeout: 20_000 });
}

/** Presses one key (a WebDriver key name such as "Tab" or "Enter") `times` times. */
export async function press(key, times = 1) {
  for (let i = 0; i < times; i += 1) await browser.keys(key);
}

/** The visible text of the focused element. */
export async function focusedText() {
  return browser.execute(() => document.activeElement?.textContent?.trim() ?? "");
}

/** The heading of the open page. */
export async function pageTitle() {
  return $("main h1").getText();
}

/** Kills the app the hard way (SIGKILL, as a crash would) and starts it again in the same
 *  session home: whatever it had acknowledged must still be there. */
export async function killAndRestart() {
  const { execFileSync } = await import("node:child_process");
  execFileSync("pkill", ["-KILL", "-f", `^${process.env.LEADBRIDGE_APP}`]);
  try {
    await browser.deleteSession();
  } catch {
    // The app is already gone; the driver may say so.
  }
  await browser.reloadSession();
  await waitForApp();
}

/** Types into the form field bound to a JSON path of the API body. */
export async function typeInto(path, text) {
  await $(`[data-path='${path}']`).setValue(text);
}

/** Clicks "Senden" in the lead form's "Prüfen & Senden", scrolled into view first as a user
 *  scrolls: WebKitWebDriver does not scroll the app's inner scroll area to an element itself. */
export async function clickSend() {
  const button = await $("[data-section='pruefen'] button.primary");
  await browser.execute((el) => el.scrollIntoView({ block: "center" }), button);
  await button.click();
}

/** Records the body of every IPC response from now on (Tauri answers commands over fetch
 *  to its ipc: protocol on Linux); read them with `ipcResponses`. Call again after a restart. */
export async function recordIpc() {
  await browser.execute(() => {
    if (window.__ipcResponses) return;
    window.__ipcResponses = [];
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = typeof input === "string" ? input : input.url;
      if (url.startsWith("ipc:") || url.includes("ipc.localhost")) {
        window.__ipcResponses.push(await response.clone().text());
      }
      return response;
    };
  });
}

/** Every IPC response body recorded since `recordIpc`. */
export async function ipcResponses() {
  return browser.execute(() => window.__ipcResponses ?? []);
}

/** Waits until `selector`'s text satisfies `test`, for up to `timeout` ms. */
export async function waitForText(selector, test, timeout = 20_000) {
  let last = "";
  await browser.waitUntil(
    async () => {
      const element = await $(selector);
      if (!(await element.isExisting())) return false;
      last = await element.getText();
      return test(last);
    },
    { timeout, timeoutMsg: `${selector} never showed the expected text (last: "${last}")` },
  );
  return last;
}

/** Captures a small Ratenkredit in "Neuer Lead", sends it to the Sandbox and returns the
 *  Vorgangsnummer shown in the result. */
export async function sendRatenkredit(vorname, nachname, kreditbetrag = "12000", laufzeit = "48") {
  await browser.keys([Key.Alt, "2"]);
  await typeInto("antragsteller1.personendaten.vorname", vorname);
  await typeInto("antragsteller1.personendaten.nachname", nachname);
  await typeInto("kundenbetreuer.partnerId", "ABC12");
  await typeInto("finanzbedarf.finanzierungswunsch.kreditbetrag", kreditbetrag);
  await typeInto("finanzbedarf.finanzierungswunsch.laufzeitInMonaten", laufzeit);
  await waitForText("[data-testid='save-status']", (t) => t.startsWith("Gespeichert um"));
  await clickSend();
  const result = $("[data-testid='submit-result']");
  await result.waitForDisplayed({ timeout: 30_000 });
  const [, nummer] = (await result.getText()).match(/Gesendet: Vorgang (\S+)/) ?? [];
  expect(nummer).toBeTruthy();
  return nummer;
}

/** A second sandbox process on the app's own state file (`leadbridge sandbox --port`), for
 *  what a spec does at "Europace" itself: admin endpoints, a colleague's change. */
export async function startSpecSandbox(name) {
  const home = process.env.LEADBRIDGE_E2E_HOME;
  const log = path.join(path.dirname(process.env.LEADBRIDGE_E2E_DRIVER_LOG), `sandbox-${name}-${path.basename(home)}.log`);
  const port = await freePort();
  const cli = path.join(path.dirname(process.env.LEADBRIDGE_APP), "leadbridge");
  const child = spawn(cli, ["sandbox", "--port", String(port)], {
    env: { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, ".local", "share") },
    stdio: ["ignore", fs.openSync(log, "w"), fs.openSync(log, "a")],
  });
  const base = `http://127.0.0.1:${port}`;
  await browser.waitUntil(
    async () => {
      try {
        return (await fetch(`${base}/_admin/faults`)).ok;
      } catch {
        return false;
      }
    },
    { timeout: 15_000, timeoutMsg: "the spec's sandbox did not start" },
  );
  return { base, stop: () => child.kill("SIGINT") };
}
