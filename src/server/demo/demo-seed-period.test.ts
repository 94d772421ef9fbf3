import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellsOf } from "../modules/hotline/contact-counts.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../testing/http.js";
import { type DemoOfficeMap, seedDemoOffices } from "./demo-offices.js";
import { type SeedPeriodMade, seedDemoSeedPeriod } from "./demo-seed-period.js";
import { SEED_PERIOD_HOTLINES } from "./demo-seed-period-hotline.js";
import { JUNE_SCREENINGS } from "./demo-seed-period-screenings.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

/*
 * The records behind the seed period's direct-assistance, screening and helpline figures: each in a team of
 * the right office (a team without an office counts for the main office), so that the report computes the
 * seed's numbers instead of anyone typing them.
 */
describe.each(testDatabaseKinds())("demo records of the seed period (%s)", (kind) => {
  let ctx: Ctx;
  let map: DemoOfficeMap;
  let made: SeedPeriodMade;
  let supervisor: TestSession;

  const db = () => ctx.testApp.services.database.db;
  /** The office a team's records count for, by the office's country: its own, else the main office. */
  const officeCountry = sql<string>`coalesce(
    (SELECT o.country FROM teams t JOIN offices o ON o.organisation_id = t.organisation_id AND o.id = t.office_id
      WHERE t.organisation_id = r.organisation_id AND t.id = r.team_id),
    (SELECT o.country FROM offices o WHERE o.organisation_id = r.organisation_id AND o.is_main))`;
  const get = async (url: string) => {
    const response = await send(ctx.app, { method: "GET", url, session: supervisor });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    map = (await seedDemoOffices(ctx.testApp.services)) as DemoOfficeMap;
    made = await seedDemoSeedPeriod(ctx.testApp.services, map);
    supervisor = await ctx.sessions.of("supervisor");
  }, 300_000);
  afterAll(() => ctx?.testApp.close());

  it("screens 243 people in Belarus from May to 3 June 2022, mostly needing food, hygiene items, clothes and medicines", async () => {
    expect(made.screenings).toBe(243);
    const { rows } = await sql<{ office: string; month: string; n: number }>`
      SELECT ${officeCountry} AS office, to_char(r.screened_at, 'YYYY-MM') AS month, count(*)::int AS n
      FROM screenings r WHERE r.organisation_id = ${map.organisationId} GROUP BY 1, 2 ORDER BY 2`.execute(db());
    expect(rows).toEqual([
      { office: "BY", month: "2022-05", n: 243 - JUNE_SCREENINGS },
      { office: "BY", month: "2022-06", n: JUNE_SCREENINGS },
    ]);
    const last = await db()
      .selectFrom("screenings")
      .select(["id", "screened_at"])
      .orderBy("screened_at", "desc")
      .executeTakeFirstOrThrow();
    expect(last.screened_at.toISOString() < "2022-06-04").toBe(true);
    const needs = await sql<{ key: string; n: number }>`
      SELECT key, sum(count)::int AS n FROM screening_counts
      WHERE organisation_id = ${map.organisationId} AND dimension = 'need' GROUP BY key ORDER BY n DESC`.execute(db());
    expect(
      needs.rows
        .slice(0, 4)
        .map((r) => r.key)
        .sort(),
    ).toEqual(["clothing", "food", "hygiene", "medicines"]);
    const levels = await db().selectFrom("screenings").select("risk_level").distinct().execute();
    expect(levels.map((l) => l.risk_level)).not.toContain("immediate_danger");
    // Saved as the screening service saves them: the record opens with its answers.
    const detail = await get(`/api/screenings/${last.id}`);
    expect(detail.answers.needs.length).toBeGreaterThan(0);
  });

  it("has the helplines' May 2022: 4,444 calls with 16,511 consultations in Ukraine, 54 in Czechia, 311 in Belarus", async () => {
    expect(made.contacts).toBe(4444 + 54 + 311);
    const { rows } = await sql<{ office: string; contacts: number; consultations: number; persons: number }>`
      SELECT ${officeCountry} AS office, count(DISTINCT r.id)::int AS contacts, count(q.id)::int AS consultations,
        count(DISTINCT r.caller_ref)::int AS persons
      FROM hotline_contacts r LEFT JOIN hotline_consultations q ON q.organisation_id = r.organisation_id AND q.contact_id = r.id
      WHERE r.organisation_id = ${map.organisationId} AND r.status = 'completed'
        AND r.started_at >= '2022-05-01' AND r.started_at < '2022-06-01'
      GROUP BY 1 ORDER BY 1`.execute(db());
    expect(rows).toEqual([
      { office: "BY", contacts: 311, consultations: 311, persons: 311 },
      { office: "CZ", contacts: 54, consultations: expect.any(Number), persons: 54 },
      { office: "UA", contacts: 4444, consultations: 16_511, persons: 4444 },
    ]);
    const czech = await sql<{ service: string }>`
      SELECT DISTINCT q.service FROM hotline_consultations q JOIN hotline_contacts r ON r.organisation_id = q.organisation_id
        AND r.id = q.contact_id JOIN teams t ON t.organisation_id = r.organisation_id AND t.id = r.team_id
      WHERE r.organisation_id = ${map.organisationId} AND t.name = 'Czechia helpline team'`.execute(db());
    expect(czech.rows.map((r) => r.service)).toEqual(
      expect.arrayContaining(["psychosocial_first_aid", "referral", "legal_counselling"]),
    );
    const one = await db()
      .selectFrom("hotline_contacts")
      .select("id")
      .where("client_key", "=", "demo-seed:ua-hotline:7")
      .executeTakeFirstOrThrow();
    const contact = await get(`/api/hotline/contacts/${one.id}`);
    expect(contact.status).toBe("completed");
    expect(contact.consultations.length).toBeGreaterThan(0);
  });

  it("keeps the helpline's daily counts equal to a recount of the contacts and consultations", async () => {
    const contacts = await db()
      .selectFrom("hotline_contacts")
      .selectAll()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    const consultations = await db()
      .selectFrom("hotline_consultations")
      .select(["contact_id", "topic", "service"])
      .where("organisation_id", "=", map.organisationId)
      .orderBy("position")
      .execute();
    const byContact = new Map<string, { topic: string; service: string }[]>();
    for (const c of consultations) byContact.set(c.contact_id, [...(byContact.get(c.contact_id) ?? []), c]);
    const recount = new Map<string, number>();
    for (const row of contacts) {
      const counted = {
        ...{ startedAt: row.started_at, channel: row.channel, direction: row.direction, language: row.language },
        ...{ callerType: row.caller_type, callerCountry: row.caller_country, outcome: row.outcome },
        ...{ escalation: row.escalation, durationSeconds: row.duration_seconds },
        consultations: byContact.get(row.id) ?? [],
      };
      for (const [day, dimension, key, amount] of cellsOf(counted, "Europe/Warsaw")) {
        const id = `${day} ${dimension}:${key}`;
        recount.set(id, (recount.get(id) ?? 0) + amount);
      }
      expect(row.counted_on).toBe(cellsOf(counted, "Europe/Warsaw")[0]?.[0]);
    }
    const stored = await db()
      .selectFrom("hotline_counts")
      .selectAll()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    expect(new Map(stored.map((r) => [`${r.day} ${r.dimension}:${r.key}`, Number(r.count)]))).toEqual(recount);
    // Working hours only: the night hours keep the few contacts the figures page withholds.
    expect(new Set(stored.filter((r) => r.dimension === "hour").map((r) => Number(r.key)))).toEqual(
      new Set([9, 10, 11, 12, 13, 14, 15, 16, 17]),
    );
  });

  it("has the direct assistance of May 2022 as cases: 20 people in Ukraine, one in Poland, three in Moldova", async () => {
    expect(made.cases).toBe(24);
    const { rows } = await sql<{ office: string; sex: string; victim: boolean; persons: number }>`
      SELECT ${officeCountry} AS office, p.sex, cp.trafficking_status = 'ActualVictimOfTrafficking' AS victim,
        count(DISTINCT p.id)::int AS persons
      FROM cases r JOIN case_people cp ON cp.organisation_id = r.organisation_id AND cp.case_id = r.id AND cp.role = 'victim'
        JOIN people p ON p.organisation_id = cp.organisation_id AND p.id = cp.person_id
      WHERE r.organisation_id = ${map.organisationId} AND EXISTS (SELECT 1 FROM assistance a WHERE a.organisation_id = r.organisation_id
        AND a.case_id = r.id AND a.status = 'provided' AND a.provided_on BETWEEN '2022-05-01' AND '2022-05-31')
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(db());
    expect(rows).toEqual([
      { office: "MD", sex: "Female", victim: true, persons: 3 },
      { office: "PL", sex: "Female", victim: true, persons: 1 },
      { office: "UA", sex: "Female", victim: false, persons: 7 },
      { office: "UA", sex: "Female", victim: true, persons: 2 },
      { office: "UA", sex: "Male", victim: false, persons: 3 },
      { office: "UA", sex: "Male", victim: true, persons: 8 },
    ]);
    const types = await sql<{ type: string; n: number }>`
      SELECT a.assistance_type AS type, count(*)::int AS n FROM assistance a JOIN cases r ON r.organisation_id = a.organisation_id
        AND r.id = a.case_id JOIN teams t ON t.organisation_id = r.organisation_id AND t.id = r.team_id
      WHERE a.organisation_id = ${map.organisationId} AND t.name = 'Ukraine protection team' GROUP BY 1`.execute(db());
    const ukraine = new Map(types.rows.map((r) => [r.type, r.n]));
    expect(ukraine.get("FamilyAndHousingAllowance")).toBe(20);
    for (const type of ["Medical", "SafeTransport", "IncomeGeneratingEquipment"])
      expect(ukraine.get(type)).toBeGreaterThan(0);
    const stages = await db()
      .selectFrom("cases")
      .select("stage")
      .distinct()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    expect(stages.map((s) => s.stage)).toEqual(["closed"]);
  });

  it("records nothing twice", async () => {
    expect(SEED_PERIOD_HOTLINES.map((line) => line.contacts)).toEqual([4444, 54, 311]);
    expect(await seedDemoSeedPeriod(ctx.testApp.services, map)).toEqual({ screenings: 0, contacts: 0, cases: 0 });
    const count = await db()
      .selectFrom("hotline_contacts")
      .select(db().fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(4444 + 54 + 311);
  });
});
