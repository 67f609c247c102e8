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
