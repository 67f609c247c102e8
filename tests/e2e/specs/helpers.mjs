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
