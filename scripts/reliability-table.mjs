// Renders the figures the reliability tests wrote to test-output/reliability/*.json (each
// {test, proves, figures}) as the README's Reliability table, between its markers.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "test-output", "reliability");
const readme = path.join(root, "README.md");
const start = "<!-- reliability:start -->";
const end = "<!-- reliability:end -->";

const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
if (files.length === 0) {
  console.error(`Keine Kennzahlen in ${dir}: zuerst make test ausführen.`);
  process.exit(1);
}
const cell = (text) => String(text).replaceAll("|", "\\|");
const rows = files.map((file) => {
  const { test, proves, figures } = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  return `| ${cell(proves)} | ${cell(figures)} | ${cell(test)} |`;
});
const table = [
  start,
  `Figures of the tests' last run, rendered on ${new Date().toISOString().slice(0, 10)} by \`make reliability\`:`,
  "",
  "| what the test proves | figures | test |",
  "|---|---|---|",
  ...rows,
  end,
].join("\n");

const text = fs.readFileSync(readme, "utf8");
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) {
  console.error(`README.md hat keine Markierungen ${start} … ${end}.`);
  process.exit(1);
}
fs.writeFileSync(readme, text.slice(0, from) + table + text.slice(to + end.length));
console.log(`Reliability-Tabelle mit ${rows.length} Tests in README.md geschrieben.`);
