import path from "node:path";
import { Key } from "webdriverio";
import { pageTitle, waitForApp } from "./helpers.mjs";

describe("Einstellungen", () => {
  before(waitForApp);

  it("zeigt Version, Umgebung und Datenverzeichnis dieser Installation", async () => {
    await browser.keys([Key.Alt, "4"]);
    expect(await pageTitle()).toBe("Einstellungen");
    expect(await $("[data-testid='app-version']").getText()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await $("[data-testid='app-environment']").getText()).toMatch(/^Sandbox – /);
    // The app keeps its data below the XDG data dir this spec's session was given.
    const dataHome = path.join(process.env.LEADBRIDGE_E2E_HOME, ".local", "share");
    expect(await $("[data-testid='app-data-dir']").getText()).toBe(path.join(dataHome, "de.leadbridge.desktop"));
  });
});
