import { sql } from "kysely";
import type { Database } from "../../src/server/db/connect.js";
import { rebuildHotlineCounts } from "../../src/server/modules/hotline/figures/hotline-recount.js";
import { createApiToken, type DemoAccount, signIn } from "./api.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { median, percentile, round } from "./stats.js";

const OPERATOR = "hotline@office.example.org";
const ME_OFFICER = "me@office.example.org";
export const HOTLINE_ORGANISATION = "Safe Passage Country Office";

export interface HotlinePlan {
  /** Contacts saved over HTTP for the save latency, after `saveWarmup` uncounted ones. */
  saves: number;
  saveWarmup: number;
  /** Operators saving at the same time. */
  saveConcurrency: number;
  /** Synthetic contacts behind the figures query, spread over the last two years (the query reads the last one). */
  datasetContacts: number;
  figuresRuns: number;
}

type Log = (message: string) => void;
type Ctx = { db: DbKind; results: Results; log: Log };
const ms = (v: number) => round(v, 1);

async function tokenOf(server: ServerProcess, accounts: DemoAccount[], email: string): Promise<string> {
  const account = accounts.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
}

const TOPICS = ["work_rights", "legal_status", "safe_migration", "accommodation", "documents", "trafficking_risk"];
const SERVICES = ["information", "counselling", "legal_counselling", "referral"];

/** The i-th contact an operator records: a call of ten minutes with two consultations, now and then anonymous. */
function contactBody(i: number) {
  const started = new Date(Date.now() - 15 * 60_000);
  const anonymous = i % 4 === 0;
  return {
    channel: i % 5 === 0 ? "whatsapp" : "phone",
    direction: "incoming",
    startedAt: started.toISOString(),
    endedAt: new Date(started.getTime() + 10 * 60_000).toISOString(),
    language: ["uk", "ru", "cs", "en"][i % 4],
    callerType: i % 3 === 0 ? "family_friend" : "possible_victim",
    callerCountry: "UA",
    anonymous,
    // A pool of numbers, so that repeat callers meet their earlier contacts as they would.
    callerNumber: anonymous ? null : `+38067${1_230_000 + (i % 150)}`,
    callerName: anonymous ? null : "Олена",
    notes: "Asked about a job offer in Poland; gave the labour inspection's number.",
    outcome: "information_given",
    consultations: [
      { topic: TOPICS[i % TOPICS.length], service: SERVICES[i % SERVICES.length], note: "Explained the rights." },
      { topic: TOPICS[(i + 3) % TOPICS.length], service: "information" },
    ],
    complete: true,
  };
}

/**
 * POST /api/hotline/contacts with complete: true as the demo hotline operator (API token): validation,
 * sealing of number, name and notes, the number's blind index, consultations, daily counts, audit. A few
 * operators at once, as a shift saves; p95 over the counted saves.
 */
