import { Key } from "webdriverio";
import { clickSend, killAndRestart, typeInto, waitForApp } from "./helpers.mjs";

describe("Senden", () => {
  before(waitForApp);

  it("erfasst offline, übersteht einen Neustart und sendet an die Sandbox", async () => {
    await browser.keys([Key.Alt, "2"]);
    await typeInto("antragsteller1.personendaten.vorname", "Sven");
    await typeInto("antragsteller1.personendaten.nachname", "Sendler");
    await $("[data-testid='save-status']").waitUntil(async function () {
      return (await this.getText()).startsWith("Gespeichert um");
    });
    await killAndRestart();

    await $("button=Öffnen").click();
    await expect($("[data-path='antragsteller1.personendaten.nachname']")).toHaveValue("Sendler");
    // Without the Kundenbetreuer's partnerId Europace would refuse the lead: the app says so first.
    await clickSend();
    const alert = $("[role='alert']");
    await alert.waitForDisplayed();
    expect(await alert.getText()).toContain("Fehler");

    await typeInto("kundenbetreuer.partnerId", "ABC12");
    await clickSend();
    const result = $("[data-testid='submit-result']");
    await result.waitForDisplayed({ timeout: 30_000 });
    expect(await result.getAttribute("data-state")).toBe("Gesendet");
    const [, nummer] = (await result.getText()).match(/Gesendet: Vorgang (\S+)/) ?? [];
    expect(nummer).toBeTruthy();

    await $("button[data-place='entwuerfe']").click();
    const row = $("[data-testid='drafts'] tbody tr");
    await row.waitForDisplayed();
    expect(await row.$("td:nth-child(3)").getText()).toBe(`Gesendet (${nummer})`);
  });
});
