// Echtgeschäft is visible everywhere: the brand colour turns red in the top bar, the
// navigation, the buttons and the window frame.
import { waitForApp } from "./helpers.mjs";

const red = "rgb(142, 27, 27)";

async function colour(selector, property) {
  return browser.execute((s, p) => getComputedStyle(document.querySelector(s))[p], selector, property);
}

describe("Produktion", () => {
  before(waitForApp);

  it("färbt Kopfzeile, Navigation, Schaltflächen und Fensterrahmen rot", async () => {
    expect(await $(".badge").getText()).toBe("Produktion");
    expect(await colour(".topbar", "backgroundColor")).toBe(red);
    expect(await colour(".shell", "borderLeftColor")).toBe("rgb(198, 40, 40)");
    expect(await colour("nav button[aria-current='page']", "backgroundColor")).toBe("rgb(251, 227, 227)");
    await $("button[data-place='einstellungen']").click();
    await $("form.access button[type='submit']").waitForDisplayed();
    expect(await colour("form.access button[type='submit']", "backgroundColor")).toBe(red);
  });
});
