import type { Selectable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_LISTS, DEFAULT_SECTION } from "../../shared/activities/vocab.js";
import { type ActivityDetails, activityDetails } from "../../shared/api/activities.js";
import type { ActivitiesTable } from "../db/schema-activities.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp } from "../testing/http.js";
import { DEMO_ACTIVITIES, LOCKED_MONTH, lockedOffices, OPEN_OFFICE, seedDemoActivities } from "./demo-activities.js";
import { inconsistencies } from "./demo-activities-builders.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";
import { DEMO_OFFICE_TEAMS, DEMO_OFFICES, type DemoOfficeMap, seedDemoOffices } from "./demo-offices.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Row = Selectable<ActivitiesTable> & { parsed: ActivityDetails };

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
const participants = (rows: Row[]) =>
  sum(rows.map((r) => (r.parsed.kind === "training" ? r.parsed.training.participants.total : 0)));
const byProfile = (rows: Row[], profiles: string[]) =>
  sum(
    rows.flatMap((r) => {
      if (r.parsed.kind !== "training") return [];
      const { byProfile: groups, targetGroups, participants: p } = r.parsed.training;
      if (groups.length === 0) return profiles.includes(targetGroups[0] as string) ? [p.total] : [];
      return groups.filter((g) => profiles.includes(g.profile)).map((g) => g.count);
    }),
  );

/** Names of the organisations behind the seeds, which the demo must not carry: acronyms as written, names in any case. */
const ACRONYMS = /\b(IOM|UNHCR|UNICEF|WHO|ILO|OHCHR|KOK|PKP|POLREGIO|DGASCP|NACPU|CRATTF|DTM|EU)\b/;
const NAMES =
  /\b(La Strada|Hilfetelefon|Bundespolizei|Deutsche Bahn|Onet|proTECT|Mareena|ua24|Think Twice|Displacement Tracking Matrix|Revival of the Nation|Central Roma Council)\b/i;

