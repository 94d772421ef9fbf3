import { CompiledQuery, sql } from "kysely";
import { userActor } from "../../src/server/access/actor.js";
import { runScoped } from "../../src/server/access/scoped-db.js";
import type { Database } from "../../src/server/db/connect.js";
import { givenNeeds, matchGivenNeeds } from "../../src/server/modules/directory/matching/match.service.js";
import { candidateQuery } from "../../src/server/modules/directory/matching/match-candidates.js";
import { isRole } from "../../src/shared/access/permissions.js";
import { matchInput } from "../../src/shared/api/directory-matching.js";
import { SERVICE_TYPES } from "../../src/shared/directory/vocab.js";
import { createApiToken, demoAccounts, signIn } from "./api.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { median, percentile, round } from "./stats.js";

const KEEPER = "Safe Passage Country Office";
const CASEWORKER = "caseworker@office.example.org";
const SERVICES = 10_000;
const PROVIDERS = 500;

type Log = (message: string) => void;
const ms = (v: number) => round(v, 1);

/** Cities of the regional response, several per country, to spread providers and services over. */
const CITIES: [country: string, region: string, city: string, latitude: number, longitude: number][] = [
  ["PL", "Mazowieckie", "Warszawa", 52.23, 21.01],
  ["PL", "Małopolskie", "Kraków", 50.06, 19.94],
  ["PL", "Pomorskie", "Gdańsk", 54.35, 18.65],
  ["PL", "Lubelskie", "Lublin", 51.25, 22.57],
  ["PL", "Podkarpackie", "Przemyśl", 49.78, 22.77],
  ["UA", "Kyiv", "Kyiv", 50.45, 30.52],
  ["UA", "Lvivska", "Lviv", 49.84, 24.03],
  ["UA", "Odeska", "Odesa", 46.48, 30.72],
  ["UA", "Kharkivska", "Kharkiv", 49.99, 36.23],
  ["MD", "Chișinău", "Chișinău", 47.01, 28.86],
  ["MD", "Bălți", "Bălți", 47.76, 27.93],
  ["RO", "București", "București", 44.43, 26.1],
  ["RO", "Iași", "Iași", 47.16, 27.59],
  ["RO", "Suceava", "Suceava", 47.65, 26.26],
  ["SK", "Košický", "Košice", 48.72, 21.26],
  ["HU", "Budapest", "Budapest", 47.5, 19.04],
  ["CZ", "Praha", "Praha", 50.08, 14.44],
  ["DE", "Berlin", "Berlin", 52.52, 13.4],
];

/**
 * A directory of `count` services from `PROVIDERS` providers kept by the demo office, in one statement each,
 * spread as a regional directory is: every type in every country, two services in five at their provider's
 * address, one in five serving a whole country, one in twenty remote, a tenth with age rules, some for women,
 * for one nationality or for refugees, availability and verification dates of every kind, 3% retired.
 */
