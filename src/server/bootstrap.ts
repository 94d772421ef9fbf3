import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.js";
import { Keyring } from "./crypto/keyring.js";
import { keyCheckValue, type LoadedMasterKey, loadMasterKey, MasterKeyError } from "./crypto/master-key.js";
import { connectDatabase, type Database } from "./db/connect.js";
import { migrate } from "./db/migrate.js";
import { type SearchKeysUpgrade, upgradeSearchKeys } from "./modules/people/search-keys-upgrade.js";
import { PGLITE_UPKEEP } from "./ops/maintenance.js";
import type { Services } from "./services.js";

const PACKAGE_JSON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../package.json");

export interface OpenedServices {
  services: Services;
  masterKey: LoadedMasterKey;
  appliedMigrations: string[];
  /** Blind-index keys added to stored people on this start (a newer kind of key), if any. */
  searchKeysUpgrade?: SearchKeysUpgrade;
}

export async function packageVersion(): Promise<string> {
  return (JSON.parse(await readFile(PACKAGE_JSON, "utf8")) as { version: string }).version;
}

export function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? connectDatabase({ kind: "postgresql", url: config.databaseUrl, poolSize: config.dbPoolSize })
    : connectDatabase({ kind: "pglite", dataDir: config.dataDir, cacheMb: config.pgliteCacheMb });
}

/**
 * Database, migrations, the master key and the blind-index upgrade, in that order. A master key that does not match the one
 * the database was set up with stops here, before anything is read or written with it.
 */
export async function openServices(config: Config, database?: Database): Promise<OpenedServices> {
  const db = database ?? (await openDatabase(config));
  try {
    const { applied } = await migrate(db);
    // PGlite has no autovacuum (see ops/maintenance.ts): its upkeep runs at every start. Cheap on an
    // office-sized database, and quick after the first time, which visits only pages changed since.
    if (db.kind === "pglite") await db.withConnection((c) => c.exec(PGLITE_UPKEEP));
    else if (applied.length > 0) await db.withConnection((c) => c.exec("ANALYZE"));
    const stored = await db.db
      .selectFrom("meta")
      .select("value")
      .where("key", "=", "master_key_check")
      .executeTakeFirst();
    const masterKey = await loadMasterKey({
      fromEnv: config.masterKey,
      dataDir: config.dataDir,
      embedded: !config.databaseUrl,
      mayCreate: !stored,
    });
    const check = keyCheckValue(masterKey.key);
    // Two processes starting on a new database may both get here: the first check written wins.
    if (!stored) {
      await db.db
        .insertInto("meta")
        .values({ key: "master_key_check", value: check })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
    }
    const expected =
      stored?.value ??
      (await db.db.selectFrom("meta").select("value").where("key", "=", "master_key_check").executeTakeFirstOrThrow())
        .value;
    if (expected !== check) {
      throw new MasterKeyError(
        `The master key from the ${masterKey.source} is not the key this database was set up with. Safepath will not start: restore the right key (docs/operations.md, "Keys").`,
      );
    }
    const services: Services = {
      config,
      database: db,
      keyring: new Keyring(masterKey.key),
      version: await packageVersion(),
    };
    // After the migrations, with the keyring: new kinds of blind-index key need every name opened.
    const searchKeysUpgrade = await upgradeSearchKeys(services);
    return { services, masterKey, appliedMigrations: applied, ...(searchKeysUpgrade && { searchKeysUpgrade }) };
  } catch (error) {
    if (!database) await db.close();
    throw error;
  }
}
