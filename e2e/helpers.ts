/**
 * Browser journeys run against the built server (dist/server) serving the built web app (dist/web), with a
 * fresh data directory and demo data per test file, in Debian's Chromium.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import * as OTPAuth from "otpauth";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import en from "../src/shared/i18n/locales/en.json" with { type: "json" };

export { en };

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface DemoAccount {
  email: string;
  password: string;
  roles: string[];
  organisation: string;
}

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  accounts: DemoAccount[];
  /** Server output, for the failure message when something goes wrong. */
  log: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy within 180 s:\n${log()}`);
}

/** The demo data directory the run's global setup seeded, when there is one (not in the setup itself). */
function templateDataDir(): string | undefined {
  try {
    return inject("e2eTemplateDataDir");
  } catch {
    return undefined;
  }
}

/**
 * Starts `node dist/server/main.js serve` on a free port with a data directory of its own and demo data:
 * a copy of the run's seeded directory, or a new one seeded on start.
 */
export async function startServer(options: { keepDataDir?: boolean } = {}): Promise<RunningServer> {
  for (const built of ["dist/server/main.js", "dist/web/index.html"]) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run "npm run build" first`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "safepath-e2e-"));
  const template = options.keepDataDir ? undefined : templateDataDir();
  if (template) cpSync(template, dataDir, { recursive: true });
  const child = spawn(process.execPath, ["dist/server/main.js", "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SAFEPATH_DATA_DIR: dataDir,
      SAFEPATH_DEMO_DATA: "yes",
      SAFEPATH_LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const log = () => output;
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, log);
    const file = JSON.parse(readFileSync(join(dataDir, "demo-accounts.json"), "utf8")) as { accounts: DemoAccount[] };
    return { baseUrl, dataDir, accounts: file.accounts, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** The built server and Chromium of one describe block. */
export interface Running {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** Starts the built server and Chromium before a describe block's tests and stops both after them. */
export function serverAndBrowser(): Running {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the server and browser start in beforeAll");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** A fresh browser profile (no cookies, no stored language) in English, unless told otherwise. */
export async function newContext(
  { browser, server }: Running,
  options: { width?: number; height?: number; bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    // Only for injecting axe-core: the server's CSP (rightly) refuses inline scripts.
    bypassCSP: options.bypassCSP ?? false,
    locale: "en-GB",
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  // A step that takes more than 15 s has failed; waiting longer only hides which step it was.
  context.setDefaultTimeout(15_000);
  return context;
}

/** The organisation administrator of the first demo organisation: the one account without MFA. */
export function orgAdmin(server: RunningServer): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const account = server.accounts.find((a) => a.organisation === first && a.roles.includes("organisation_admin"));
  if (!account) throw new Error("demo-accounts.json has no organisation_admin in the first organisation");
  return account;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches an input's label with or without the asterisk Mantine adds to required fields. */
export function label(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?$`);
}

/** The user-menu button is named "Account menu of <name>"; this matches it whatever the name. */
export function userMenuName(): RegExp {
  const [before = ""] = en.app.userMenu.split("{{name}}");
  return new RegExp(`^${escapeRegExp(before)}`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: userMenuName() }).click();
  await page.getByRole("menuitem", { name: en.nav.signOut }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
}

export async function sessionUser(page: Page): Promise<{ displayName: string; locale: string; mfaEnabled: boolean }> {
  const response = await page.request.get("/api/auth/session");
  if (!response.ok()) throw new Error(`GET /api/auth/session answered ${response.status()}`);
  return ((await response.json()) as { user: { displayName: string; locale: string; mfaEnabled: boolean } }).user;
}

export function totp(secret: string, timestamp = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, "")) }).generate({ timestamp });
}

/** Waits until the 30-second TOTP window moves on, so a code is not refused as already used. */
export async function nextTotp(secret: string, used: string): Promise<string> {
  let code = totp(secret);
  while (code === used) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp(secret);
  }
  return code;
}

/** Fills the sign-in form and waits to leave it. Returns the path the app went to. */
export async function submitSignIn(page: Page, account: DemoAccount): Promise<string> {
  await page.goto("/sign-in");
  await page.getByLabel(label(en.fields.email)).fill(account.email);
  await page.getByLabel(label(en.fields.password)).fill(account.password);
  await page.getByLabel(label(en.fields.password)).press("Enter");
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  return new URL(page.url()).pathname;
}

/** Goes through MFA enrolment on /account/mfa and returns the secret read from the page. */
export async function enrolMfa(page: Page): Promise<{ secret: string; code: string; recoveryCodes: string[] }> {
  if (new URL(page.url()).pathname !== "/account/mfa") await page.goto("/account/mfa");
  const secretText = await page.getByTestId("mfa-secret").textContent({ timeout: 15_000 });
  const secret = (secretText ?? "").replace(/\s+/g, "");
  if (!/^[A-Z2-7]+=*$/.test(secret)) throw new Error(`the page shows no base32 secret: "${secretText}"`);
  const code = totp(secret);
  await page.getByLabel(label(en.mfa.codeLabel)).fill(code);
  await page.getByRole("button", { name: en.mfa.confirm }).click();
  const list = page.getByTestId("recovery-codes");
  await list.waitFor();
  const recoveryCodes = (await list.locator("li").allTextContents()).map((text) => text.trim());
  return { secret, code, recoveryCodes };
}

/** Signs in and reaches the home page, enrolling MFA first if the organisation demands it. */
export async function signInToHome(page: Page, account: DemoAccount): Promise<void> {
  const path = await submitSignIn(page, account);
  if (path === "/account/mfa") {
    await enrolMfa(page);
    await page.getByRole("button", { name: en.mfa.savedCodes }).click();
  } else if (path !== "/") {
    throw new Error(`after sign-in the app went to ${path}, not the home page`);
  }
  await page.waitForURL((url) => url.pathname === "/");
  await page.getByRole("heading", { level: 1 }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page and returns violations of at least the given impact (needs a bypassCSP context). */
export async function axeViolations(page: Page, atLeast: "serious" | "critical" = "serious"): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  const levels = atLeast === "critical" ? ["critical"] : ["serious", "critical"];
  return violations.filter((v) => v.impact !== null && levels.includes(v.impact));
}
