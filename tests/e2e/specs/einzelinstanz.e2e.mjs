// A second start in the same user session (same HOME, same D-Bus session bus) hands over to
// the running window and exits: one process remains, it keeps working, nothing turns Unklar.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { Key } from "webdriverio";
import { typeInto, waitForApp, waitForText } from "./helpers.mjs";

const app = process.env.LEADBRIDGE_APP;
const home = process.env.LEADBRIDGE_E2E_HOME;

/** The environment of a process, from /proc. */
function environOf(pid) {
  const pairs = fs.readFileSync(`/proc/${pid}/environ`, "latin1").split("\0").filter(Boolean);
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
}

/** The Leadbridge processes of this spec's home (the app started by tauri-driver). */
function instances() {
  const resolved = fs.realpathSync(app);
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/exe`) === resolved && environOf(pid).HOME === home;
      } catch {
        return false; // gone, or not ours to read
      }
    });
}

describe("Einzelinstanz", () => {
  it("holt beim zweiten Start das laufende Fenster nach vorn und beendet sich", async () => {
    await waitForApp();
    // A draft of the first instance, so there is something a second one could disturb.
    await browser.keys([Key.Alt, "2"]);
    await typeInto("antragsteller1.personendaten.vorname", "Jördis");
    await typeInto("antragsteller1.personendaten.nachname", "Müller");
    await waitForText("[data-testid='save-status']", (t) => t.startsWith("Gespeichert um"));
    await $("button[data-place='entwuerfe']").click();
    const row = "[data-testid='drafts'] tbody tr:first-child";
    await waitForText(row, (t) => t.includes("Müller, Jördis"));

    const first = instances();
    expect(first).toHaveLength(1);
    // Started as a second double click would: the same user, home and session bus.
    const second = spawn(app, [], { env: environOf(first[0]), stdio: "ignore" });
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the second start did not exit")), 20_000);
      second.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(0);
    expect(instances()).toEqual(first);

    // The running instance was told and raised its window, and it still works.
    await browser.waitUntil(
      () => fs.readFileSync(process.env.LEADBRIDGE_E2E_DRIVER_LOG, "utf8").includes("zweiter Start, Fenster nach vorn geholt"),
      { timeout: 10_000, timeoutMsg: "the running instance was not told of the second start" },
    );
    await browser.refresh();
    await waitForApp();
    await $("button[data-place='entwuerfe']").click();
    const text = await waitForText(row, (t) => t.includes("Müller, Jördis"));
    expect(text).not.toContain("Unklar");
    expect(await $("[data-testid='queue-unclear']").isExisting()).toBe(false);
  });
});