describe.each(testDatabaseKinds())("demo offices and activities (%s)", (kind) => {
  let ctx: Ctx;
  let map: DemoOfficeMap;
  let made = 0;
  let rows: Row[] = [];
  const officeOf = new Map<string, string>();
  const users = new Map<string, string>();

  const inMonths = (from: string, to: string, where: (r: Row) => boolean = () => true) =>
    rows.filter((r) => r.period_month >= `${from}-01` && r.period_month <= `${to}-01` && where(r));
  const ofKind =
    <K extends ActivityDetails["kind"]>(k: K) =>
    (r: Row) =>
      r.parsed.kind === k;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    const services = ctx.testApp.services;
    map = (await seedDemoOffices(services)) as DemoOfficeMap;
    made = await seedDemoActivities(services);
    const db = services.database.db;
    const stored = await db
      .selectFrom("activities")
      .selectAll()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    rows = stored.map((row) => ({ ...row, parsed: activityDetails.parse(row.details) }));
    for (const [country, id] of map.offices) officeOf.set(id, country);
    const people = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("organisation_id", "=", map.organisationId)
      .execute();
    for (const user of people) users.set(user.email, user.id);
  }, 120_000);
  afterAll(() => ctx?.testApp.close());

  it("gives the first organisation an office per country office, Poland the main one, and teams for the records", async () => {
    const db = ctx.testApp.services.database.db;
    const offices = await db
      .selectFrom("offices")
      .selectAll()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    expect(offices.map((o) => o.name).sort()).toEqual(DEMO_OFFICES.map((o) => o.name).sort());
    expect(offices).toHaveLength(17);
    expect(offices.every((o) => /^Country office — [A-Z][a-z]+$/.test(o.name))).toBe(true);
    expect(offices.filter((o) => o.is_main).map((o) => [o.name, o.admin1_pcode])).toEqual([
      ["Country office — Poland", "PL14"],
    ]);
    expect(offices.find((o) => o.country === "UA")?.admin1_pcode).toBe("UA80");
    const teams = await db
      .selectFrom("teams")
      .select(["name", "office_id"])
      .where("organisation_id", "=", map.organisationId)
      .execute();
    for (const team of DEMO_OFFICE_TEAMS) {
      expect(officeOf.get(teams.find((t) => t.name === team.name)?.office_id as string)).toBe(team.office);
    }
    // The field and hotline teams have no office: their records count for the main office.
    expect(teams.filter((t) => ["Field team", "Hotline team"].includes(t.name)).map((t) => t.office_id)).toEqual([
      null,
      null,
    ]);
  });

  it("enters every activity approved, in its kind's section, with details the API accepts and that add up", () => {
    expect(made).toBe(DEMO_ACTIVITIES.length);
    expect(rows).toHaveLength(DEMO_ACTIVITIES.length);
    const recorder = users.get("me@office.example.org");
    const approver = users.get(DEMO_CASES_ORGANISATION.supervisor);
    for (const row of rows) {
      expect(activityDetails.safeParse(row.details).success, row.title).toBe(true);
      expect(inconsistencies({ startsOn: row.starts_on, endsOn: row.ends_on }, row.parsed), row.title).toEqual([]);
      expect([row.kind, row.section, row.status]).toEqual([
        row.parsed.kind,
        DEFAULT_SECTION[row.parsed.kind],
        "approved",
      ]);
      expect([row.created_by, row.approved_by]).toEqual([recorder, approver]);
      expect(row.period_month).toBe(`${row.ends_on.slice(0, 7)}-01`);
      expect(row.country.trim()).toBe(officeOf.get(row.office_id));
    }
  });

  it("uses only built-in list codes", () => {
    const builtIn = (list: keyof typeof BUILT_IN_LISTS, codes: string[]) =>
      expect(codes.filter((code) => !(BUILT_IN_LISTS[list] as readonly string[]).includes(code))).toEqual([]);
    for (const { parsed } of rows) {
      if (parsed.kind === "training") {
        builtIn("training_topic", parsed.training.topics);
        builtIn("target_group", [...parsed.training.targetGroups, ...parsed.training.byProfile.map((g) => g.profile)]);
      }
      if (parsed.kind === "awareness") {
        builtIn(
          "material",
          parsed.awareness.materials.map((m) => m.material),
        );
        builtIn("channel", parsed.awareness.channels);
      }
      if (parsed.kind === "coordination") {
        builtIn("meeting_type", [parsed.coordination.meetingType]);
        builtIn("coordination_topic", parsed.coordination.topics);
      }
      if (parsed.kind === "guidance") builtIn("product_type", [parsed.guidance.productType]);
      if (parsed.kind === "research") builtIn("research_method", [parsed.research.method]);
    }
  });

  it("keeps the figures of the May–June 2022 report: trainings, materials, reach, interviews", () => {
    const period = (k: ActivityDetails["kind"]) => inMonths("2022-05", "2022-06", ofKind(k));
    const trained = period("training").map((r) =>
      r.parsed.kind === "training" ? r.parsed.training.participants.total : 0,
    );
    expect(trained).toEqual(expect.arrayContaining([37, 117, 68]));
    expect(sum(trained)).toBe(37 + 18 + 117 + 68 + 58);
    const portugal = period("training").find((r) => officeOf.get(r.office_id) === "PT");
    expect([portugal?.starts_on, portugal?.ends_on]).toEqual(["2022-06-03", "2022-06-07"]);
    const materials = period("awareness").flatMap((r) =>
      r.parsed.kind === "awareness" ? r.parsed.awareness.materials : [],
    );
    expect(sum(materials.map((m) => m.distributed ?? 0))).toBe(6000 + 9500 + 178_000);
    expect(materials.find((m) => m.material === "flyer" && m.printed)).toMatchObject({
      printed: 12_000,
      distributed: 9500,
    });
    const reach = period("awareness").map((r) => (r.parsed.kind === "awareness" ? r.parsed.awareness.reach : {}));
    expect(reach.map((r) => r.views).filter(Boolean)).toEqual(expect.arrayContaining([9_900_000, 450_000]));
    expect(reach.map((r) => r.peopleMet).filter(Boolean)).toEqual([780]);
    const sizes = period("research").map((r) => (r.parsed.kind === "research" ? r.parsed.research.sampleSize : null));
    expect(sizes.filter(Boolean)).toEqual([5311]);
    expect(period("guidance").map((r) => officeOf.get(r.office_id))).toEqual(["AT", "AT"]);
    expect(period("guidance").every((r) => r.parsed.kind === "guidance" && r.parsed.guidance.versions.length > 0)).toBe(
      true,
    );
  });

  it("has each office's coordination of May 2022, with the roles the report gives", () => {
    const may = inMonths("2022-05", "2022-05", ofKind("coordination"));
    expect(new Set(may.map((r) => officeOf.get(r.office_id)))).toEqual(
      new Set(["BY", "BG", "CZ", "HR", "FR", "MD", "UA", "PL", "RO", "SK", "CH"]),
    );
    const role = (country: string, day: string) =>
      may.find((r) => officeOf.get(r.office_id) === country && r.starts_on === day)?.parsed;
    expect(role("UA", "2022-05-24")).toMatchObject({ coordination: { role: "co_chair", meetingType: "task_force" } });
    expect(role("SK", "2022-05-25")).toMatchObject({ coordination: { role: "chair" } });
    expect(role("CH", "2022-05-12")).toMatchObject({ coordination: { role: "organiser", organisationCount: 19 } });
    expect(role("RO", "2022-05-03")).toMatchObject({ coordination: { role: "co_chair", organisationCount: 22 } });
    for (const day of ["2022-05-20", "2022-05-25"]) expect(role("CZ", day)).toBeDefined();
  });

  it("locks May 2022 for every office with activities then but Poland, whose approved month stays open", async () => {
    const db = ctx.testApp.services.database.db;
    const periods = await db
      .selectFrom("reporting_periods")
      .selectAll()
      .where("organisation_id", "=", map.organisationId)
      .execute();
    const locked = periods.filter((p) => p.month === LOCKED_MONTH && p.locked_at).map((p) => officeOf.get(p.office_id));
    expect(new Set(locked)).toEqual(new Set(lockedOffices()));
    expect(locked.length).toBeGreaterThanOrEqual(10);
    expect(locked).not.toContain(OPEN_OFFICE);
    const poland = inMonths("2022-05", "2022-05", (r) => officeOf.get(r.office_id) === OPEN_OFFICE);
    expect(poland.filter((r) => r.parsed.kind === "training").length).toBeGreaterThanOrEqual(2);
    const events = await db
      .selectFrom("period_events")
      .select(["office_id", "action"])
      .where("organisation_id", "=", map.organisationId)
      .execute();
    expect(events.filter((e) => e.action === "locked")).toHaveLength(locked.length);
  });

  it("gives the Polish office almost 6,500 people trained since 2021, as its 2025 presentation says", () => {
    const poland = (r: Row) => officeOf.get(r.office_id) === "PL";
    const trainings = inMonths("2021-01", "2025-10", (r) => poland(r) && r.parsed.kind === "training");
    expect(participants(trainings)).toBe(6480);
    expect(byProfile(trainings, ["cabin_crew"])).toBe(534);
    const lawEnforcement = trainings.filter((r) =>
      r.parsed.kind === "training"
        ? r.parsed.training.targetGroups.every((g) => ["police", "border_guards", "municipal_police"].includes(g))
        : false,
    );
    expect(participants(lawEnforcement)).toBeGreaterThan(4000);
    const modalities = new Set(
      lawEnforcement.map((r) => (r.parsed.kind === "training" ? r.parsed.training.modality : "")),
    );
    expect([...modalities]).toEqual(expect.arrayContaining(["in_person", "e_learning", "training_of_trainers"]));
    const tot = trainings.find(
      (r) => r.parsed.kind === "training" && r.parsed.training.modality === "training_of_trainers",
    );
    expect(tot?.period_month).toBe("2024-12-01");
    expect(byProfile(trainings, ["consular_staff"])).toBeGreaterThan(0);
    expect(byProfile(trainings, ["child_protection_workers"])).toBeGreaterThan(0);
    expect(new Set(rows.filter(poland).map((r) => r.period_month)).size).toBeGreaterThanOrEqual(25);
  });

  it("has the Polish campaign, publications and coordination of 2023 to 2025", () => {
    const poland = rows.filter((r) => officeOf.get(r.office_id) === "PL");
    const campaign = poland.find((r) => r.parsed.kind === "awareness" && r.parsed.awareness.reach.spots);
    expect([campaign?.starts_on, campaign?.ends_on]).toEqual(["2023-12-01", "2024-05-31"]);
    expect(campaign?.parsed).toMatchObject({ awareness: { reach: { spots: 1_350_000, views: 150_000 } } });
    expect(
      campaign?.parsed.kind === "awareness" && campaign.parsed.awareness.materials.map((m) => m.material),
    ).toContain("interview");
    const published = poland.filter(
      (r) => r.parsed.kind === "research" && r.parsed.research.researchStatus === "published",
    );
    expect(published.map((r) => r.period_month).sort()).toEqual(["2024-06-01", "2024-08-01"]);
    const findings = published.flatMap((r) => (r.parsed.kind === "research" ? r.parsed.research.findings : []));
    expect(findings).toContainEqual(expect.objectContaining({ value: 83, unit: "percent" }));
    const roles = poland.flatMap((r) =>
      r.parsed.kind === "coordination" && r.period_month >= "2023-01-01" ? [r.parsed.coordination.role] : [],
    );
    expect(roles.filter((role) => role === "chair").length).toBeGreaterThanOrEqual(8);
    expect(roles).toContain("participant");
  });

  it("uses neutral names, and seeds nothing twice", async () => {
    for (const row of rows) {
      const campaign = row.parsed.kind === "awareness" ? (row.parsed.awareness.campaign ?? "") : "";
      const text = [row.title, row.narrative, ...row.partners, campaign].join(" ");
      expect(text, row.title).not.toMatch(ACRONYMS);
      expect(text, row.title).not.toMatch(NAMES);
    }
    expect(await seedDemoOffices(ctx.testApp.services)).toMatchObject({ offices: map.offices, teams: map.teams });
    expect(await seedDemoActivities(ctx.testApp.services)).toBe(0);
  });
});
