// Filling the lead form as a keyboard user does: Tab to a field, type, Enter on buttons. Every
// step is a real key press sent to WebKit; the page is only read, never written, by scripts.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";

const screens = path.resolve(import.meta.dirname, "../../../test-output/screens");

/** Moves the focus to the element matching `selector` with Tab or Shift+Tab only. */
export async function tabTo(selector) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const distance = await browser.execute((s) => {
      // The visible elements Tab stops at, in document order (WebKitGTK also stops at buttons).
      const stops = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
      const all = [...document.querySelectorAll(stops)].filter(
        (el) => !el.matches(":disabled") && el.getClientRects().length > 0 && el.tabIndex >= 0,
      );
      const target = document.querySelector(s);
      if (!target) return null;
      if (document.activeElement === target) return 0;
      const from = all.indexOf(document.activeElement);
      const to = all.indexOf(target);
      return to < 0 ? null : to - Math.max(from, -1);
    }, selector);
    if (distance === null) throw new Error(`no tab stop ${selector}`);
    if (distance === 0) return;
    const key = distance > 0 ? [Key.Tab] : [Key.Shift, Key.Tab];
    for (let i = 0; i < Math.abs(distance); i += 1) await browser.keys(key);
  }
  const focused = await browser.execute(() => document.activeElement?.outerHTML.slice(0, 160));
  throw new Error(`Tab never reached ${selector}; focus is on ${focused}`);
}

/** Opens whatever hides the input for `path`, then Tabs to it. */
export async function reach(fieldPath) {
  const selector = `[data-path='${fieldPath}']`;
  for (let round = 0; round < 6; round += 1) {
    if (await $(selector).isExisting()) return tabTo(selector);
    // What has to be opened or added, by keyboard, before the input exists: a section's add
    // button, a list's add button, a closed list entry, or a closed "Weitere Angaben".
    const blocker = await browser.execute((target) => {
      const steps = target.split(/\.|(?=\[)/);
      for (let n = steps.length - 1; n > 0; n -= 1) {
        const prefix = steps.slice(0, n).join(".").replaceAll(".[", "[");
        const group = document.querySelector(`[data-group='${prefix}']`);
        if (!group) continue;
        if (group.classList.contains("list")) return `[data-group='${prefix}'] > button.add`;
        if (group.classList.contains("entry-closed")) return `[data-group='${prefix}'] .entry-opener > summary`;
        if (group.querySelector(":scope > details.more:not([open])")) return `[data-group='${prefix}'] > details.more > summary`;
        return null;
      }
      return document.querySelector(`[data-section='${steps[0]}'] button.add`) ? `[data-section='${steps[0]}'] button.add` : null;
    }, fieldPath);
    if (!blocker) break;
    await tabTo(blocker);
    await browser.keys(Key.Enter);
  }
  if (!(await $(selector).isExisting())) throw new Error(`no input for ${fieldPath}`);
  return tabTo(selector);
}

const amount = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 4 });
const country = new Intl.DisplayNames(["de"], { type: "region" });

/** What a German user types for a value of the given format. */
function typed(value, format) {
  if (format === "amount") return amount.format(value);
  if (format === "percent") return decimal.format(value);
  if (format === "integer") return String(value);
  if (format === "date") return value.split("-").reverse().join(".");
  if (format === "iban") return value.replace(/(.{4})/g, "$1 ").trim().toLowerCase();
  return String(value);
}

/** Types text key by key. WebKitWebDriver drops the second of two equal keys sent in one
 *  sequence ("Müller" arrives as "Müler"), so a doubled letter starts a new sequence. */
export async function type(text) {
  for (const chunk of splitDoubles(text)) await browser.keys(chunk);
}

function splitDoubles(text) {
  const chunks = [""];
  for (const ch of text) {
    if (chunks[chunks.length - 1].endsWith(ch)) chunks.push("");
    chunks[chunks.length - 1] += ch;
  }
  return chunks;
}

/** Enters `value` into the field for `fieldPath` with the keyboard alone. */
export async function enter(fieldPath, value) {
  const listOfChoices = /\[\d+\]$/.test(fieldPath) && (await $(`[data-path='${fieldPath.replace(/\[\d+\]$/, "")}:${value}']`).isExisting());
  if (listOfChoices) {
    await tabTo(`[data-path='${fieldPath.replace(/\[\d+\]$/, "")}:${value}']`);
    await browser.keys(Key.Space);
    return;
  }
  await reach(fieldPath);
  const kind = await browser.execute(() => {
    const el = document.activeElement;
    return el.tagName === "SELECT" ? "select" : el.getAttribute("role") === "combobox" ? "country" : (el.dataset.format ?? "text");
  });
  if (kind === "select") {
    const wanted = value === true ? "ja" : value === false ? "nein" : String(value);
    const moves = await browser.execute((v) => {
      const select = document.activeElement;
      const to = [...select.options].findIndex((o) => o.value === v);
      return to < 0 ? null : to - select.selectedIndex;
    }, wanted);
    if (moves === null) throw new Error(`${fieldPath} offers no ${wanted}`);
    for (let i = 0; i < Math.abs(moves); i += 1) await browser.keys(moves > 0 ? Key.ArrowDown : Key.ArrowUp);
  } else if (kind === "country") {
    await type(country.of(value).slice(0, 6));
    await browser.keys(Key.ArrowDown);
    await browser.keys(Key.ArrowUp);
    await browser.keys(Key.Enter);
  } else {
    await type(typed(value, kind));
  }
  // Tab leaves the field as a user does; that is when its findings appear.
  await browser.keys(Key.Tab);
}

/** Every leaf of a body with its path, in the body's order. */
export function leaves(value, at = "") {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => (item !== null && typeof item === "object" ? leaves(item, `${at}[${i}]`) : [[`${at}[${i}]`, item]]));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, at ? `${at}.${key}` : key));
  }
  return [[at, value]];
}

/** The value at a path of a JSON body. */
export function valueAt(body, at) {
  return at
    .split(/\.|(?=\[)/)
    .map((step) => (step.startsWith("[") ? Number(step.slice(1, -1)) : step))
    .reduce((node, step) => (node === undefined || node === null ? undefined : node[step]), body);
}

/** A screenshot of the whole 1280×800 screen, taken by the X server: it does not depend on the
 *  WebView painting a new frame for WebDriver. */
export async function screenshot(name) {
  await browser.execute(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  fs.mkdirSync(screens, { recursive: true });
  execFileSync("import", ["-window", "root", path.join(screens, `${name}.png`)]);
}
