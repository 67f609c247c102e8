import { Key } from "webdriverio";
import { focusedText, pageTitle, press, waitForApp } from "./helpers.mjs";

const places = ["Entwürfe", "Neuer Lead", "Vorgänge", "Einstellungen"];

describe("Hauptfenster", () => {
  before(waitForApp);

  it("öffnet mit dem Titel Leadbridge und der deutschen Navigation", async () => {
    expect(await browser.getTitle()).toBe("Leadbridge");
    const labels = await $$("nav[aria-label='Hauptnavigation'] button").map((b) => b.getText());
    expect(labels).toEqual(places);
    expect(await pageTitle()).toBe("Entwürfe");
  });

  it("zeigt die Umgebung Sandbox an", async () => {
    expect(await $(".badge").getText()).toBe("Sandbox");
  });

  it("führt die Tab-Reihenfolge durch die Navigation", async () => {
    await browser.refresh();
    await waitForApp();
    for (const place of places) {
      await press(Key.Tab);
      expect(await focusedText()).toBe(place);
    }
  });

  it("erreicht jeden Ort per Tab und Enter", async () => {
    for (const [index, place] of places.entries()) {
      await browser.refresh();
      await waitForApp();
      await press(Key.Tab, index + 1);
      expect(await focusedText()).toBe(place);
      await press(Key.Enter);
      expect(await pageTitle()).toBe(place);
      expect(await focusedText()).toBe(place);
    }
  });

  it("erreicht jeden Ort mit Alt+Ziffer und kehrt mit Esc in die Navigation zurück", async () => {
    for (const [index, place] of places.entries()) {
      await browser.keys([Key.Alt, String(index + 1)]);
      expect(await pageTitle()).toBe(place);
      await press(Key.Escape);
      expect(await focusedText()).toBe(place);
    }
  });
});
