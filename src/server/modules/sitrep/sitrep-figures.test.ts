import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SitrepDetail, SitrepEntry, SitrepFigure } from "../../../shared/api/sitrep.js";
import { ROMANIA_OFFICE } from "../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { buildSitrepWorld, type SitrepWorld } from "./sitrep-world.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const shown = (key: string, value: number, params: SitrepFigure["params"] = {}): SitrepFigure => ({
  key,
  value,
  suppressed: false,
  params,
});
const withheld = (key: string, params: SitrepFigure["params"] = {}): SitrepFigure => ({
  key,
  value: null,
  suppressed: true,
  params,
});
const type = (code: string) => ({ type: code });

/*
 * The figures of March and April 2012 of the world in sitrep-world.fixture.ts, computed by drafting a report.
 * Counts of people from 1 to 4 are withheld, and so is whatever would give them away.
 */
describe.each(testDatabaseKinds())("situation report figures (%s)", (kind) => {
  let ctx: Ctx;
  let me: TestSession;
  let world: SitrepWorld;
  let report: SitrepDetail;

  const entry = (section: string, officeId: string): SitrepEntry | undefined =>
    report.document.sections.find((s) => s.key === section)?.entries.find((e) => e.officeId === officeId);

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    const other = ctx.demo.organisationIds[ROMANIA_OFFICE] as string;
    world = await buildSitrepWorld(ctx.testApp, ctx.demo.mainOrganisationId, other);
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/sitreps",
      session: me,
      payload: {
        fromMonth: "2012-03",
        toMonth: "2012-04",
        officeIds: [world.offices.c, world.offices.a, world.offices.b],
        language: "en",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    report = response.json() as SitrepDetail;
  });
  afterAll(() => ctx.testApp.close());

  it("drafts the six sections in order, the offices in report order, with a default title", () => {
    const { document } = report;
    expect(document.sections.map((s) => s.key)).toEqual([
      "direct_assistance",
      "thematic_guidance",
      "convening",
      "advocacy",
      "training",
      "research",
    ]);
    expect(document.offices.map((o) => o.name)).toEqual(["Sitrep A Warsaw", "Sitrep B Lviv", "Sitrep C Iasi"]);
    expect(document.title).toBe("Situation report — March – April 2012");
    expect(report.title).toBe(document.title);
    expect(document.sections[0]?.intro).toMatch(/^To make sure needs are met/);
    expect(report).toMatchObject({ fromMonth: "2012-03", toMonth: "2012-04", status: "draft", currentVersion: 1 });
  });

  it("counts the records of each office in the period, withholding small counts of people and what would reveal them", () => {
    // A: ten victims (two women: withheld, so the eight men are too), six other women withheld because B's
    // five women are (B's two men are small); Legal 3 withheld; screenings 12 withheld because B's 3 are.
    expect(entry("direct_assistance", world.offices.a)?.figures).toEqual([
      shown("people_assisted", 16),
      shown("victims_assisted", 10, { female: null, male: null, other: 0 }),
      shown("others_assisted", 6, { female: null, male: 0, other: 0 }),
      shown("people_assisted_by_type", 16, type("ShelterAndAccommodation")),
      shown("people_assisted_by_type", 6, type("Medical")),
      withheld("people_assisted_by_type", type("Legal")),
      shown("cases_opened", 18),
      withheld("people_screened"),
      shown("hotline_contacts", 9),
      shown("hotline_consultations", 12),
      shown("hotline_persons_assisted", 5),
      shown("referrals_sent", 6),
      shown("referrals_completed", 5),
      // The activity placed in direct assistance adds its own figures, not withheld.
      shown("research_exercises", 1),
      shown("research_sample", 243),
    ]);
    expect(entry("direct_assistance", world.offices.b)?.figures).toEqual([
      shown("people_assisted", 7),
      shown("others_assisted", 7, { female: null, male: null, other: 0 }),
      shown("people_assisted_by_type", 7, type("ShelterAndAccommodation")),
      withheld("people_assisted_by_type", type("Cash")),
      shown("cases_opened", 7),
      withheld("people_screened"),
    ]);
  });

  it("gives the headline over all the report's offices: records withheld as small, activities as reported", () => {
    expect(report.document.headline).toEqual([
      shown("people_assisted", 23),
      shown("victims_assisted", 10, { female: null, male: null, other: 0 }),
      shown("others_assisted", 13, { female: null, male: null, other: 0 }),
      shown("people_assisted_by_type", 23, type("ShelterAndAccommodation")),
      shown("people_assisted_by_type", 6, type("Medical")),
      withheld("people_assisted_by_type", type("Cash")),
      withheld("people_assisted_by_type", type("Legal")),
      shown("cases_opened", 25),
      shown("people_screened", 15),
      shown("hotline_contacts", 9),
      shown("hotline_consultations", 12),
      shown("hotline_persons_assisted", 5),
      shown("referrals_sent", 6),
      shown("referrals_completed", 5),
      shown("trainings", 2),
      shown("training_participants", 40, { female: 22, male: 18, other: 0 }),
      shown("materials_distributed_total", 15500),
      shown("reach_views", 150000),
      shown("reach_spots", 1350000),
    ]);
    expect(report.document.overview).toMatch(
      /^Offices: Sitrep A Warsaw, Sitrep B Lviv, and Sitrep C Iasi\. During the reporting period \(March – April 2012\): 23 people received direct assistance; 10 victims of trafficking assisted \(breakdown by sex withheld\);/,
    );
    expect(report.document.overview).toContain("fewer than 5 people");
    expect(report.document.overview).toContain("40 participants trained (22 women and 18 men)");
  });

  it("builds each section's entries from approved activities of the months only, small figures shown", () => {
    const trainingEntry = entry("training", world.offices.a);
    expect(trainingEntry?.figures).toEqual([
      shown("trainings", 2),
      shown("training_participants", 40, { female: 22, male: 18, other: 0 }),
      shown("training_participants_by_group", 37, { group: "border_guards" }),
      shown("training_participants_by_group", 3, { group: "police" }),
    ]);
    expect(trainingEntry?.activities.map((a) => a.id)).toEqual([
      world.activities.trainingMarch,
      world.activities.trainingApril,
    ]);
    expect(trainingEntry?.text).toBe(
      "A training for 37 border guards on counter-trafficking.\n\nThree police officers trained.",
    );
    expect(trainingEntry?.photos).toEqual([
      {
        id: world.trainingPhoto,
        activityId: world.activities.trainingMarch,
        caption: "Training of border guards",
        credit: "Staff",
      },
    ]);
    expect(entry("advocacy", world.offices.a)?.figures).toEqual([
      shown("awareness_activities", 1),
      shown("materials_produced", 12000, { material: "flyer" }),
      shown("materials_printed", 12000, { material: "flyer" }),
      shown("materials_distributed", 9500, { material: "flyer" }),
      shown("materials_distributed", 6000, { material: "leaflet" }),
      shown("reach_views", 150000),
      shown("reach_spots", 1350000),
    ]);
    expect(entry("convening", world.offices.a)?.figures).toEqual([shown("meetings", 2), shown("meetings_chaired", 1)]);
    expect(entry("convening", world.offices.c)?.figures).toEqual([shown("meetings", 1), shown("meetings_chaired", 1)]);
    expect(entry("thematic_guidance", world.offices.b)?.figures).toEqual([shown("guidance_products", 1)]);
    expect(entry("research", world.offices.b)?.figures).toEqual([
      shown("research_exercises", 1),
      shown("research_sample", 5311),
    ]);
    expect(entry("direct_assistance", world.offices.a)?.text).toBe("The needs of 243 refugees were assessed.");
    expect(entry("direct_assistance", world.offices.b)?.text).toBe("");
    // Offices with nothing for a section have no entry there; drafts never reach a report.
    const entries = report.document.sections.map((s) => [s.key, s.entries.map((e) => e.officeName)]);
    expect(entries).toEqual([
      ["direct_assistance", ["Sitrep A Warsaw", "Sitrep B Lviv"]],
      ["thematic_guidance", ["Sitrep B Lviv"]],
      ["convening", ["Sitrep A Warsaw", "Sitrep C Iasi"]],
      ["advocacy", ["Sitrep A Warsaw"]],
      ["training", ["Sitrep A Warsaw"]],
      ["research", ["Sitrep B Lviv"]],
    ]);
    const listed = report.document.sections.flatMap((s) => s.entries.flatMap((e) => e.activities.map((a) => a.title)));
    expect(listed).not.toContain("Draft training");
    expect(listed).not.toContain("Submitted training");
    expect(listed).not.toContain("May training");
  });

  it("says what is missing instead of failing: an office no team reports for, sources with no records", () => {
    expect(report.document.missing).toEqual([
      { key: "records", reason: "office_has_no_teams", officeId: world.offices.c },
      { key: "hotline", reason: "no_records_in_period", officeId: world.offices.b },
      { key: "referrals", reason: "no_records_in_period", officeId: world.offices.b },
    ]);
  });

  it("drafts a month with no records at all, naming every missing source, in the report's language", async () => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/sitreps",
      session: me,
      payload: {
        fromMonth: "2011-01",
        toMonth: "2011-01",
        officeIds: [world.offices.a, world.offices.b],
        language: "uk",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { document } = response.json() as SitrepDetail;
    expect(document.headline).toEqual([]);
    expect(document.sections.every((s) => s.entries.length === 0)).toBe(true);
    expect(document.missing).toEqual(
      ["assistance", "cases", "screenings", "hotline", "referrals"].map((key) => ({
        key,
        reason: "no_records_in_period",
        officeId: null,
      })),
    );
    expect(document.title).toBe("Ситуаційний звіт — січень 2011 р.");
    expect(document.sections[4]?.intro).toMatch(/^Навчання допомагає/);
    expect(document.overview).toBe("За звітний період (січень 2011 р.) показників не зафіксовано.");
  });

  it("covers every office not retired when none are named", async () => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/sitreps",
      session: me,
      payload: { fromMonth: "2012-03", toMonth: "2012-04", language: "en" },
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json() as SitrepDetail;
    expect(detail.officeIds).toEqual(expect.arrayContaining(Object.values(world.offices)));
    expect(detail.officeIds).not.toContain(world.otherOffice);
    expect(detail.officeCount).toBe(detail.document.offices.length);
  });

  it("refuses offices of another organisation and a period that ends before it starts", async () => {
    const create = (payload: Record<string, unknown>) =>
      send(ctx.app, { method: "POST", url: "/api/sitreps", session: me, payload });
    const foreign = await create({
      fromMonth: "2012-03",
      toMonth: "2012-04",
      officeIds: [world.offices.a, world.otherOffice],
      language: "en",
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).fields).toEqual([
      {
        field: "body.officeIds.1",
        problem: "sitrep_unknown_office",
        message: "This office is not one of your organisation's offices.",
      },
    ]);
    const backwards = await create({ fromMonth: "2012-04", toMonth: "2012-03", language: "en" });
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).fields?.map((f) => [f.field, f.problem])).toEqual([["body.toMonth", "before_start"]]);
  });
});
