import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIVE_W_COLUMN_KEYS } from "../../../shared/api/five-w.js";
import { DEMO_CASES_ORGANISATION } from "../../demo/demo-case-builders.js";
import { translator } from "../../i18n.js";
import { unguardFormula } from "../../spreadsheets/formula-guard.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { insertOffice } from "../activities/activities.fixture.js";
import { OTHER_ORGANISATION, signInElsewhere } from "../assistance/assistance.fixture.js";
import {
  activityAt,
  addOffice,
  assistedCase,
  assistedPeople,
  ENGLISH_HEADER,
  fieldTeamOffice,
  HXL_ROW,
  person,
  trainingDetails,
} from "./five-w.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Row = Record<(typeof FIVE_W_COLUMN_KEYS)[number], string>;

const t = translator("en");
const ORGANISATION = DEMO_CASES_ORGANISATION.name;
const KRAKOW = "Kraków office (5W)";
const MARCH = { startsOn: "2020-03-10", endsOn: "2020-03-11" };
const refugee = () => person("Female", 1990, ["Refugee"]);

const csvRecords = (body: Buffer) => parse(body, { bom: true, relax_column_count: false }) as string[][];
const asRow = (cells: string[]) =>
  Object.fromEntries(FIVE_W_COLUMN_KEYS.map((key, index) => [key, cells[index] ?? ""])) as Row;

/*
 * One organisation's March 2020: trainings, a campaign, a meeting, a guidance product and a study recorded as
 * activities (drafts, submitted ones and April's among them), and people assisted from cases of the Field
 * team (a new office's) and of the hotline team (the main office's). The other organisation has records of
 * the same month that must never show.
 */
