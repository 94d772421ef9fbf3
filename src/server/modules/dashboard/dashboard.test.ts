import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { signInElsewhere } from "../assistance/assistance.fixture.js";
import { activityAt, addOffice, assistedPeople, person, trainingDetails } from "../five-w/five-w.fixture.js";
import { localTime } from "../hotline/local-time.js";
import { contactAt, dashboardOf, figureOf, screenAt } from "./dashboard.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const ACTIVITY_FIGURES = ["trainings", "participants_trained", "campaign_reach", "materials_distributed", "meetings"];
const RECORD_FIGURES = [
  "people_assisted",
  "cases_opened",
  "people_screened",
  "calls",
  "consultations",
  "referrals_sent",
];
const MARCH = "?month=2020-03&since=2019-06-01";
const TREND = [
  "2019-04",
  "2019-05",
  "2019-06",
  "2019-07",
  "2019-08",
  "2019-09",
  "2019-10",
  "2019-11",
  "2019-12",
  "2020-01",
  "2020-02",
  "2020-03",
];
const keysOf = (dashboard: { figures: { key: string }[] }) => dashboard.figures.map((figure) => figure.key);

/*
 * March 2020 against February, totals since June 2019, in the demo organisation (Europe/Warsaw): activities
 * of the M&E officer, cases of the Field team, screenings of the screener and of a caseworker, helpline
 * contacts of the hotline team; the other organisation's cases of the same month must never count.
 */
