// Small steps the specs share: waiting for the app, pressing keys, reading the screen.

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
