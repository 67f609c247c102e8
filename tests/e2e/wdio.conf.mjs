// End-to-end suite: the real leadbridge-desktop binary in its real WebKit WebView, driven
// over WebDriver (tauri-driver + WebKitWebDriver). Run it under Xvfb (see the Makefile).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./ports.mjs";

const here = import.meta.dirname;
const root = path.resolve(here, "../..");
const application = process.env.LEADBRIDGE_APP;
if (!application || !fs.existsSync(application)) {
  throw new Error(`LEADBRIDGE_APP must name the built app binary (got ${application ?? "nothing"})`);
}
export const outputDir = path.join(root, "test-output", "e2e");
const driverPort = 4444;
const nativePort = 4445;

let driver;


/** What a spec needs in the app's environment beyond its own HOME; it reads the same values
 *  from process.env. */
const appEnvFor = {
  // Test against a sandbox the spec starts itself, on a port that is closed at first.
  "postausgang.e2e.mjs": async () => ({
    LEADBRIDGE_ENV: "test",
    LEADBRIDGE_API_URL: `http://127.0.0.1:${await freePort()}`,
    LEADBRIDGE_RETRY_SECONDS: "2",
  }),
  "produktion.e2e.mjs": async () => ({ LEADBRIDGE_ENV: "produktion" }),
  // The debug build writes the URLs "In Europace öffnen" would open into this file instead of
  // starting a browser (see src-tauri/src/portal.rs).
  "neuer-lead.e2e.mjs": async () => ({
    LEADBRIDGE_TEST_BROWSER: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "leadbridge-browser-")), "geoeffnet.txt"),
  }),
  // The Statuswache reads every 2 seconds instead of every few minutes.
  "statuswache.e2e.mjs": async () => ({ LEADBRIDGE_STATUSWACHE_SEKUNDEN: "2" }),
  // Files reach the debug build's drop and dialog handling through this folder (no WebDriver
  // drag from a desktop, no clicks in a native dialog).
  "dokumente.e2e.mjs": async () => ({
    LEADBRIDGE_TEST_EINGANG: fs.mkdtempSync(path.join(os.tmpdir(), "leadbridge-eingang-")),
  }),
};

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export const config = {
  runner: "local",
  hostname: "127.0.0.1",
  port: driverPort,
  specs: [path.join(here, "specs", "**", "*.e2e.mjs")],
  maxInstances: 1,
  capabilities: [{ "tauri:options": { application } }],
  logLevel: "warn",
  outputDir,
  reporters: ["spec"],
  framework: "mocha",
  // A complete lead typed key by key takes a few minutes in the form spec.
  mochaOpts: { ui: "bdd", timeout: 300_000 },
  waitforTimeout: 10_000,

  // Each spec file gets a fresh HOME and XDG dirs, its own D-Bus session and keyring, so
  // specs cannot see each other's drafts or secrets.
  async beforeSession(_config, _capabilities, specs) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "leadbridge-e2e-"));
    const spec = path.basename(new URL(specs[0], "file:///").pathname);
    const appEnv = (await appEnvFor[spec]?.()) ?? {};
    Object.assign(process.env, appEnv);
    const env = {
      ...process.env,
      ...appEnv,
      HOME: home,
      XDG_DATA_HOME: path.join(home, ".local", "share"),
      XDG_CONFIG_HOME: path.join(home, ".config"),
      XDG_CACHE_HOME: path.join(home, ".cache"),
      XDG_RUNTIME_DIR: path.join(home, "run"),
    };
    fs.mkdirSync(env.XDG_RUNTIME_DIR, { mode: 0o700 });
    process.env.LEADBRIDGE_E2E_HOME = home;
    // The app's and WebKit's own chatter goes to a log beside the screenshots, not the report.
    fs.mkdirSync(outputDir, { recursive: true });
    const log = fs.openSync(path.join(outputDir, `driver-${path.basename(home)}.log`), "w");
    process.env.LEADBRIDGE_E2E_DRIVER_LOG = path.join(outputDir, `driver-${path.basename(home)}.log`);
    driver = spawn(path.join(here, "driver-session.sh"), [String(driverPort), String(nativePort)], {
      env,
      detached: true,
      stdio: ["ignore", log, log],
    });
    await waitForPort(driverPort, 15_000);
  },

  afterSession() {
    if (driver?.pid) {
      try {
        process.kill(-driver.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    const home = process.env.LEADBRIDGE_E2E_HOME;
    if (home) fs.rmSync(home, { recursive: true, force: true });
  },

  async afterTest(test, _context, { passed }) {
    if (passed) return;
    fs.mkdirSync(outputDir, { recursive: true });
    const name = `${test.parent} ${test.title}`.replace(/[^\p{L}\p{N}.-]+/gu, "_");
    // With WebKit's shared-memory renderer a screenshot of a page that does not change can
    // wait for a frame that never comes; the failure itself matters more than its picture.
    await Promise.race([
      browser.saveScreenshot(path.join(outputDir, `${name}.png`)),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
  },
};