describe.each(testDatabaseKinds())("5W table (%s)", (kind) => {
  let ctx: Ctx;
  let me: TestSession;
  let krakowId: string;
  let otherOfficeId: string;

  const get = (path: string, session = me) => send(ctx.app, { method: "GET", url: path, session });
  const file = async (path: string, session = me) => {
    const response = await get(path, session);
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const dataRows = async (query = "from=2020-03&to=2020-03") =>
    csvRecords((await file(`/api/five-w.hxl.csv?${query}`)).rawPayload)
      .slice(2)
      .map(asRow);

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    // The main office: records of teams without an office (the hotline team's) count for it.
    const mainOffice = {
      id: await addOffice(ctx, {
        name: "Head office (5W)",
        admin1Name: "Mazowieckie",
        admin1Pcode: "PL14",
        isMain: true,
      }),
    };
    krakowId = await fieldTeamOffice(ctx, { name: KRAKOW, admin1Name: "Małopolskie", admin1Pcode: "PL12" });
    const inKrakow = { ...MARCH, partners: ["=SUM(1+1)"], admin1Pcode: "PL12" };
    const targetGroups = ["border_guards", "police"];
    await activityAt(ctx, krakowId, "training", { ...inKrakow, details: trainingDetails(20, 17, 0, targetGroups) });
    await activityAt(ctx, krakowId, "training", { ...inKrakow, details: trainingDetails(5, 3, 2, targetGroups) });
    await activityAt(ctx, krakowId, "training", { ...inKrakow, details: trainingDetails(100, 0) }, "draft");
    await activityAt(ctx, krakowId, "training", { ...inKrakow, details: trainingDetails(0, 50) }, "submitted");
    const april = { startsOn: "2020-04-01", endsOn: "2020-04-02", details: trainingDetails(7, 7) };
    await activityAt(ctx, krakowId, "training", { ...inKrakow, ...april });
    await activityAt(ctx, mainOffice.id, "awareness", MARCH);
    await activityAt(ctx, mainOffice.id, "coordination", { ...MARCH, partners: [] });
    await activityAt(ctx, mainOffice.id, "guidance", { ...MARCH, partners: [] });
    await activityAt(ctx, mainOffice.id, "research", { ...MARCH, partners: [] });

    const caseworker = await ctx.sessions.of("caseworker");
    const legal = { assistanceType: "Legal", providedOn: "2020-03-12" };
    // Assisted twice in the month: counted once.
    await assistedCase(ctx, caseworker, "2020-03-02", refugee(), [legal, { ...legal, providedOn: "2020-03-20" }]);
    await assistedPeople(ctx, caseworker, 5, "2020-03-02", refugee(), [legal]);
    await assistedPeople(ctx, caseworker, 5, "2020-03-02", person("Female", 1990, ["InternallyDisplacedPerson"]), [
      legal,
    ]);
    await assistedPeople(ctx, caseworker, 2, "2020-03-02", person("Male", 2010, []), [legal]);
    // Planned, not provided: not counted.
    await assistedCase(ctx, caseworker, "2020-03-02", refugee(), [{ assistanceType: "Legal", status: "planned" }]);
    const operator = await ctx.sessions.of("hotline_operator");
    await assistedPeople(ctx, operator, 5, "2020-03-03", person("Male", 1950, ["ThirdCountryNational"]), [
      { assistanceType: "ShelterAndAccommodation", providedOn: "2020-03-04", providerName: "Harbour Shelter" },
    ]);

    const elsewhere = await signInElsewhere(ctx, ["caseworker"]);
    await assistedPeople(ctx, elsewhere, 5, "2020-03-02", refugee(), [{ assistanceType: "Food" }]);
    const otherId = ctx.demo.organisationIds[OTHER_ORGANISATION] as string;
    otherOfficeId = await insertOffice(ctx.testApp.services.database, otherId, { name: "Elsewhere office" });
    await ctx.testApp.services.database.db
      .insertInto("activities")
      .values({
        organisation_id: otherId,
        office_id: otherOfficeId,
        kind: "coordination",
        section: "convening",
        title: "Elsewhere meeting",
        partners: ["Elsewhere Partner"],
        country: "RO",
        starts_on: "2020-03-05",
        ends_on: "2020-03-05",
        period_month: "2020-03-01",
        status: "approved",
        details: JSON.stringify({
          kind: "coordination",
          coordination: { meetingType: "briefing", role: "chair", organisationsPresent: [], topics: [], followUps: "" },
        }),
      })
      .execute();
  });
  afterAll(() => ctx.testApp.close());

  it("writes the column names, then the HXL row, then one row per month, office, indicator and disaggregation", async () => {
    const records = csvRecords((await file("/api/five-w.hxl.csv?from=2020-03&to=2020-03")).rawPayload);
    expect(records[0]).toEqual(ENGLISH_HEADER);
    expect(records[1]).toEqual(HXL_ROW);
    const female = records.slice(2).find((cells) => cells[11] === "people_trained" && cells[13] === "Female");
    expect(female).toEqual([
      "2020-03",
      ORGANISATION,
      "'=SUM(1+1)",
      KRAKOW,
      "PL",
      "Małopolskie",
      "PL12",
      "Protection",
      "Anti-trafficking",
      "Training and capacity development",
      `${t("activities.lists.target_group.border_guards")}; ${t("activities.lists.target_group.police")}`,
      "people_trained",
      "People trained",
      "Female",
      "",
      "",
      "25",
      "",
    ]);
  });

  it("counts approved activities of the period only, trainings by sex, the rest per item", async () => {
    const rows = await dataRows();
    expect(rows.every((row) => row.month === "2020-03")).toBe(true);
    const trained = rows.filter((row) => row.indicatorCode === "people_trained");
    // Drafts (100), submitted ones (50) and April's training (14) do not count.
    expect(trained.map((row) => [row.sex, row.value])).toEqual([
      ["Female", "25"],
      ["Male", "20"],
      ["Other or not stated", "2"],
    ]);
    const byCode = (code: string) => rows.filter((row) => row.indicatorCode === code);
    expect(
      byCode("materials_distributed:flyer").map((row) => [row.indicator, row.value, row.implementingPartner]),
    ).toEqual([[`Information materials distributed: ${t("activities.lists.material.flyer")}`, "9500", "Border Guard"]]);
    expect(byCode("spots").map((row) => row.value)).toEqual(["1350000"]);
    // Done by the organisation alone: it is its own implementing partner.
    expect(byCode("meetings_held").map((row) => [row.value, row.implementingPartner, row.admin1Pcode])).toEqual([
      ["1", ORGANISATION, ""],
    ]);
    expect(byCode("products_issued:indicator_list").map((row) => row.value)).toEqual(["1"]);
    expect(byCode("people_interviewed").map((row) => [row.activity, row.value])).toEqual([
      ["Research and data collection", "5311"],
    ]);
  });

  it("counts people assisted once a month by sex, age group and population group, small counts withheld with a note", async () => {
    const rows = await dataRows();
    const legal = rows.filter((row) => row.indicatorCode === "people_assisted:Legal");
    expect(legal.map((row) => [row.office, row.sex, row.ageGroup, row.populationGroup, row.value, row.note])).toEqual([
      [KRAKOW, "Female", "Adults (18–59)", "Refugees and asylum seekers", "6", ""],
      [
        KRAKOW,
        "Female",
        "Adults (18–59)",
        "Internally displaced people",
        "",
        "Withheld so that another withheld figure cannot be worked out",
      ],
      [KRAKOW, "Male", "Children (under 18)", "Unknown", "", "Withheld: fewer than 5 people"],
    ]);
    expect(legal[0]?.indicator).toBe(`People assisted: ${t("htcds.assistanceType.Legal")}`);
    expect(legal[0]?.activity).toBe("Direct assistance to victims of trafficking");
    const shelter = rows.filter((row) => row.indicatorCode === "people_assisted:ShelterAndAccommodation");
    // The hotline team has no office: its cases count for the main office, where the demo puts Mazowieckie.
    expect(
      shelter.map((row) => [
        row.implementingPartner,
        row.admin1Name,
        row.admin1Pcode,
        row.sex,
        row.ageGroup,
        row.value,
      ]),
    ).toEqual([["Harbour Shelter", "Mazowieckie", "PL14", "Male", "Older people (60+)", "5"]]);
    expect(shelter[0]?.populationGroup).toBe("Third-country nationals and migrants");
  });

  it("never shows another organisation's activities or assistance", async () => {
    const rows = await dataRows();
    expect(rows.some((row) => row.indicatorCode === "people_assisted:Food")).toBe(false);
    expect(rows.some((row) => row.implementingPartner === "Elsewhere Partner")).toBe(false);
    const response = await get(`/api/five-w.csv?from=2020-03&to=2020-03&officeId=${otherOfficeId}`);
    expect(response.statusCode).toBe(404);
  });

  it("limits the table to one office", async () => {
    const rows = await dataRows(`from=2020-01&to=2020-03&officeId=${krakowId}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.office === KRAKOW)).toBe(true);
    expect(rows.some((row) => row.indicatorCode === "meetings_held")).toBe(false);
  });

  it("writes a plain CSV without the HXL row, and an XLSX that reads back the same", async () => {
    const csv = csvRecords((await file("/api/five-w.csv?from=2020-03&to=2020-03")).rawPayload);
    expect(csv[0]).toEqual(ENGLISH_HEADER);
    expect(csv[1]?.[0]).toBe("2020-03");
    const response = await file("/api/five-w.xlsx?from=2020-03&to=2020-03");
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const sheet = workbook.getWorksheet("5W");
    if (!sheet) throw new Error("no 5W sheet");
    expect(sheet.rowCount).toBe(csv.length);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ENGLISH_HEADER);
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const cells = csv[number - 1] ?? [];
      const value = sheet.getRow(number).getCell(17);
      // Numbers are numbers; a withheld count is an empty cell.
      expect(value.value ?? "").toEqual(cells[16] === "" ? "" : Number(cells[16]));
      const partner = sheet.getRow(number).getCell(3);
      expect(partner.type).toBe(ExcelJS.ValueType.String);
      expect(partner.value).toBe(unguardFormula(cells[2] ?? ""));
    }
  });

  it("names the columns in the language asked for; the HXL row stays", async () => {
    const records = csvRecords((await file("/api/five-w.hxl.csv?from=2020-03&to=2020-03&language=uk")).rawPayload);
    expect(records[0]?.[0]).toBe("Звітний місяць");
    expect(records[1]).toEqual(HXL_ROW);
    expect(records.slice(2).some((row) => row[13] === "Жінки")).toBe(true);
  });

  it("refuses a period that ends before it starts, or too long", async () => {
    const backwards = await get("/api/five-w.csv?from=2020-03&to=2020-01");
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).fields?.map((f) => [f.field, f.problem])).toEqual([["query.to", "five_w_period_order"]]);
    expect((await get("/api/five-w.csv?from=2000-01&to=2020-12")).statusCode).toBe(400);
    expect((await get("/api/five-w.csv?from=2020-3&to=2020-04")).statusCode).toBe(400);
  });

  it("is for holders of aggregates.read only, and every export is audited", async () => {
    const caseworker = await ctx.sessions.of("caseworker");
    expect((await get("/api/five-w.xlsx?from=2020-03&to=2020-03", caseworker)).statusCode).toBe(403);
    const seq = await lastAuditSeq(ctx.testApp);
    await file("/api/five-w.csv?from=2020-03&to=2020-03", await ctx.sessions.of("organisation_admin"));
    const audit = (await auditEntriesAfter(ctx.testApp, seq)).filter((entry) => entry.action === "five_w.export");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({ format: "csv", from: "2020-03", to: "2020-03", withheld: 2 });
  });
});
