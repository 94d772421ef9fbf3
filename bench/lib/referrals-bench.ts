import { sql } from "kysely";
import type { Database } from "../../src/server/db/connect.js";
import { SERVICE_TYPES } from "../../src/shared/directory/vocab.js";
import { REFERRAL_REASONS } from "../../src/shared/htcds/case.js";
import { DECLINE_REASONS, NOT_COMPLETED_REASONS } from "../../src/shared/referrals/vocab.js";
import { createApiToken, demoAccounts, signIn } from "./api.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { median, percentile, round } from "./stats.js";

const REFERRALS_ORGANISATION = "Safe Passage Country Office";
const REFERRALS = 100_000;
const CASES = 300;
const PROVIDERS = 60;
const SERVICES = 300;
/** Organisation-wide record scope: the list of every referral the office sent. */
const SUPERVISOR = "supervisor@office.example.org";
const ME_OFFICER = "me@office.example.org";
const PAGE = 20;

type Log = (message: string) => void;
type Ctx = { db: DbKind; n: number; results: Results; log: Log };
const ms = (v: number) => round(v, 1);

/**
 * The cases the referrals come from: bare rows (a number, an owner, a team), which is all the referral list
 * reads of a case. Owners and teams are the organisation's caseworkers and supervisors, in turn.
 */
async function seedCases(database: Database, organisationId: string): Promise<void> {
  await sql`
    WITH w AS (
      SELECT id, team_id, row_number() OVER (ORDER BY email) - 1 AS n, count(*) OVER () AS workers
      FROM users
      WHERE organisation_id = ${organisationId} AND team_id IS NOT NULL
        AND (roles @> ARRAY['caseworker'] OR roles @> ARRAY['supervisor'])
    )
    INSERT INTO cases (organisation_id, case_number, owner_user_id, team_id, opened_on, created_by)
    SELECT ${organisationId}::uuid, 'RB-' || lpad(g::text, 5, '0'), w.id, w.team_id,
      (now() - (g % 800) * interval '1 day')::date, w.id
    FROM generate_series(0, ${CASES - 1}) AS g
    JOIN w ON w.n = g % w.workers
  `.execute(database.db);
}

/** Providers kept by the organisation, one in four a member organisation of the deployment, five services each. */
async function seedServices(database: Database, organisationId: string): Promise<void> {
  const members = (
    await database.db.selectFrom("organisations").select("id").where("id", "<>", organisationId).execute()
  ).map((row) => row.id);
  await sql`
    INSERT INTO service_providers (organisation_id, member_organisation_id, name, kind)
    SELECT ${organisationId}::uuid,
      CASE WHEN g % 4 = 0 AND ${members.length} > 0 THEN (${members}::uuid[])[1 + g % greatest(${members.length}, 1)] END,
      'Referral bench provider ' || lpad(g::text, 3, '0'), 'NGO'
    FROM generate_series(0, ${PROVIDERS - 1}) AS g
  `.execute(database.db);
  await sql`
    WITH p AS (
      SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM service_providers
      WHERE organisation_id = ${organisationId} AND name LIKE 'Referral bench provider %'
    )
    INSERT INTO services (organisation_id, provider_id, name, service_type)
    SELECT ${organisationId}::uuid, p.id, 'Referral bench service ' || lpad(g::text, 3, '0'),
      (${[...SERVICE_TYPES]}::text[])[1 + (g * 7) % ${SERVICE_TYPES.length}]
    FROM generate_series(0, ${SERVICES - 1}) AS g
    JOIN p ON p.n = g % ${PROVIDERS}
  `.execute(database.db);
}