export async function saveOverHttp(
  server: ServerProcess,
  accounts: DemoAccount[],
  plan: HotlinePlan,
  ctx: Ctx,
): Promise<void> {
  const token = await tokenOf(server, accounts, OPERATOR);
  const total = plan.saveWarmup + plan.saves;
  const latencies: number[] = [];
  let next = 0;
  const operator = async () => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/hotline/contacts`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(contactBody(i)),
      });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`contact save: ${response.status} ${text.slice(0, 300)}`);
      if (i >= plan.saveWarmup) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: plan.saveConcurrency }, operator));
  ctx.log(
    `POST /api/hotline/contacts (complete, 2 consultations), ${plan.saveConcurrency} at a time: p50 ${ms(median(latencies))} ms, p95 ${ms(percentile(latencies, 95))} ms over ${latencies.length}`,
  );
  const name = ctx.db === "pglite" ? "hotline.save.p95_ms" : "hotline.save.p95_ms.postgresql";
  ctx.results.set(name, { value: ms(percentile(latencies, 95)), unit: "ms", n: latencies.length, db: ctx.db });
}

/**
 * Synthetic completed contacts straight in SQL, spread evenly over the last two years (as the screening
 * bench spreads its screenings), for the figures query only, written as the app writes a
 * completed contact: status completed, duration from start to end, counted_on the local day in the
 * organisation's zone, caller_ref "n:<number key>" for a caller with a number (about three contacts per
 * number), "c:<contact id>" for an anonymous one, NULL when nobody was assisted (dropped, abusive, test call),
 * and one to three consultations for an assisted contact, none otherwise. What the figures never read is left
 * out: the sealed number, name and notes are NULL (the number's key stands in for the number), and no contact
 * is linked to a person ("p:" refs take the same path as "n:" ones). The daily counts are then rebuilt from
 * the rows by the same SQL the app uses when the time zone changes (hotline-recount.ts), so they are what
 * completing the contacts one by one would have left.
 */
export async function seedContacts(database: Database, count: number, log: Log = () => {}): Promise<void> {
  const db = database.db;
  const org = await db
    .selectFrom("organisations")
    .select(["id", "time_zone"])
    .where("name", "=", HOTLINE_ORGANISATION)
    .executeTakeFirstOrThrow();
  const numbers = Math.max(1, Math.floor(count / 5));
  const batch = 100_000;
  const started = performance.now();
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    // One statement a batch: the contacts, then the consultations of those that helped someone.
    await sql`
      WITH made AS (
        INSERT INTO hotline_contacts (organisation_id, id, client_key, status, channel, direction, source, started_at,
          ended_at, duration_seconds, language, caller_type, caller_country, anonymous, caller_number_key, outcome,
          escalation, counted_on, caller_ref)
        SELECT ${org.id}::uuid, id, 'bench:' || g, 'completed', channel, direction, 'app', started_at,
          started_at + duration * interval '1 second', duration, language, caller_type, country, number_key IS NULL,
          number_key, outcome, escalation, (started_at AT TIME ZONE ${org.time_zone})::date,
          -- Who was helped, as finish() in contact-save.service.ts records it.
          CASE WHEN outcome IN ('dropped', 'abusive', 'test_call') THEN NULL
            WHEN number_key IS NOT NULL THEN 'n:' || number_key ELSE 'c:' || id END
        FROM (
          SELECT g, gen_random_uuid() AS id,
            -- Spread over the last two years, in the hotline's hours (about 08:00 to 22:00).
            date_trunc('day', now()) - (g % 730) * interval '1 day' + (8 + (g::bigint * 37) % 14) * interval '1 hour'
              + ((g::bigint * 7919) % 3600) * interval '1 second' AS started_at,
            60 + (g::bigint * 13) % 1500 AS duration,
            (ARRAY['phone','phone','phone','phone','phone','whatsapp','viber','telegram','messenger','email',
              'web_form','walk_in'])[1 + g % 12] AS channel,
            CASE WHEN g % 9 = 0 THEN 'outgoing' ELSE 'incoming' END AS direction,
            (ARRAY['uk','uk','uk','ru','ru','cs','en','pl','ro',NULL])[1 + g % 10] AS language,
            (ARRAY['possible_victim','possible_victim','family_friend','public','ngo','authority','employer',
              'other'])[1 + g % 8] AS caller_type,
            (ARRAY['UA','UA','UA','PL','MD','RO','CZ',NULL])[1 + g % 8] AS country,
            -- Two contacts in three from a number, about three contacts per number.
            CASE WHEN g % 3 <> 0 THEN encode(sha256(('bench-number-' || g % ${numbers})::bytea), 'base64') END
              AS number_key,
            (ARRAY['information_given','information_given','information_given','information_given',
              'information_given','information_given','information_given','referral_made','referral_made',
              'referral_made','case_opened','information_given','referral_made','information_given',
              'information_given','dropped','dropped','test_call','abusive','emergency_escalated'])[1 + g % 20]
              AS outcome,
            CASE WHEN g % 20 = 19 THEN 'immediate_danger' WHEN g % 40 = 10 THEN 'exploitation' END AS escalation
          FROM generate_series(${start + 1}::int, ${start + n}::int) AS g
        ) AS s
        RETURNING organisation_id, id, client_key, caller_ref
      )
      INSERT INTO hotline_consultations (organisation_id, contact_id, position, topic, service)
      SELECT made.organisation_id, made.id, p,
        (ARRAY['safe_migration','work_rights','legal_status','accommodation','trafficking_risk','exploitation_report',
          'psychosocial','health','education','documents','return','other'])[1 + (g + p * 5) % 12],
        (ARRAY['information','information','counselling','legal_counselling','psychosocial_first_aid',
          'referral'])[1 + (g + p) % 6]
      FROM made
      CROSS JOIN LATERAL (SELECT split_part(made.client_key, ':', 2)::int AS g) AS k
      CROSS JOIN LATERAL generate_series(0, k.g % 3) AS p
      WHERE made.caller_ref IS NOT NULL
    `.execute(db);
  }
  log(`  ${count} contacts and their consultations written in ${ms((performance.now() - started) / 1000)} s`);
  const rebuilt = performance.now();
  await rebuildHotlineCounts(db, org.id, org.time_zone);
  log(`  daily counts rebuilt in ${ms((performance.now() - rebuilt) / 1000)} s`);
  // A table that grew over a year has been vacuumed by autovacuum: the visibility map lets the distinct-persons
  // count read the index alone. PGlite has no autovacuum, so both are done here.
  await sql`VACUUM ANALYZE hotline_contacts`.execute(db);
  await sql`VACUUM ANALYZE hotline_consultations`.execute(db);
  await sql`VACUUM ANALYZE hotline_counts`.execute(db);
}

/** GET /api/hotline/figures over the last year as the M&E officer, one request at a time; median of the runs. */
export async function figuresOverHttp(
  server: ServerProcess,
  accounts: DemoAccount[],
  plan: HotlinePlan,
  n: number,
  ctx: Ctx,
): Promise<void> {
  const token = await tokenOf(server, accounts, ME_OFFICER);
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  const query = `from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
  const times: number[] = [];
  let contacts: number | null = null;
  for (let i = 0; i < plan.figuresRuns + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/hotline/figures?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { totals: { contacts: number | null; personsAssisted: number | null } };
    if (response.status !== 200) throw new Error(`hotline figures: ${response.status}`);
    if (i >= 2) times.push(performance.now() - started);
    contacts = body.totals.contacts;
    if (i === 0)
      ctx.log(`  figures: ${body.totals.contacts} contacts, ${body.totals.personsAssisted} persons assisted`);
  }
  ctx.log(
    `GET /api/hotline/figures over a year (${contacts} contacts): median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms`,
  );
  ctx.results.set(`hotline.figures_ms.${ctx.db}`, { value: ms(median(times)), unit: "ms", n, db: ctx.db });
}
