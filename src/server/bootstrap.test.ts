import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openServices } from "./bootstrap.js";
import { loadConfig } from "./config.js";
import { MasterKeyError } from "./crypto/master-key.js";
import { connectDatabase } from "./db/connect.js";

describe("master key at start", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "safepath-boot-"));
    dirs.push(dir);
    return dir;
  };

  it("creates a key file on the first embedded start and reuses it after", async () => {
    const dataDir = await tempDir();
    const config = loadConfig({ SAFEPATH_DATA_DIR: dataDir });
    const first = await openServices(config);
    expect(first.masterKey.created).toBe(true);
    const keyText = await readFile(path.join(dataDir, "master.key"), "utf8");
    await first.services.database.close();
    const second = await openServices(config);
    expect(second.masterKey.created).toBe(false);
    expect(await readFile(path.join(dataDir, "master.key"), "utf8")).toBe(keyText);
    await second.services.database.close();
  });

  it("refuses a wrong master key instead of starting", async () => {
    const database = await connectDatabase({ kind: "pglite", dataDir: undefined });
    const dataDir = await tempDir();
    const key = () => randomBytes(32).toString("base64");
    await openServices(loadConfig({ SAFEPATH_DATA_DIR: dataDir, SAFEPATH_MASTER_KEY: key() }), database);
    await expect(
      openServices(loadConfig({ SAFEPATH_DATA_DIR: dataDir, SAFEPATH_MASTER_KEY: key() }), database),
    ).rejects.toThrow(/not the key this database was set up with/);
    await database.close();
  });

  it("never creates a new key file over a database that already has one", async () => {
    const dataDir = await tempDir();
    const config = loadConfig({ SAFEPATH_DATA_DIR: dataDir });
    const first = await openServices(config);
    await first.services.database.close();
    await rm(path.join(dataDir, "master.key"));
    const error = await openServices(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasterKeyError);
    expect((error as Error).message).toMatch(/missing/);
  });

  it("needs SAFEPATH_MASTER_KEY when a PostgreSQL server is used", async () => {
    const dataDir = await tempDir();
    const database = await connectDatabase({ kind: "pglite", dataDir: undefined });
    const config = loadConfig({ SAFEPATH_DATA_DIR: dataDir, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    await expect(openServices(config, database)).rejects.toThrow(/SAFEPATH_MASTER_KEY is not set/);
    await database.close();
  });
});