/**
 * `count` referrals of one organisation in one statement a batch, spread evenly over the last two years, as
 * the workflow leaves them: a week's worth still being answered; unanswered ones of the last month overdue
 * (their task already raised, as the hourly job would have); older ones closed — about seven in ten completed,
 * the rest declined, not completed, withdrawn or expired — and one in a hundred a draft never sent. Urgency:
 * 5% emergency, 20% high, 55% normal, 20% low. A few services take most referrals, as a shelter and a legal
 * aid desk do. Times to answer from 1 to 40 hours, to complete 3 to 42 days. The sealed payload is a stand-in of
 * the usual size (the list reads the whole row).
 */
export async function seedReferrals(database: Database, count: number): Promise<{ organisationId: string }> {
  const org = await database.db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("name", "=", REFERRALS_ORGANISATION)
    .executeTakeFirstOrThrow();
  await seedCases(database, org.id);
  await seedServices(database, org.id);
  const batch = 50_000;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    await sql`
      WITH s AS (
        SELECT s.id, s.provider_id, s.service_type, p.name AS provider_name, p.member_organisation_id,
          row_number() OVER (ORDER BY s.name) - 1 AS n
        FROM services s JOIN service_providers p ON p.id = s.provider_id
        WHERE s.organisation_id = ${org.id} AND s.name LIKE 'Referral bench service %'
      ),
      c AS (
        SELECT id, team_id, owner_user_id, row_number() OVER (ORDER BY case_number) - 1 AS n
        FROM cases WHERE organisation_id = ${org.id} AND case_number LIKE 'RB-%'
      ),
      g AS (
        -- Oldest first, as a table fills over two years: the rows of a period lie together.
        -- h draws the status, x the service (a few popular, most not), another hash the urgency: independent.
        SELECT g, (g::bigint * 7919) % 100 AS h,
          ((g::bigint * 2654435761) % 1000003) / 1000003.0 AS x, (${count} - g)::bigint * 730 / ${count} AS age,
          date_trunc('second', now() - ((${count} - g)::bigint * 730 / ${count}) * interval '1 day'
            - ((g::bigint * 7919) % 86400) * interval '1 second') AS at,
          (ARRAY['emergency','high','high','high','high','normal','normal','normal','normal','normal','normal',
            'normal','normal','normal','normal','normal','low','low','low','low'])[1 + (g::bigint * 3266489917 / 256) % 20]
            AS urgency
        FROM generate_series(${start + 1}::int, ${start + n}::int) AS g
      ),
      r AS (
        SELECT g.*,
          CASE
            WHEN h = 0 THEN 'draft'
            WHEN age <= 7 THEN CASE WHEN h < 30 THEN 'sent' WHEN h < 45 THEN 'acknowledged' WHEN h < 70 THEN 'accepted'
              WHEN h < 80 THEN 'in_progress' WHEN h < 88 THEN 'declined' ELSE 'completed' END
            -- Unanswered after the expiry would have expired (30 days past due): the last month only.
            WHEN age <= 29 THEN CASE WHEN h < 4 THEN 'sent' WHEN h < 6 THEN 'acknowledged' WHEN h < 20 THEN 'accepted'
              WHEN h < 35 THEN 'in_progress' WHEN h < 48 THEN 'declined' WHEN h < 51 THEN 'withdrawn'
              WHEN h < 55 THEN 'not_completed' ELSE 'completed' END
            ELSE CASE WHEN h < 13 THEN 'declined' WHEN h < 21 THEN 'not_completed' WHEN h < 25 THEN 'withdrawn'
              WHEN h < 28 THEN 'expired' WHEN h < 30 THEN 'in_progress' ELSE 'completed' END
          END AS status,
          at + CASE urgency WHEN 'emergency' THEN 4 WHEN 'high' THEN 24 WHEN 'normal' THEN 72 ELSE 168 END
            * interval '1 hour' AS due,
          at + (1 + g % 40) * interval '1 hour' AS answered,
          at + (2 + g % 60) * interval '1 hour' AS decided
        FROM g
      )
      INSERT INTO referrals (organisation_id, number, to_organisation_id, from_organisation_name, to_organisation_name,
        case_id, team_id, created_by, service_id, provider_id, service_type, urgency, reason, status, shared_payload,
        wrapped_key, due_at, sent_at, acknowledged_at, decided_at, started_at, finished_at, decline_reason,
        not_completed_reason, overdue_task_id, created_at, updated_at)
      SELECT ${org.id}::uuid, 'RB-' || r.g, s.member_organisation_id, ${org.name}, s.provider_name,
        c.id, c.team_id, c.owner_user_id, s.id, s.provider_id, s.service_type, r.urgency,
        (${[...REFERRAL_REASONS]}::text[])[1 + r.g % ${REFERRAL_REASONS.length}], r.status,
        CASE WHEN r.status <> 'draft' THEN repeat(md5(r.g::text), 16) END, md5('key' || r.g) || md5('wrap' || r.g),
        CASE WHEN r.status <> 'draft' THEN r.due END,
        CASE WHEN r.status <> 'draft' THEN r.at END,
        -- One answer in three accepts or declines at once, without acknowledging first.
        CASE WHEN r.status IN ('draft', 'sent') OR (r.status = 'expired' AND r.g % 2 = 0) THEN NULL
          WHEN r.g % 3 = 0 AND r.status NOT IN ('acknowledged', 'withdrawn', 'expired') THEN NULL
          ELSE r.answered END,
        CASE WHEN r.status IN ('accepted', 'in_progress', 'completed', 'not_completed', 'declined') THEN r.decided END,
        CASE WHEN r.status IN ('in_progress', 'completed', 'not_completed') THEN r.decided + interval '1 day' END,
        CASE r.status
          WHEN 'completed' THEN r.at + (3 + r.g % 40) * interval '1 day'
          WHEN 'not_completed' THEN r.at + (5 + r.g % 30) * interval '1 day'
          WHEN 'declined' THEN r.decided
          WHEN 'withdrawn' THEN r.at + interval '5 days'
          WHEN 'expired' THEN r.due + interval '30 days'
        END,
        CASE WHEN r.status = 'declined' THEN (${[...DECLINE_REASONS]}::text[])[1 + r.g / 7 % ${DECLINE_REASONS.length}] END,
        CASE WHEN r.status = 'not_completed'
          THEN (${[...NOT_COMPLETED_REASONS]}::text[])[1 + r.g / 11 % ${NOT_COMPLETED_REASONS.length}] END,
        CASE WHEN r.status IN ('sent', 'acknowledged') AND r.due < now() THEN gen_random_uuid() END,
        r.at, r.at
      FROM r
      JOIN s ON s.n = floor(${SERVICES} * r.x * r.x)::int
      JOIN c ON c.n = (r.g::bigint * 2246822519 / 64) % ${CASES}
    `.execute(database.db);
  }
  // A table that grew over two years has been vacuumed and analysed by autovacuum; PGlite has none.
  for (const table of ["referrals", "cases", "services", "service_providers"])
    await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(database.db);
  return { organisationId: org.id };
}

