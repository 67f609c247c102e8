import { Key } from "webdriverio";
import { killAndRestart, pageTitle, waitForApp } from "./helpers.mjs";

describe("Zugangsdaten", () => {
  before(waitForApp);

  it("legt Geheimnisse in den Schlüsselbund und zeigt nach einem Neustart nur „gesetzt“", async () => {
    await browser.keys([Key.Alt, "4"]);
    expect(await pageTitle()).toBe("Einstellungen");
    const form = $("form.access[data-environment='Test']");
    await form.$("input[name='clientId']").setValue("leadbridge-test-client");
    await form.$("input[name='partnerId']").setValue("ABC12");
    await form.$("input[name='clientSecret']").setValue("e2e-geheimnis-1234567890");
    await form.$("button[type='submit']").click();
    await $("[data-testid='secret-Test']").waitUntil(async function () {
      return (await this.getText()).startsWith("Client-Secret: gesetzt");
    });
    expect(await $("[data-testid='jwt-Test']").getText()).toContain("nicht gesetzt");

    await killAndRestart();
    await $("button[data-place='einstellungen']").click();
    expect(await pageTitle()).toBe("Einstellungen");
    const secret = $("[data-testid='secret-Test']");
    await secret.waitUntil(async function () {
      return (await this.getText()).startsWith("Client-Secret: gesetzt");
    });
    const again = $("form.access[data-environment='Test']");
    await expect(again.$("input[name='clientId']")).toHaveValue("leadbridge-test-client");
    // The secret itself never comes back into the page.
    expect(await again.$("input[name='clientSecret']").getValue()).toBe("");
    expect(await browser.execute(() => document.body.innerHTML.includes("e2e-geheimnis"))).toBe(false);

    await secret.$("button=Löschen").click();
    await secret.waitUntil(async function () {
      return (await this.getText()).includes("nicht gesetzt");
    });
  });

  it("weist eine ungültige Partner-ID auf Deutsch ab", async () => {
    const form = $("form.access[data-environment='Produktion']");
    await form.$("input[name='partnerId']").setValue("abc 12");
    await form.$("button[type='submit']").click();
    const alert = $("[role='alert']");
    await alert.waitForDisplayed();
    expect(await alert.getText()).toContain("ist keine Partner-ID");
  });
});
