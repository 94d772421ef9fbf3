import { sql } from "kysely";
import { systemActor } from "../../access/actor.js";
import { runScoped, type ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Database } from "../../db/connect.js";
import type { Services } from "../../services.js";
import { insertSearchKeys, type SearchKeyRows } from "../htcds-exchange/import-insert.js";
import { indexKeys, SEARCH_KEYS_VERSION } from "./matching/search-keys.js";
import { identifyingFields, openIdentity } from "./person-identity.js";
import { blindKeysOfEach } from "./search-index.js";

/** People whose keys are rebuilt per statement. */
const PAGE = 500;
const META_KEY = "search_keys_version";

export interface SearchKeysUpgrade {
  from: number;
  to: number;
  people: number;
}

async function storedVersion(database: Database): Promise<number> {
  const row = await database.db.selectFrom("meta").select("value").where("key", "=", META_KEY).executeTakeFirst();
  // A database from before the version was recorded has the first keys.
  return row ? Number(row.value) : 1;
}

/**
 * Gives every stored person the blind-index keys a newer Safepath makes (new kinds of key are added
 * rarely: each needs every name opened and hashed again). One transaction per organisation, acting as
 * it; keys already there are left alone, so two processes starting together, or a start that stopped
 * half-way, do no harm. Erased people have no name left and are skipped. Nothing to do on a new database.
 */
export async function upgradeSearchKeys(services: Services): Promise<SearchKeysUpgrade | undefined> {
  const { database } = services;
  const from = await storedVersion(database);
  if (from >= SEARCH_KEYS_VERSION) return undefined;
  const organisations = await database.db.selectFrom("organisations").select("id").orderBy("id").execute();
  let people = 0;
  for (const { id } of organisations) {
    const actor = systemActor("search-keys", { organisationId: id });
    const info = { requestId: "start", clientIp: null, action: "system.search_keys" };
    people += await runScoped(database, actor, info, async (db) => {
      const rebuilt = await rebuildOrganisation(db, services);
      db.audit({ action: "system.search_keys", detail: { from, to: SEARCH_KEYS_VERSION, people: rebuilt } });
      return rebuilt;
    });
  }
  await sql`
    INSERT INTO meta (key, value) VALUES (${META_KEY}, ${String(SEARCH_KEYS_VERSION)})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
  `.execute(database.db);
  return { from, to: SEARCH_KEYS_VERSION, people };
}

async function rebuildOrganisation(db: ScopedDb, services: Services): Promise<number> {
  const recordKeys = new RecordKeys(services.keyring);
  let after: string | undefined;
  let count = 0;
  for (;;) {
    let page = db
      .selectFrom("people")
      .select(["id", "identity", "birth_year"])
      .where("erased_at", "is", null)
      .orderBy("id")
      .limit(PAGE);
    if (after !== undefined) page = page.where("id", ">", after);
    const people = await page.execute();
    if (people.length === 0) return count;
    after = people[people.length - 1]?.id;
    const keys = await recordKeys.load(
      db,
      people.map((person) => person.id),
    );
    const opened = people.flatMap((person) => {
      const identity = openIdentity(keys.get(person.id), person.identity);
      return identity ? [{ id: person.id, keys: indexKeys(identifyingFields(identity, person.birth_year)) }] : [];
    });
    const blind = await blindKeysOfEach(
      db,
      services.keyring,
      opened.map((person) => person.keys),
    );
    const rows: SearchKeyRows = { kinds: [], keys: [], personIds: [] };
    for (const [index, person] of opened.entries()) {
      for (const key of blind[index] ?? []) {
        rows.kinds.push(key.kind);
        rows.keys.push(key.key);
        rows.personIds.push(person.id);
      }
    }
    await insertSearchKeys(db, rows, { existing: "keep" });
    count += opened.length;
  }
}