export async function seedDirectory(database: Database, count: number): Promise<void> {
  const db = database.db;
  const keeper = await db.selectFrom("organisations").select("id").where("name", "=", KEEPER).executeTakeFirstOrThrow();
  const members = (await db.selectFrom("organisations").select("id").execute()).map((row) => row.id);
  const cities = sql`(VALUES ${sql.join(CITIES.map((c) => sql`(${c[0]}, ${c[1]}, ${c[2]}, ${c[3]}::float8, ${c[4]}::float8)`))})
    AS c(country, region, city, latitude, longitude)`;
  await sql`
    INSERT INTO service_providers (organisation_id, member_organisation_id, name, kind, phone, country, region, city,
      latitude, longitude)
    SELECT ${keeper.id}::uuid, CASE WHEN g % 10 = 0 THEN (${members}::uuid[])[1 + g % ${members.length}] END,
      'Bench provider ' || g, 'NGO', '+48 22 000 ' || lpad(g::text, 4, '0'), c.country, c.region, c.city,
      c.latitude + (g % 7) * 0.01, c.longitude - (g % 5) * 0.01
    FROM generate_series(0, ${PROVIDERS - 1}) AS g
    JOIN (SELECT *, row_number() OVER () - 1 AS n FROM ${cities}) AS c ON c.n = g % ${CITIES.length}
  `.execute(db);
  await sql`
    WITH p AS (
      SELECT id, country, region, city, latitude, longitude, row_number() OVER (ORDER BY name) - 1 AS n
      FROM service_providers WHERE name LIKE 'Bench provider %'
    )
    INSERT INTO services (organisation_id, provider_id, name, service_type, country, region, city, latitude, longitude,
      area_countries, area_cities, remote, languages, min_age, max_age, sexes, nationalities, statuses, availability,
      verified_at, retired_at, contact_phone)
    SELECT ${keeper.id}::uuid, p.id, 'Bench service ' || g, (${[...SERVICE_TYPES]}::text[])[1 + g % ${SERVICE_TYPES.length}],
      own.country, own.region, own.city, own.latitude, own.longitude,
      CASE WHEN g % 5 = 0 THEN ARRAY[p.country::text] WHEN g % 37 = 0 THEN ARRAY[p.country::text, 'UA'] ELSE '{}' END,
      CASE WHEN g % 10 = 3 THEN ARRAY[p.city] ELSE '{}' END,
      g % 20 = 7,
      string_to_array((ARRAY['uk,ru', 'pl,en', 'uk', 'ro,ru,en', 'de,en', '', 'cs,sk,en', 'pl'])[1 + g % 8], ','),
      CASE WHEN g % 10 = 1 THEN 18 END, CASE WHEN g % 10 = 2 THEN 17 END,
      CASE WHEN g % 12 = 5 THEN ARRAY['Female'] ELSE '{}' END,
      CASE WHEN g % 20 = 9 THEN ARRAY['UA'] ELSE '{}' END,
      CASE WHEN g % 20 = 11 THEN ARRAY['Refugee', 'TemporaryProtection'] ELSE '{}' END,
      (ARRAY['available','available','limited','full','unknown'])[1 + g % 5],
      CASE WHEN g % 10 <> 4 THEN now() - (g % 12) * interval '1 month' END,
      CASE WHEN g % 33 = 0 THEN now() END,
      CASE WHEN g % 2 = 0 THEN '+48 800 ' || lpad(g::text, 6, '0') END
    FROM generate_series(0, ${count - 1}) AS g
    JOIN p ON p.n = (g * 7) % ${PROVIDERS}
    -- Two services in five have their own place near the provider's; the rest are at its address.
    LEFT JOIN LATERAL (SELECT p.country, p.region, p.city, p.latitude + 0.05, p.longitude + 0.05
      WHERE g % 5 IN (1, 2)) AS own(country, region, city, latitude, longitude) ON true
  `.execute(db);
  // A directory kept over months has been analysed by autovacuum; PGlite has none, so it is done here.
  await sql`VACUUM ANALYZE service_providers`.execute(db);
  await sql`VACUUM ANALYZE services`.execute(db);
}

/** The i-th person an operator looks for services for: needs, place and facts vary as they do at a desk. */
function needsBody(i: number) {
  const [country, region, city, latitude, longitude] = CITIES[(i * 5) % CITIES.length] as (typeof CITIES)[number];
  const types = Array.from({ length: 1 + (i % 5) }, (_, k) => SERVICE_TYPES[(i * 3 + k * 7) % SERVICE_TYPES.length]);
  return {
    serviceTypes: [...new Set(types)],
    place: i % 2 === 0 ? { country, region, city, latitude, longitude } : { country, city },
    languages: [["uk", "ru"], ["ro"], ["uk"], ["en", "pl"]][i % 4],
    ...(i % 3 === 0 ? {} : { age: 10 + ((i * 13) % 60), sex: i % 2 === 0 ? "Female" : "Male" }),
    ...(i % 4 === 0 ? { nationalities: ["UA"], statuses: ["TemporaryProtection"] } : {}),
    limit: 10,
  };
}

/**
 * The same matching through the service layer in this process (no HTTP, no sign-in; the same transaction,
 * row-level security and audit entry): the baseline the HTTP figure is read against on a noisy machine.
 * Also logs which indexes the candidate query's plan reads for five wanted types.
 */
