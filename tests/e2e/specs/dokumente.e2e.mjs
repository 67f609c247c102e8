// Dokumente: send a lead, open its Vorgang, upload files dropped onto the window and chosen
// in the dialog, and check that the sandbox received them byte for byte.
//
// WebDriver can neither drag files from a desktop nor click in the native file dialog. The
// debug build therefore reads LEADBRIDGE_TEST_EINGANG (see src-tauri/src/dokumente/testzugang.rs):
// a file `ablage-*.json` there is handed to the app's handling of Tauri's DragDrop event, as the
// window would hand a real drop; `dialog.json` answers the next "Dateien wählen". Everything after
// the paths (checks, upload, progress, store) is the app's real path.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { screenshot } from "./form.mjs";
import { sendRatenkredit, waitForApp, waitForText } from "./helpers.mjs";

const home = process.env.LEADBRIDGE_E2E_HOME;
const eingang = process.env.LEADBRIDGE_TEST_EINGANG;
const sandboxState = () => path.join(home, ".local", "share", "de.leadbridge.desktop", "sandbox.json");
const MB = 1024 * 1024;

let nr;
let dateien;
let ablagen = 0;

/** Writes a file of `size` bytes of random content into the Berater's "Unterlagen" folder. */
function datei(name, size) {
  const dir = path.join(home, "Unterlagen");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const fd = fs.openSync(file, "w");
  for (let written = 0; written < size; written += MB) fs.writeSync(fd, crypto.randomBytes(Math.min(MB, size - written)));
  fs.closeSync(fd);
  return file;
}

function sha256(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Drops `files` onto the window: written atomically, so the app never reads half a list. */
function ablegen(files) {
  ablagen += 1;
  const tmp = path.join(eingang, `.ablage-${ablagen}`);
  fs.writeFileSync(tmp, JSON.stringify(files));
  fs.renameSync(tmp, path.join(eingang, `ablage-${ablagen}.json`));
}

/** The documents the sandbox received for the Vorgang: file name → SHA-256. */
function empfangen() {
  const state = JSON.parse(fs.readFileSync(sandboxState(), "utf8"));
  return Object.fromEntries(state.vorgaenge[nr].dokumente.map((d) => [d.filename, d.sha256]));
}

const row = (name) => $(`[data-testid='uploads'] tr[data-name='${name}']`);

async function waitForZustand(name, zustand, timeout = 120_000) {
  await browser.waitUntil(async () => (await row(name).getAttribute("data-zustand")) === zustand, {
    timeout,
    interval: 100,
    timeoutMsg: `${name} never reached ${zustand}`,
  });
}

/** Scrolls the app's inner `main` (only it: scrollIntoView would shift the whole window) to the
 *  Dokumente panel, as a Berater scrolls to it. */
async function showDokumente() {
  const panel = await $("[data-testid='dokumente']");
  await browser.execute((el) => {
    const main = el.closest("main");
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  }, panel);
}

describe("Dokumente", () => {
  before(async () => {
    await waitForApp();
    await browser.setWindowSize(1280, 800);
  });

  it("öffnet den Vorgang eines gesendeten Leads", async () => {
    nr = await sendRatenkredit("Dora", "Dokument", "12000", "48");
    await $("[data-testid='vorgang-anzeigen']").click();
    await waitForText("[data-testid='vorgang-stand']", (t) => t.startsWith("Aktuell"));
    await $("[data-testid='dokumente']").waitForDisplayed();
  });

  it("lädt drei auf das Fenster gezogene Dateien mit Fortschritt hoch, byte-genau", async () => {
    dateien = [
      datei("Gehaltsnachweise Oktober bis Dezember.pdf", 50 * MB),
      datei("Personalausweis Vorder- und Rückseite.jpg", 300 * 1024),
      datei("Kontoauszüge Q3.pdf", 2 * MB + 17),
    ];
    await showDokumente();
    // Frames keep coming while the 50 MB upload runs: the page notes the longest gap.
    await browser.execute(() => {
      window.__longestFrameGap = 0;
      let last = performance.now();
      const tick = (now) => {
        window.__longestFrameGap = Math.max(window.__longestFrameGap, now - last);
        last = now;
        if (!window.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    ablegen(dateien);
    const gross = path.basename(dateien[0]);
    await waitForZustand(gross, "Laeuft", 20_000);
    await browser.waitUntil(async () => /\d+ % · [\d,]+ (KB|MB)\/s/.test(await row(gross).getText()), {
      timeout: 60_000,
      interval: 100,
      timeoutMsg: "no progress with bytes/s shown",
    });
    await screenshot("vorgang-dokumente-hochladen");
    for (const file of dateien) await waitForZustand(path.basename(file), "Hochgeladen");
    const gap = await browser.execute(() => {
      window.__stopFrames = true;
      return window.__longestFrameGap;
    });
    console.log(`longest frame gap during the uploads: ${Math.round(gap)} ms`);
    expect(gap).toBeLessThan(2_000);
    for (const file of dateien) expect(await row(path.basename(file)).getText()).toContain("100 %");
    expect(await row(path.basename(dateien[0])).getText()).toContain("50,0 MB");

    const received = empfangen();
    for (const file of dateien) expect(received[path.basename(file)]).toBe(sha256(file));
  });

  it("fragt bei einer zweiten Ablage derselben Datei nach", async () => {
    ablegen([dateien[2]]);
    const rows = async () => $$("[data-testid='uploads'] tbody tr");
    await browser.waitUntil(async () => (await rows()).length === 4, { timeoutMsg: "no row for the second drop" });
    const last = (await rows())[3];
    expect(await last.getAttribute("data-zustand")).toBe("Rueckfrage");
    expect(await last.getText()).toContain("in dieser Sitzung schon hinzugefügt");
    await last.$("button=Verwerfen").click();
    await browser.waitUntil(async () => (await rows()).length === 3, { timeoutMsg: "the declined row stayed" });
  });

  it("lädt über „Dateien wählen“ hoch und fragt bei einem Archiv nach", async () => {
    const selbstauskunft = datei("Selbstauskunft.pdf", 700 * 1024);
    const archiv = datei("Alles.zip", 4096);
    fs.writeFileSync(path.join(eingang, "dialog.json"), JSON.stringify([selbstauskunft, archiv]));
    await $("[data-testid='dokumente-waehlen']").click();
    await waitForZustand("Selbstauskunft.pdf", "Hochgeladen");
    await waitForZustand("Alles.zip", "Rueckfrage", 10_000);
    expect(await row("Alles.zip").getText()).toContain("vermutlich ein Archiv");
    await row("Alles.zip").$("button=Trotzdem hochladen").click();
    await waitForZustand("Alles.zip", "Hochgeladen");
    const received = empfangen();
    expect(received["Selbstauskunft.pdf"]).toBe(sha256(selbstauskunft));
    expect(received["Alles.zip"]).toBe(sha256(archiv));
    expect(Object.keys(received)).toHaveLength(5);
    await showDokumente();
    await screenshot("vorgang-dokumente");
  });

  it("lehnt eine leere Datei mit deutscher Begründung ab", async () => {
    const leer = path.join(home, "Unterlagen", "Leer.pdf");
    fs.writeFileSync(leer, "");
    ablegen([leer]);
    await waitForZustand("Leer.pdf", "Abgelehnt", 10_000);
    expect(await row("Leer.pdf").getText()).toContain("„Leer.pdf“ ist leer (0 Byte) und wird nicht hochgeladen.");
  });
});
