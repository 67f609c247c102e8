// Form benchmark: the real app (release build) in its real WebKit, driven over WebDriver.
// For each form (KreditSmart, Baufinanzierung) it opens a draft holding the maximal body and an
// empty draft, alternately, and measures the time from the click on "Öffnen" to every section
// rendered and painted; then types 200 characters into the same field of each and measures each
// key from its event to the end of the next frame. Prints the figures and the ratios; it does
// not fail.
//
// Run through `make bench` (release build, Xvfb, a session bus and keyring per run).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const root = path.resolve(import.meta.dirname, "../..");
const { remote, Key } = createRequire(path.join(root, "tests/e2e/package.json"))("webdriverio");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.LEADBRIDGE_APP ?? path.join(target, "release", "leadbridge-desktop");
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
/** Each form: its lead kind, its largest body, a field to type into, its last section. */
const forms = [
  {
    name: "KreditSmart",
    kind: "KexImport",
    maximal: read("bench/submit/vorgang-maximal.json"),
    field: "antragsteller1.wohnsituation.anschrift.strasse",
    last: "betreuung",
  },
  {
    name: "Baufinanzierung",
    kind: "Kundenangaben",
    // The maximal instance of the Kundenangaben OpenAPI (generated, see its staleness test).
    maximal: read("bench/form/kundenangaben-maximal.json"),
    field: "kundenangaben.finanzierungsobjekt.immobilie.adresse.strasse",
    last: "bankverbindung",
  },
];
const runs = Number(process.env.BENCH_RUNS ?? 5);
const keys = 200;
const port = 4454;

if (!fs.existsSync(application)) throw new Error(`${application} fehlt: erst \`make bench\` bauen lassen`);

function waitForPort(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => socket.end(resolve));
      socket.once("error", () => (Date.now() > deadline ? reject(new Error("tauri-driver did not start")) : setTimeout(attempt, 50)));
    };
    attempt();
  });
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), "leadbridge-bench-form-"));
const env = { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, "data"), XDG_CONFIG_HOME: path.join(home, "config"), XDG_CACHE_HOME: path.join(home, "cache") };
const driver = spawn(path.join(root, "scripts/with-keyring"), ["tauri-driver", "--port", String(port), "--native-port", String(port + 1)], {
  env,
  detached: true,
  stdio: "ignore",
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

let browser;
try {
  await waitForPort(15_000);
  browser = await remote({ hostname: "127.0.0.1", port, logLevel: "error", capabilities: { "tauri:options": { application } } });
  await (await browser.$(".badge")).waitForDisplayed({ timeout: 30_000 });

  /** Saves a draft of `kind` through the app's own command; returns its id. */
  const save = (kind, content) =>
    browser.execute(
      async (k, c) => {
        const saved = await window.__TAURI_INTERNALS__.invoke("draft_save", { input: { id: null, kind: k, beraterPartnerId: null, content: c } });
        return saved.id;
      },
      kind,
      content,
    );

  /** Opens a draft from the list; milliseconds from the click to all sections painted. */
  async function open(id, last) {
    await browser.keys([Key.Alt, "2"]);
    await browser.keys([Key.Alt, "1"]);
    await (await browser.$(`[data-draft-id='${id}'] button`)).waitForExist({ timeout: 10_000 });
    return browser.execute(async (draft, last) => {
      const button = [...document.querySelectorAll(`[data-draft-id='${draft}'] button`)].find((b) => b.textContent.trim() === "Öffnen");
      const started = performance.now();
      button.click();
      while (!document.querySelector(`[data-section='${last}'] [data-path]`)) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - started;
    }, id, last);
  }

  /** Types `keys` characters into the field; each key's time from its event to the end of the
   *  frame that shows it. */
  async function type(field) {
    const input = await browser.$(`[data-path='${field}']`);
    // WebKitWebDriver does not scroll the app's inner scroll area to an element itself.
    await browser.execute((el) => el.scrollIntoView({ block: "center" }), input);
    await input.click();
    await browser.execute((f) => {
      window.__latencies = [];
      const channel = new MessageChannel();
      let pending = [];
      channel.port1.onmessage = () => {
        const now = performance.now();
        for (const t of pending) window.__latencies.push(now - t);
        pending = [];
      };
      document.querySelector(`[data-path='${f}']`).addEventListener("keydown", (event) => {
        pending.push(event.timeStamp);
        // Style, layout and paint run after the frame's animation callbacks.
        requestAnimationFrame(() => channel.port2.postMessage(null));
      });
    }, field);
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (let i = 0; i < keys; i += 1) {
      await browser.keys(letters[i % letters.length]);
      await new Promise((r) => setTimeout(r, 15));
    }
    await new Promise((r) => setTimeout(r, 300));
    return browser.execute(() => window.__latencies);
  }

  for (const form of forms) {
    const drafts = { leer: await save(form.kind, {}), maximal: await save(form.kind, form.maximal) };
    const opened = { leer: [], maximal: [] };
    for (let run = 0; run <= runs; run += 1) {
      for (const name of ["leer", "maximal"]) {
        const ms = await open(drafts[name], form.last);
        if (run > 0) opened[name].push(ms);
      }
    }
    const typed = {};
    for (const name of ["leer", "maximal"]) {
      await open(drafts[name], form.last);
      typed[name] = await type(form.field);
    }

    const row = (name) =>
      `${name.padEnd(8)} öffnen ${median(opened[name]).toFixed(0).padStart(5)} ms   Taste p50 ${percentile(typed[name], 50).toFixed(1).padStart(5)} ms  p99 ${percentile(typed[name], 99).toFixed(1).padStart(5)} ms  (${typed[name].length} Tasten)`;
    console.log(`bench/form ${form.name}: ${runs} Öffnungen je Entwurf (Median), ${keys} Tasten in ${form.field}`);
    console.log(row("leer"));
    console.log(row("maximal"));
    console.log(
      `${form.name}: Verhältnis maximal/leer beim Öffnen: ${(median(opened.maximal) / median(opened.leer)).toFixed(2)}× (Ziel ≤ 2×); Taste p99 maximal: ${percentile(typed.maximal, 99).toFixed(1)} ms (Ziel ≤ 16 ms)`,
    );
  }
} finally {
  await browser?.deleteSession().catch(() => {});
  try {
    process.kill(-driver.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  fs.rmSync(home, { recursive: true, force: true });
}
