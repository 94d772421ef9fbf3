import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// A restart while requests are in flight must lose no write the server acknowledged.
const ROOT = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "dist/server/main.js"), "serve"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SAFEPATH_LOG_LEVEL: "warn",
      SAFEPATH_LOGIN_RATE_LIMIT: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("server did not become healthy");
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );
}

async function signIn(base: string, dataDir: string) {
  const { accounts } = JSON.parse(await readFile(path.join(dataDir, "demo-accounts.json"), "utf8")) as {
    accounts: { email: string; password: string; roles: string[] }[];
  };
  const admin = accounts.find((a) => a.roles.includes("organisation_admin"));
  if (!admin) throw new Error("no demo organisation admin");
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, csrfToken };
}

interface Variant {
  name: string;
  env: () => Promise<Record<string, string>>;
}

const variants: Variant[] = [{ name: "pglite", env: async () => ({}) }];
const cleanups: (() => Promise<void>)[] = [];
if (process.env.TEST_DATABASE_URL) {
  variants.push({
    name: "postgresql",
    env: async () => {
      const name = `safepath_restart_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      });
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${name}`;
      return {
        DATABASE_URL: url.toString(),
        SAFEPATH_MASTER_KEY: randomBytes(32).toString("base64"),
        SAFEPATH_DEMO_DATA: "yes",
      };
    },
  });
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe.each(variants)("restart with requests in flight on $name", (variant) => {
  it("keeps every write that was answered with success", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "safepath-restart-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { ...(await variant.env()), SAFEPATH_DATA_DIR: dataDir };
    const first = await startServer(env);
    const session = await signIn(first.base, dataDir);
    const names = Array.from({ length: 60 }, (_, i) => `Restart team ${i}`);
    const writes = names.map((name) =>
      fetch(`${first.base}/api/teams`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrfToken },
        body: JSON.stringify({ name }),
      }).then(
        (r) => (r.status === 201 ? name : undefined),
        () => undefined,
      ),
    );
    // Stop as soon as one write is answered, while the others are still on their way.
    await Promise.race(writes.map((w) => w.then((name) => (name ? Promise.resolve() : new Promise(() => {})))));
    first.child.kill("SIGTERM");
    const acknowledged = (await Promise.all(writes)).filter((n): n is string => n !== undefined);
    expect(await stopped(first.child)).toBe(0);

    const second = await startServer(env);
    try {
      const again = await signIn(second.base, dataDir);
      const response = await fetch(`${second.base}/api/teams`, { headers: { cookie: again.cookie } });
      const stored = new Set(((await response.json()) as { items: { name: string }[] }).items.map((t) => t.name));
      expect(acknowledged.length).toBeGreaterThan(0);
      for (const name of acknowledged) expect(stored.has(name), name).toBe(true);
    } finally {
      second.child.kill("SIGTERM");
      await stopped(second.child);
    }
  });
});
