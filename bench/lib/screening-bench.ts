import { spawnSync } from "node:child_process";
import path from "node:path";
import { sql } from "kysely";
import type { Database } from "../../src/server/db/connect.js";
import { createApiToken, type DemoAccount, signIn } from "./api.js";
import { loadMix } from "./cases-load.js";
import type { DbKind, Results } from "./results.js";
// @ts-expect-error: plain JavaScript shared with the in-process child (no declarations needed).
import { rapidAnswers } from "./screening-answers.mjs";
import type { ServerProcess } from "./server.js";
import { median, percentile, round } from "./stats.js";
import type { WarmUp } from "./warmup.js";

const SCREENER = "screener@office.example.org";
const ME_OFFICER = "me@office.example.org";
export const SCREENING_ORGANISATION = "Safe Passage Country Office";

export interface ScreeningPlan {
  /** Synthetic screenings behind the figures query. */
  datasetScreenings: number;
  loadSeconds: number;
  warmup: WarmUp;
  connections: number;
  figuresRuns: number;
}

type Log = (message: string) => void;
type Ctx = { db: DbKind; results: Results; log: Log };
const ms = (v: number) => round(v, 1);

/** Form evaluation + scoring of the rapid screening per second, on the compiled build in a plain node child. */
export function scoreRateInProcess(root: string, seconds: number, ctx: Omit<Ctx, "db">): void {
  const child = spawnSync(
    process.execPath,
    [path.join(root, "bench/lib/screening-score-child.mjs"), root, String(seconds)],
    {
      encoding: "utf8",
    },
  );
  if (child.status !== 0) throw new Error(`screening score child failed: ${child.stderr}`);
  const { perSecond, questions } = JSON.parse(child.stdout.trim().split("\n").at(-1) as string) as {
    perSecond: number;
    questions: number;
  };
  ctx.log(`screening scored in-process: ${Math.round(perSecond)} per second (${questions} questions)`);
  ctx.results.set("screening.score.inproc_per_s", {
    value: Math.round(perSecond),
    unit: "per_s",
    n: 1000,
    db: "pglite",
  });
}

async function tokenOf(server: ServerProcess, accounts: DemoAccount[], email: string): Promise<string> {
  const account = accounts.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
}