async function tokenOf(server: ServerProcess, dataDir: string, email: string): Promise<string> {
  const account = (await demoAccounts(dataDir)).find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
}

/** One GET at a time, as a person pages a list; the times of the counted requests after a warm-up. */
async function timeRequests(server: ServerProcess, token: string, url: string, warmup: number, runs: number) {
  const times: number[] = [];
  let body: unknown;
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`);
    if (i >= warmup) times.push(performance.now() - started);
    body = JSON.parse(text);
  }
  return { times, body };
}

function record(ctx: Ctx, name: string, what: string, times: number[], detail = "") {
  const metric = { unit: "ms", n: ctx.n, db: ctx.db } as const;
  ctx.results.set(`referrals.${name}.p95_ms.${ctx.db}`, { ...metric, value: ms(percentile(times, 95)) });
  ctx.results.set(`referrals.${name}.p50_ms.${ctx.db}`, { ...metric, value: ms(median(times)) });
  ctx.log(
    `${what}: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms over ${times.length} requests${detail}`,
  );
}

/**
 * The same first page straight in SQL on the stopped server's database (PGlite has one process): the
 * baseline the list's cost through the service layer and HTTP compares with.
 */
async function sqlFirstPage(database: Database, organisationId: string, runs: number, ctx: Ctx) {
  const times: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    const started = performance.now();
    await sql`
      SELECT * FROM referrals WHERE organisation_id = ${organisationId}
      ORDER BY created_at DESC, id DESC LIMIT ${PAGE + 1}
    `.execute(database.db);
    if (i >= 20) times.push(performance.now() - started);
  }
  ctx.results.set(`sql.referrals.list.p95_ms.${ctx.db}`, {
    value: ms(percentile(times, 95)),
    unit: "ms",
    n: ctx.n,
    db: ctx.db,
  });
  ctx.log(`  the first page in SQL alone: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms`);
}

/**
 * Over HTTP against the running server, as the demo supervisor (every referral of the office): the first page
 * of GET /api/referrals (listOutgoing: the page, its service names and case numbers, the audit entry), then
 * the page an officer chasing answers opens (status sent or acknowledged, overdue); then GET
 * /api/referrals/figures over the last year as the M&E officer.
 */
async function overHttp(server: ServerProcess, dataDir: string, quick: boolean, ctx: Ctx) {
  const token = await tokenOf(server, dataDir, SUPERVISOR);
  const runs = quick ? 150 : 500;
  const first = await timeRequests(server, token, `/api/referrals?limit=${PAGE}`, 30, runs);
  record(ctx, "list", `GET /api/referrals?limit=${PAGE} over ${ctx.n} referrals`, first.times);
  const filter = `/api/referrals?status=sent,acknowledged&overdue=true&limit=${PAGE}`;
  const filtered = await timeRequests(server, token, filter, 30, runs);
  const found = (filtered.body as { items: unknown[] }).items.length;
  record(ctx, "list_filtered", `GET ${filter}`, filtered.times, ` (${found} on the page)`);

  const me = await tokenOf(server, dataDir, ME_OFFICER);
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  const query = `from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
  const figures = await timeRequests(server, me, `/api/referrals/figures?${query}`, 2, quick ? 5 : 15);
  const funnel = (figures.body as { funnel: Record<string, number | null> }).funnel;
  ctx.results.set(`referrals.figures_ms.${ctx.db}`, {
    value: ms(median(figures.times)),
    unit: "ms",
    n: ctx.n,
    db: ctx.db,
  });
  ctx.log(
    `GET /api/referrals/figures over a year (${funnel.sent} sent, ${funnel.completed} completed): median ${ms(median(figures.times))} ms, p95 ${ms(percentile(figures.times, 95))} ms`,
  );
}

/**
 * The referral benchmarks on a database whose server is stopped: 100,000 referrals of the demo office written
 * straight to the database, the SQL baseline on the same connection, then the list and the figures over HTTP
 * on a server started for them.
 */
export async function referralsBench(options: {
  db: DbKind;
  dataDir: string;
  quick: boolean;
  connect: () => Promise<Database>;
  startServer: () => Promise<ServerProcess>;
  results: Results;
  log: Log;
}): Promise<void> {
  const { db, log, results } = options;
  const ctx = { db, n: REFERRALS, results, log };
  const database = await options.connect();
  try {
    const started = performance.now();
    const { organisationId } = await seedReferrals(database, REFERRALS);
    log(
      `referrals (${db}): ${REFERRALS} referrals of ${REFERRALS_ORGANISATION} written in ${ms(performance.now() - started)} ms`,
    );
    await sqlFirstPage(database, organisationId, options.quick ? 150 : 500, ctx);
  } finally {
    await database.close();
  }
  const server = await options.startServer();
  await server.waitHealthy();
  await overHttp(server, options.dataDir, options.quick, ctx);
  await server.stop();
}