export async function matchInProcess(
  database: Database,
  requests: number,
  ctx: { db: DbKind; n: number; results: Results; log: Log },
): Promise<void> {
  const user = await database.db
    .selectFrom("users")
    .select(["id", "organisation_id", "team_id", "roles"])
    .where("email", "=", CASEWORKER)
    .executeTakeFirstOrThrow();
  const actor = userActor({
    userId: user.id,
    organisationId: user.organisation_id,
    teamId: user.team_id,
    roles: user.roles.filter(isRole),
    via: "token",
    locale: "en",
  });
  const info = (i: number) => ({ requestId: `bench-match-${i}`, clientIp: "127.0.0.1", action: "directory.match" });
  const heaviest = matchInput.parse(needsBody(4));
  const plan = await runScoped(database, actor, info(0), async (db) => {
    const compiled = candidateQuery(db, await givenNeeds(db, heaviest)).compile();
    const explained = await db.tx.executeQuery(CompiledQuery.raw(`EXPLAIN ${compiled.sql}`, [...compiled.parameters]));
    return (explained.rows as { "QUERY PLAN": string }[]).map((row) => row["QUERY PLAN"]);
  });
  const scans = plan.flatMap((line) => /(\w[\w ]* Scan)(?: using| on) (\w+)/.exec(line)?.slice(1, 3).join(" ") ?? []);
  ctx.log(`  candidate query plan (${heaviest.serviceTypes.length} types): ${scans.join(", ")}`);
  const times: number[] = [];
  for (let i = 0; i < 30 + requests; i++) {
    const body = matchInput.parse(needsBody(i));
    const started = performance.now();
    await runScoped(database, actor, info(i), (db) => matchGivenNeeds(db, body));
    if (i >= 30) times.push(performance.now() - started);
  }
  ctx.log(`  in process: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms over ${times.length}`);
  const suffix = ctx.db === "pglite" ? "" : ".postgresql";
  const metric = { unit: "ms", n: ctx.n, db: ctx.db } as const;
  ctx.results.set(`referrals.match.inproc_p95_ms${suffix}`, { ...metric, value: ms(percentile(times, 95)) });
}

/**
 * POST /api/directory/matches as the demo caseworker (API token), one request at a time as an operator asks:
 * the SQL prefilter over the deployment's directory, the ranking in memory, the top ten. p95 and median over
 * the counted requests.
 */
export async function matchOverHttp(
  server: ServerProcess,
  dataDir: string,
  requests: number,
  ctx: { db: DbKind; n: number; results: Results; log: Log },
): Promise<void> {
  const account = (await demoAccounts(dataDir)).find((a) => a.email === CASEWORKER);
  if (!account) throw new Error(`no demo account ${CASEWORKER}`);
  const token = await createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
  const warmup = 30;
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < warmup + requests; i++) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/directory/matches`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(needsBody(i)),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`service matching: ${response.status} ${text.slice(0, 300)}`);
    if (i < warmup) continue;
    times.push(performance.now() - started);
    found += (JSON.parse(text) as { items: unknown[] }).items.length;
  }
  ctx.log(
    `POST /api/directory/matches over ${ctx.n} services: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms over ${times.length} requests (${round(found / times.length, 1)} matches each)`,
  );
  const suffix = ctx.db === "pglite" ? "" : ".postgresql";
  const metric = { unit: "ms", n: ctx.n, db: ctx.db } as const;
  ctx.results.set(`referrals.match.p95_ms${suffix}`, { ...metric, value: ms(percentile(times, 95)) });
  ctx.results.set(`referrals.match.p50_ms${suffix}`, { ...metric, value: ms(median(times)) });
}

/**
 * The matching benchmark on a database whose server is stopped: the directory written straight to the
 * database (PGlite has one process), then the requests over HTTP on a server started for them.
 */
export async function matchingBench(options: {
  db: DbKind;
  dataDir: string;
  quick: boolean;
  connect: () => Promise<Database>;
  startServer: () => Promise<ServerProcess>;
  results: Results;
  log: Log;
}): Promise<void> {
  const { db, log } = options;
  const database = await options.connect();
  try {
    const started = performance.now();
    await seedDirectory(database, SERVICES);
    log(
      `matching (${db}): ${SERVICES} services of ${PROVIDERS} providers written in ${ms(performance.now() - started)} ms`,
    );
    await matchInProcess(database, options.quick ? 150 : 500, { db, n: SERVICES, results: options.results, log });
  } finally {
    await database.close();
  }
  const server = await options.startServer();
  await server.waitHealthy();
  await matchOverHttp(server, options.dataDir, options.quick ? 150 : 500, {
    db,
    n: SERVICES,
    results: options.results,
    log,
  });
  await server.stop();
}