/** The published rapid screening of the screener's organisation (installing the built-in forms on first use). */
async function rapidForm(server: ServerProcess, token: string): Promise<{ id: string; publishedVersion: number }> {
  const response = await fetch(`${server.baseUrl}/api/forms`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { items: { id: string; formKey: string; publishedVersion: number }[] };
  const rapid = body.items.find((form) => form.formKey === "rapid_screening");
  if (!rapid) throw new Error("the rapid screening form is missing");
  return rapid;
}

/** POST /api/screenings under load: validated, scored, sealed, audited; p95 over HTTP. */
export async function submitOverHttp(
  server: ServerProcess,
  accounts: DemoAccount[],
  plan: ScreeningPlan,
  ctx: Ctx,
): Promise<{ formId: string; version: number }> {
  const token = await tokenOf(server, accounts, SCREENER);
  const rapid = await rapidForm(server, token);
  const requests = (rapidAnswers(200, 77) as Record<string, unknown>[]).map((answers) => ({
    method: "POST" as const,
    path: "/api/screenings",
    body: { formId: rapid.id, formVersion: rapid.publishedVersion, answers, location: { siteType: "border_crossing" } },
  }));
  ctx.log(`POST /api/screenings: ${requests.length} answer sets in turn, ${plan.connections} connections`);
  const load = await loadMix({
    baseUrl: server.baseUrl,
    token,
    requests,
    connections: plan.connections,
    durationSeconds: plan.loadSeconds,
    warmup: plan.warmup,
  });
  ctx.log(`  ${round(load.rps, 1)} req/s, p50 ${ms(load.p50Ms)} ms, p95 ${ms(load.p95Ms)} ms`);
  const name = ctx.db === "pglite" ? "screening.submit.p95_ms" : "screening.submit.p95_ms.postgresql";
  ctx.results.set(name, { value: ms(load.p95Ms), unit: "ms", n: load.requests, db: ctx.db });
  return { formId: rapid.id, version: rapid.publishedVersion };
}

/**
 * Synthetic screenings straight in SQL, for the figures query only: the columns it counts get realistic
 * spreads; the sealed answers are a placeholder (figures never read them).
 */
export async function seedScreenings(database: Database, form: { formId: string; version: number }, count: number) {
  const db = database.db;
  const org = await db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", SCREENING_ORGANISATION)
    .executeTakeFirstOrThrow();
  const batch = 100_000;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    await sql`
      INSERT INTO screenings (organisation_id, form_id, form_version, screened_at, country, site_type, answers,
        risk_level, flags, needs, sex, age_band, consent_record, consent_refer)
      SELECT ${org.id}::uuid, ${form.formId}::uuid, ${form.version}, now() - (g % 730) * interval '1 day',
        (ARRAY['UA','PL','MD','RO','SK'])[1 + g % 5], (ARRAY['border_crossing','transit_centre','collective_shelter','hotline','outreach'])[1 + g % 5],
        'placeholder', (ARRAY['low','low','low','medium','high','immediate_danger'])[1 + g % 6],
        CASE WHEN g % 4 = 0 THEN ARRAY['unclear_job_offer','debt_to_recruiter'] WHEN g % 7 = 0 THEN ARRAY['roma'] ELSE '{}' END,
        CASE g % 4 WHEN 0 THEN ARRAY['food','hygiene'] WHEN 1 THEN ARRAY['shelter','transport']
          WHEN 2 THEN ARRAY['medical'] ELSE ARRAY['legal','documents'] END,
        (ARRAY['female','female','male'])[1 + g % 3], (ARRAY['18-20','24-26','30-38','39-47','48+','9-17'])[1 + g % 6],
        true, g % 3 = 0
      FROM generate_series(${start + 1}::int, ${start + n}::int) AS g
    `.execute(db);
  }
  // The daily counts the figures read, as submissions keep them: rebuilt from the rows.
  await sql`DELETE FROM screening_counts WHERE organisation_id = ${org.id}::uuid`.execute(db);
  await sql`
    INSERT INTO screening_counts (organisation_id, day, form_id, dimension, key, count)
    SELECT organisation_id, day, form_id, dimension, key, count(*)
    FROM (
      SELECT s.organisation_id, (s.screened_at AT TIME ZONE 'UTC')::date AS day, s.form_id, c.dimension, c.key
      FROM screenings s, LATERAL (
        VALUES ('total', ''), ('level', coalesce(s.override_level, s.risk_level, 'not_scored')),
          ('site', coalesce(s.site_type, 'unknown')), ('country', coalesce(s.country, 'unknown')),
          ('sex', coalesce(s.sex, 'unknown')), ('age', coalesce(s.age_band, 'unknown'))
        UNION ALL SELECT 'need', unnest(s.needs)
        UNION ALL SELECT 'flag', unnest(s.flags)
      ) AS c(dimension, key)
      WHERE s.organisation_id = ${org.id}::uuid
    ) cells
    GROUP BY organisation_id, day, form_id, dimension, key
  `.execute(db);
  await sql`ANALYZE screenings`.execute(db);
  await sql`ANALYZE screening_counts`.execute(db);
}

/** GET /api/screenings/figures for the whole dataset, one request at a time; median of the runs. */
export async function figuresOverHttp(
  server: ServerProcess,
  accounts: DemoAccount[],
  plan: ScreeningPlan,
  n: number,
  ctx: Ctx,
): Promise<void> {
  const token = await tokenOf(server, accounts, ME_OFFICER);
  const times: number[] = [];
  for (let i = 0; i < plan.figuresRuns + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/screenings/figures`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`figures: ${response.status}`);
    if (i >= 2) times.push(performance.now() - started);
  }
  ctx.log(
    `GET /api/screenings/figures over ${n} screenings: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms`,
  );
  ctx.results.set(`screening.figures_ms.${ctx.db}`, { value: ms(median(times)), unit: "ms", n, db: ctx.db });
}
