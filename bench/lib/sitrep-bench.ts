import { sql } from "kysely";
import type { Database } from "../../src/server/db/connect.js";
import { createApiToken, demoAccounts, signIn } from "./api.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { seedBareCaseload } from "./sitrep-caseload.js";
import { median, round } from "./stats.js";

const ORGANISATION = "Safe Passage Country Office";
const ME_OFFICER = "me@office.example.org";
/** Eight years of activities: at 100,000 that is about a thousand a month across the offices. */
const MONTHS = 96;

type Log = (message: string) => void;
interface SitrepBenchOptions {
  db: DbKind;
  dataDir: string;
  quick: boolean;
  connect: () => Promise<Database>;
  startServer: () => Promise<ServerProcess>;
  results: Results;
  log: Log;
  /** Bare cases to add first, when no case benchmark built a caseload (`--only sitrep`). */
  bareCases?: number;
}

const ms = (v: number) => round(v, 1);

/** The first day of the month `back` months before the current one, as YYYY-MM-DD. */
function monthStart(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * `count` approved activities of the organisation's offices, spread evenly over MONTHS months up to the last
 * full month, the five kinds in the proportions an office records them (trainings and campaigns most), each
 * with a narrative of a report paragraph's length and the kind's figures.
 */
export async function seedActivities(database: Database, count: number): Promise<{ offices: number }> {
  const org = await database.db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", ORGANISATION)
    .executeTakeFirstOrThrow();
  const offices = await database.db
    .selectFrom("offices")
    .select("id")
    .where("organisation_id", "=", org.id)
    .where("retired_at", "is", null)
    .execute();
  if (offices.length === 0) throw new Error("the demo organisation has no offices");
  const officeIds = offices.map((o) => o.id);
  const first = monthStart(MONTHS);
  const batch = 20_000;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    await sql`
      WITH g AS (
        SELECT g, (${officeIds}::uuid[])[1 + g % ${officeIds.length}] AS office_id,
          (ARRAY['training','training','training','awareness','awareness','coordination','coordination','guidance',
            'research','research'])[1 + (g::bigint * 7919) % 10] AS kind,
          (${first}::date + (g::bigint * (${monthStart(0)}::date - ${first}::date) / ${count})::int) AS ends_on
        FROM generate_series(${start}::int, ${start + n - 1}::int) AS g
      )
      INSERT INTO activities (organisation_id, office_id, kind, section, title, narrative, partners, country,
        starts_on, ends_on, period_month, status, details, approved_at, created_at, updated_at)
      SELECT ${org.id}::uuid, g.office_id, g.kind,
        CASE g.kind WHEN 'training' THEN 'training' WHEN 'awareness' THEN 'advocacy' WHEN 'coordination' THEN 'convening'
          WHEN 'guidance' THEN 'thematic_guidance' ELSE 'research' END,
        'Bench activity ' || g.g,
        repeat('The office worked with local partners on identification and referral of people at risk. ', 4),
        ARRAY['Partner NGO ' || (g.g % 40)], 'PL', g.ends_on - 1, g.ends_on,
        date_trunc('month', g.ends_on)::date, 'approved',
        CASE g.kind
          WHEN 'training' THEN jsonb_build_object('kind', 'training', 'training', jsonb_build_object(
            'topics', jsonb_build_array('identification'), 'targetGroups', jsonb_build_array('border_guards'),
            'modality', 'in_person', 'participants', jsonb_build_object('total', 30 + g.g % 20,
              'female', 15, 'male', 15 + g.g % 20, 'other', 0), 'byProfile', '[]'::jsonb))
          WHEN 'awareness' THEN jsonb_build_object('kind', 'awareness', 'awareness', jsonb_build_object(
            'materials', jsonb_build_array(jsonb_build_object('material', 'leaflet', 'languages', jsonb_build_array('uk'),
              'printed', 1000, 'distributed', 500 + g.g % 500)), 'languages', jsonb_build_array('uk', 'pl'),
            'channels', jsonb_build_array('print'), 'reach', jsonb_build_object('peopleMet', 100 + g.g % 900)))
          WHEN 'coordination' THEN jsonb_build_object('kind', 'coordination', 'coordination', jsonb_build_object(
            'meetingType', 'working_group', 'role', 'participant', 'organisationsPresent', '[]'::jsonb,
            'organisationCount', 5 + g.g % 20, 'topics', jsonb_build_array('referral'), 'followUps', ''))
          WHEN 'guidance' THEN jsonb_build_object('kind', 'guidance', 'guidance', jsonb_build_object(
            'productType', 'guideline', 'languages', jsonb_build_array('uk'),
            'versions', jsonb_build_array(jsonb_build_object('label', '1.0', 'date', g.ends_on::text))))
          ELSE jsonb_build_object('kind', 'research', 'research', jsonb_build_object('method', 'survey',
            'sampleSize', 100 + g.g % 1000, 'researchStatus', 'completed', 'findings', '[]'::jsonb))
        END,
        g.ends_on + interval '3 days', g.ends_on, g.ends_on
      FROM g
    `.execute(database.db);
  }
  await sql`VACUUM ANALYZE activities`.execute(database.db);
  return { offices: officeIds.length };
}

