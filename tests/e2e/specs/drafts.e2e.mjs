import { Key } from "webdriverio";
import { killAndRestart, pageTitle, typeInto, waitForApp } from "./helpers.mjs";

describe("Entwürfe", () => {
  before(waitForApp);

  it("übersteht einen Absturz mitten im Tippen", async () => {
    await browser.keys([Key.Alt, "2"]);
    expect(await pageTitle()).toBe("Neuer Lead");
    await typeInto("antragsteller1.personendaten.vorname", "Anna");
    await typeInto("antragsteller1.personendaten.nachname", "Muster");
    await $("[data-testid='save-status']").waitUntil(
      async function () {
        return (await this.getText()).startsWith("Gespeichert um");
      },
      { timeout: 5_000, timeoutMsg: "Autosave hat nicht gespeichert" },
    );
    // More typing that the crash may cut off: only what was acknowledged must survive.
    await typeInto("antragsteller1.personendaten.email", "anna@example.org");
    await killAndRestart();

    expect(await pageTitle()).toBe("Entwürfe");
    const row = $("[data-testid='drafts'] tbody tr");
    await row.waitForDisplayed({ timeout: 5_000 });
    expect(await row.$("td.title").getText()).toBe("Muster, Anna");
  });

  it("öffnet, prüft, dupliziert, sucht und löscht einen Entwurf", async () => {
    await $("button=Öffnen").click();
    expect(await pageTitle()).toBe("Entwurf bearbeiten");
    // The open draft belongs to „Entwürfe“.
    expect(await $("nav button[aria-current='page']").getAttribute("data-place")).toBe("entwuerfe");
    await expect($("[data-path='antragsteller1.personendaten.vorname']")).toHaveValue("Anna");
    await expect($("[data-path='antragsteller1.personendaten.nachname']")).toHaveValue("Muster");
    await typeInto("haushalt.kontoverbindung.iban", "DE00123456780000000000");
    await $("button=Prüfen").click();
    const findings = $("[data-testid='findings']");
    await findings.waitForDisplayed();
    expect(await findings.getText()).toMatch(/\d+ Fehler/);
    // Leadbridge's own check, at the field, in its one wording.
    const atIban = await $$("[data-finding-path='haushalt.kontoverbindung.iban']").map((finding) => finding.getText());
    expect(atIban).toEqual(["`DE00123456780000000000` ist keine gültige IBAN: die Prüfziffer stimmt nicht (Tippfehler?)."]);
    expect(await $$("[data-testid='local-message']").length).toBe(0);
    // „Neuer Lead“ leaves the draft for an empty form.
    await browser.keys([Key.Alt, "2"]);
    expect(await pageTitle()).toBe("Neuer Lead");
    await expect($("[data-path='antragsteller1.personendaten.vorname']")).toHaveValue("");
    expect(await $("nav button[aria-current='page']").getAttribute("data-place")).toBe("neuer-lead");

    await $("button[data-place='entwuerfe']").click();
    await $("button=Duplizieren").click();
    await browser.waitUntil(async () => (await $$("[data-testid='drafts'] tbody tr").length) === 2, {
      timeoutMsg: "Das Duplikat erscheint nicht in der Liste",
    });
    await $("[data-testid='draft-search']").setValue("zzz");
    await $(".empty").waitForDisplayed();
    await $("[data-testid='draft-search']").setValue("muster");
    await browser.waitUntil(async () => (await $$("[data-testid='drafts'] tbody tr").length) === 2);

    await $("button=Löschen").click();
    await $("button=Ja, löschen").click();
    await browser.waitUntil(async () => (await $$("[data-testid='drafts'] tbody tr").length) === 1, {
      timeoutMsg: "Der gelöschte Entwurf steht noch in der Liste",
    });
  });
});
