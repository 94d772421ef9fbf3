import { createHmac, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { SEARCH_KEYS_VERSION } from "./matching/search-keys.js";
import { storedSearchKey } from "./search-index.js";
import { upgradeSearchKeys } from "./search-keys-upgrade.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("search by full name, and the upgrade of stored keys (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;

  const intake = async (firstName: string, secondName: string) => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/cases",
      session: caseworker,
      payload: { person: { identity: { firstName, secondName }, citizenships: ["UA"] } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; personId: string };
  };
  const found = async (query: string) => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: caseworker,
      payload: { query },
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { personId: string }[]).map((item) => item.personId);
  };
  /** Every blind-index entry of the deployment, as comparable strings. */
  const allKeys = async () =>
    (
      await sql<{
        entry: string;
      }>`SELECT kind || ':' || key || ':' || person_id AS entry FROM person_search_keys`.execute(
        ctx.testApp.services.database.db,
      )
    ).rows
      .map((row) => row.entry)
      .sort();

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("finds a full name with a typo, and a person known by one name only, from a two-word search", async () => {
    const full = await intake("Yevheniia", "Zakharchenko");
    const oneName = await intake("Yevheniia", "");
    expect(await found("Євгенія Захарченко")).toContain(full.personId);
    expect(await found("Yevheniia Zakharchanko")).toContain(full.personId);
    expect(await found("Yevheniia Zakharchenko")).toContain(oneName.personId);
    expect(await found("Pavlo Zakharchenko")).not.toContain(oneName.personId);
  });

  it("gives people stored with older keys the new kinds once, on start, and leaves erased people without keys", async () => {
    const kept = await intake("Rostyslava", "Upgradenko");
    const erased = await intake("Myroslava", "Upgradenko");
    const erase = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${erased.personId}/erase`,
      session: supervisor,
      payload: { reason: "Request of the person" },
    });
    expect(erase.statusCode, erase.body).toBe(200);
    const { database } = ctx.testApp.services;
    const current = await allKeys();
    expect(current.some((entry) => entry.endsWith(erased.personId))).toBe(false);
    // A database of the first version: no pair or block keys, no version recorded.
    await sql`DELETE FROM person_search_keys WHERE kind IN ('name_pair', 'name_block')`.execute(database.db);
    await sql`DELETE FROM meta WHERE key = 'search_keys_version'`.execute(database.db);
    expect((await allKeys()).length).toBeLessThan(current.length);

    const upgrade = await upgradeSearchKeys(ctx.testApp.services);
    const people = await sql<{ n: number }>`SELECT count(*)::int AS n FROM people WHERE erased_at IS NULL`.execute(
      database.db,
    );
    expect(upgrade).toEqual({ from: 1, to: SEARCH_KEYS_VERSION, people: people.rows[0]?.n });
    expect(await allKeys()).toEqual(current);
    expect(await found("Rostyslava Upgradenkp")).toContain(kept.personId);
    const audit = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'system.search_keys'`.execute(database.db);
    expect(audit.rows[0]?.n).toBeGreaterThan(0);
    // Done once: the next start has nothing to do.
    expect(await upgradeSearchKeys(ctx.testApp.services)).toBeUndefined();
  });

  it("converts keys stored as HMAC text to the integers searches now look up (migration 0016)", async () => {
    // HMACs whose first byte is above 0x7f as well as below: the integer is signed.
    const hmacs = Array.from({ length: 64 }, () =>
      createHmac("sha256", randomBytes(32)).update("name\u0000olena").digest("base64url").slice(0, 32),
    );
    const converted = await sql<{ key: string }>`
      SELECT search_key_of_hmac(hmac)::text AS key FROM unnest(${hmacs}::text[]) WITH ORDINALITY AS h(hmac, n) ORDER BY n
    `.execute(ctx.testApp.services.database.db);
    expect(converted.rows.map((row) => row.key)).toEqual(hmacs.map(storedSearchKey));
    expect(hmacs.map(storedSearchKey).some((key) => key.startsWith("-"))).toBe(true);
  });
});