describe.each(testDatabaseKinds())("home dashboard (%s)", (kind) => {
  let ctx: Ctx;
  let me: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    const office = await addOffice(ctx, { name: "Dashboard office" });
    const on = (day: string) => ({ startsOn: day, endsOn: day });
    await activityAt(ctx, office, "training", { ...on("2020-03-10"), details: trainingDetails(20, 17) });
    await activityAt(ctx, office, "training", { ...on("2020-03-20"), details: trainingDetails(5, 5) });
    await activityAt(ctx, office, "training", { ...on("2020-03-21"), details: trainingDetails(50, 50) }, "draft");
    await activityAt(ctx, office, "training", { ...on("2020-02-10"), details: trainingDetails(6, 6) });
    // Before the since day, inside the trend.
    await activityAt(ctx, office, "training", { ...on("2019-05-10"), details: trainingDetails(1, 1) });
    const awareness = {
      kind: "awareness",
      awareness: { materials: [{ material: "flyer", distributed: 9500 }], reach: { peopleMet: 300 } },
    };
    await activityAt(ctx, office, "awareness", { ...on("2020-03-12"), details: awareness });
    await activityAt(ctx, office, "coordination", on("2020-03-13"));

    const caseworker = await ctx.sessions.of("caseworker");
    const woman = person("Female", 1990, ["Refugee"]);
    await assistedPeople(ctx, caseworker, 6, "2020-03-05", woman, [
      { assistanceType: "Legal", providedOn: "2020-03-10" },
    ]);
    await assistedPeople(ctx, caseworker, 2, "2020-02-10", woman, [
      { assistanceType: "Legal", providedOn: "2020-02-11" },
    ]);
    const elsewhere = await signInElsewhere(ctx, ["caseworker"]);
    await assistedPeople(ctx, elsewhere, 5, "2020-03-05", woman, [
      { assistanceType: "Food", providedOn: "2020-03-06" },
    ]);

    const screener = await ctx.sessions.of("screener");
    // 00:30 on 1 March in Warsaw: March there, February in UTC.
    await screenAt(ctx, screener, "2020-02-29T23:30:00Z");
    for (const day of ["02", "03", "04", "05"]) await screenAt(ctx, screener, `2020-03-${day}T10:00:00Z`);
    // 00:30 on 1 April in Warsaw.
    await screenAt(ctx, screener, "2020-03-31T22:30:00Z");
    for (const day of ["06", "07", "08", "09", "10"]) await screenAt(ctx, caseworker, `2020-03-${day}T10:00:00Z`);

    const operator = await ctx.sessions.of("hotline_operator");
    for (const day of ["11", "12", "13", "14", "15"]) await contactAt(ctx, operator, `2020-03-${day}T09:00:00Z`);
  });
  afterAll(() => ctx.testApp.close());

  it("gives the M&E officer every figure: the month against the previous, the since total, a link", async () => {
    const dashboard = await dashboardOf(ctx, me, MARCH);
    expect([dashboard.month, dashboard.previousMonth, dashboard.since]).toEqual(["2020-03", "2020-02", "2019-06-01"]);
    expect(keysOf(dashboard)).toEqual([...ACTIVITY_FIGURES, ...RECORD_FIGURES]);
    expect(figureOf(dashboard, "trainings")).toEqual({
      current: 2,
      previous: 1,
      sinceTotal: 3,
      link: "/activities?kind=training&status=approved&from=2020-03&to=2020-03",
    });
    expect(figureOf(dashboard, "participants_trained")).toMatchObject({ current: 47, previous: 12, sinceTotal: 59 });
    expect(figureOf(dashboard, "campaign_reach")).toMatchObject({ current: 300, previous: 0, sinceTotal: 300 });
    expect(figureOf(dashboard, "materials_distributed")).toMatchObject({ current: 9500, sinceTotal: 9500 });
    expect(figureOf(dashboard, "meetings")).toMatchObject({ current: 1, previous: 0, sinceTotal: 1 });
    // Not a case reader: no link to the cases.
    expect(figureOf(dashboard, "people_assisted")).toMatchObject({ current: 6, link: null });
    expect(figureOf(dashboard, "cases_opened")).toMatchObject({ current: 6, link: null });
    expect(figureOf(dashboard, "people_screened")).toEqual({
      current: 10,
      previous: 0,
      sinceTotal: 10,
      link: "/screenings/figures?from=2020-03-01&to=2020-03-31",
    });
    expect(figureOf(dashboard, "calls")).toMatchObject({
      current: 5,
      link: "/hotline/figures?from=2020-03-01&to=2020-03-31",
    });
    expect(figureOf(dashboard, "consultations")).toMatchObject({ current: 10 });
    expect(figureOf(dashboard, "referrals_sent")).toMatchObject({ current: 0, sinceTotal: 0 });
  });

  it("draws twelve months of trend up to the current month", async () => {
    const dashboard = await dashboardOf(ctx, me, MARCH);
    expect(dashboard.trends.map((trend) => trend.key)).toEqual(keysOf(dashboard));
    for (const trend of dashboard.trends) expect(trend.points.map((point) => point.month)).toEqual(TREND);
    const trainings = dashboard.trends.find((trend) => trend.key === "trainings")?.points ?? [];
    expect(trainings.map((point) => point.value)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it("withholds small counts of people, and a since total that would give a withheld month away", async () => {
    const dashboard = await dashboardOf(ctx, me, MARCH);
    // February's 2 people are withheld; the total since June 2019 is the trend's months added up, so it is too.
    expect(figureOf(dashboard, "people_assisted")).toMatchObject({ current: 6, previous: null, sinceTotal: null });
    expect(figureOf(dashboard, "cases_opened")).toMatchObject({ current: 6, previous: null, sinceTotal: null });
    const assisted = dashboard.trends.find((trend) => trend.key === "people_assisted")?.points ?? [];
    expect(assisted.slice(-2).map((point) => point.value)).toEqual([null, 6]);
    // Counted from before the trend, the total gives no month away.
    const longer = await dashboardOf(ctx, me, "?month=2020-03&since=2018-01-01");
    expect(figureOf(longer, "people_assisted")).toMatchObject({ sinceTotal: 8 });
    expect(figureOf(longer, "cases_opened")).toMatchObject({ sinceTotal: 8 });
  });

  it("shows a screener only the screenings it made, in the organisation's months", async () => {
    const dashboard = await dashboardOf(ctx, await ctx.sessions.of("screener"), MARCH);
    expect(keysOf(dashboard)).toEqual(["people_screened"]);
    expect(figureOf(dashboard, "people_screened")).toEqual({
      current: 5,
      previous: 0,
      sinceTotal: 5,
      link: "/screenings?from=2020-03-01&to=2020-03-31",
    });
    expect(dashboard.trends).toHaveLength(1);
  });

  it("gives each role the figures its permissions reach", async () => {
    const caseworker = await dashboardOf(ctx, await ctx.sessions.of("caseworker"), MARCH);
    expect(keysOf(caseworker)).toEqual([
      ...ACTIVITY_FIGURES,
      "people_assisted",
      "cases_opened",
      "people_screened",
      "referrals_sent",
    ]);
    expect(figureOf(caseworker, "cases_opened")).toMatchObject({
      current: 6,
      link: "/cases?openedFrom=2020-03-01&openedTo=2020-03-31",
    });
    const operator = await dashboardOf(ctx, await ctx.sessions.of("hotline_operator"), MARCH);
    expect(keysOf(operator)).toEqual(["people_assisted", "cases_opened", "calls", "consultations", "referrals_sent"]);
    expect(figureOf(operator, "calls")).toMatchObject({ current: 5, link: "/hotline" });
    const admin = await dashboardOf(ctx, await ctx.sessions.of("organisation_admin"), MARCH);
    expect(keysOf(admin)).toEqual(RECORD_FIGURES);
    const auditor = await dashboardOf(ctx, await ctx.sessions.of("auditor"), MARCH);
    expect(auditor.figures).toEqual([]);
    expect(auditor.trends).toEqual([]);
  });

  it("never counts another organisation's records", async () => {
    const elsewhere = await signInElsewhere(ctx, ["supervisor"]);
    const theirs = await dashboardOf(ctx, elsewhere, MARCH);
    expect(figureOf(theirs, "people_assisted")).toMatchObject({ current: 5 });
    expect(figureOf(theirs, "trainings")).toMatchObject({ current: 0, sinceTotal: 0 });
    expect(figureOf(theirs, "people_screened")).toMatchObject({ current: 0 });
  });

  it("defaults to this month where the organisation is and 1 January three years back, and is audited", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const dashboard = await dashboardOf(ctx, me);
    const month = localTime(new Date(), "Europe/Warsaw").day.slice(0, 7);
    expect(dashboard.month).toBe(month);
    expect(dashboard.since).toBe(`${Number(month.slice(0, 4)) - 3}-01-01`);
    for (const trend of dashboard.trends) expect(trend.points).toHaveLength(12);
    const audit = (await auditEntriesAfter(ctx.testApp, seq)).filter((entry) => entry.action === "dashboard.read");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({ month, reach: "organisation" });
  });

  it("refuses a month or a day that is not one", async () => {
    for (const query of ["?month=2020-13", "?month=2020-3", "?since=2020-02-30x"]) {
      const response = await send(ctx.app, { method: "GET", url: `/api/dashboard${query}`, session: me });
      expect(response.statusCode).toBe(400);
    }
  });
});