async function timed(server: ServerProcess, token: string, method: string, url: string, body?: unknown) {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status >= 300)
    throw new Error(`${method} ${url}: ${response.status} ${new TextDecoder().decode(bytes).slice(0, 300)}`);
  return { ms: performance.now() - started, bytes };
}

/**
 * The situation report for the last full month of all offices: drafted from the records and activities
 * (POST), then exported as HTML, PDF and DOCX. Each metric is the whole generation a user waits for: the
 * draft plus the export. Runs on the database the earlier phases filled (cases, screenings, contacts).
 */
export async function sitrepBench(options: SitrepBenchOptions): Promise<void> {
  const { db, results, log } = options;
  const count = options.quick ? 5_000 : 100_000;
  const database = await options.connect();
  let offices: number;
  try {
    if (options.bareCases) {
      log(`sitrep (${db}): ${options.bareCases} bare cases with their assistance`);
      await seedBareCaseload(database, ORGANISATION, options.bareCases, MONTHS, log);
    }
    log(`sitrep (${db}): ${count} synthetic activities`);
    ({ offices } = await seedActivities(database, count));
  } finally {
    await database.close();
  }
  const server = await options.startServer();
  await server.waitHealthy();
  try {
    const account = (await demoAccounts(options.dataDir)).find((a) => a.email === ME_OFFICER);
    if (!account) throw new Error(`no demo account ${ME_OFFICER}`);
    const token = await createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
    const month = monthStart(1).slice(0, 7);
    const runs = options.quick ? 2 : 3;
    const times = { draft: [] as number[], html: [] as number[], pdf: [] as number[], docx: [] as number[] };
    let sizes = "";
    for (let i = 0; i < runs + 1; i++) {
      const draft = await timed(server, token, "POST", "/api/sitreps", {
        fromMonth: month,
        toMonth: month,
        language: "en",
      });
      const id = (JSON.parse(new TextDecoder().decode(draft.bytes)) as { id: string }).id;
      const html = await timed(server, token, "GET", `/api/sitreps/${id}/export.html`);
      const pdf = await timed(server, token, "GET", `/api/sitreps/${id}/export.pdf`);
      const docx = await timed(server, token, "GET", `/api/sitreps/${id}/export.docx`);
      if (i === 0) continue; // warm-up
      times.draft.push(draft.ms);
      times.html.push(draft.ms + html.ms);
      times.pdf.push(draft.ms + pdf.ms);
      times.docx.push(draft.ms + docx.ms);
      sizes = `HTML ${Math.round(html.bytes.length / 1024)} KB, PDF ${Math.round(pdf.bytes.length / 1024)} KB, DOCX ${Math.round(docx.bytes.length / 1024)} KB`;
    }
    const n = count;
    for (const [name, values] of Object.entries(times)) {
      results.set(`sitrep.${name}_ms.${db}`, { value: ms(median(values)), unit: "ms", n, db });
    }
    log(
      `sitrep for ${month}, ${offices} offices: draft ${ms(median(times.draft))} ms, HTML ${ms(median(times.html))} ms, PDF ${ms(median(times.pdf))} ms, DOCX ${ms(median(times.docx))} ms (${sizes})`,
    );
  } finally {
    await server.stop();
  }
}
