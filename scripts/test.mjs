// `npm test`: the unit and integration suites (PGlite, and PostgreSQL too when TEST_DATABASE_URL is
// set), then the browser journeys in Chromium against the built app. Ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./ensure-built.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = mkdtempSync(path.join(os.tmpdir(), "safepath-tests-"));
const CHROMIUM = process.env.SAFEPATH_CHROMIUM ?? "/usr/bin/chromium";

function vitest(name, extraArgs) {
  const outputFile = path.join(reports, `${name}.json`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", ...extraArgs, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`],
    { cwd: root, stdio: "inherit", env: process.env },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, "utf8"));
    passed = report.numPassedTests;
    failed =
      report.numFailedTests + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
  }
  return { ok: result.status === 0, passed, failed };
}

console.log(
  process.env.TEST_DATABASE_URL
    ? "Databases: PGlite and PostgreSQL"
    : "Databases: PGlite (set TEST_DATABASE_URL to add PostgreSQL)",
);
const suites = [vitest("unit-and-integration", [])];

if (existsSync(CHROMIUM)) {
  await ensureBuilt();
  suites.push(vitest("browser", ["--config", "vitest.e2e.config.ts"]));
} else if (process.env.CI) {
  console.error(`Chromium is missing at ${CHROMIUM}; CI must install it (apt-get install -y chromium).`);
  suites.push({ ok: false, passed: 0, failed: 1 });
} else {
  console.warn(
    `\nBrowser journeys NOT run: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set SAFEPATH_CHROMIUM).\n`,
  );
}

const passed = suites.reduce((sum, s) => sum + s.passed, 0);
const failed = suites.reduce((sum, s) => sum + s.failed, 0);
const ok = suites.every((s) => s.ok) && passed > 0;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
