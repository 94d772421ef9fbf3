import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../shared/dates.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, send, signInOrThrow, type TestSession } from "../testing/http.js";
import { OFFICE_SCREENINGS, ROMANIA_SCREENINGS } from "./demo-screening-answers.js";
import { DEMO_SCREENING_BATCHES, type DemoScreening, seedDemoScreenings } from "./demo-screenings.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

interface Listed {
  id: string;
  screenedAt: string;
  siteType: string | null;
  screenerName: string | null;
  riskLevel: string | null;
}

interface Task {
  screeningId: string | null;
  priority: string;
}

const inDanger = (s: DemoScreening) => s.answers.not_free === "yes_now" && s.answers.controller_nearby === "yes";

describe.each(testDatabaseKinds())("demo screenings (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;
  let made = 0;
  let items: Listed[] = [];

  const get = async (url: string, session = supervisor) => {
    const response = await send(ctx.app, { method: "GET", url, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    made = await seedDemoScreenings(ctx.testApp.services);
    supervisor = await ctx.sessions.of("supervisor");
    items = ((await get("/api/screenings?limit=200")) as { items: Listed[] }).items;
  }, 120_000);
  afterAll(() => ctx.testApp.close());

  it("saves the first office's screenings as its screener, over the last three months and three kinds of site", () => {
    expect(made).toBe(OFFICE_SCREENINGS.length + ROMANIA_SCREENINGS.length);
    expect(OFFICE_SCREENINGS.length).toBeGreaterThanOrEqual(40);
    expect(items).toHaveLength(OFFICE_SCREENINGS.length);
    expect(new Set(items.map((s) => s.screenerName))).toEqual(new Set(["Tomasz Wojcik"]));
    expect(new Set(items.map((s) => s.siteType))).toEqual(
      new Set(["border_crossing", "transit_centre", "collective_shelter"]),
    );
    const days = items.map((s) => s.screenedAt.slice(0, 10)).sort();
    expect((days[0] as string) >= addDays(todayIso(), -90)).toBe(true);
    expect((days.at(-1) as string) < todayIso()).toBe(true);
  });

  it("scores them as the rapid screening does: mostly low, some high, immediate danger where someone is in control", () => {
    const count = (level: string) => items.filter((s) => s.riskLevel === level).length;
    expect(count("immediate_danger")).toBe(OFFICE_SCREENINGS.filter(inDanger).length);
    expect(count("immediate_danger")).toBeGreaterThanOrEqual(1);
    expect(count("high")).toBeGreaterThanOrEqual(3);
    expect(count("medium")).toBeGreaterThanOrEqual(3);
    expect(count("low")).toBeGreaterThan(items.length / 2);
  });

  it("leaves the newest immediate danger as an urgent task for the supervisor, the older one done", async () => {
    const danger = items
      .filter((s) => s.riskLevel === "immediate_danger")
      .sort((a, b) => (a.screenedAt < b.screenedAt ? -1 : 1));
    const open = ((await get("/api/tasks?scope=mine&status=open&limit=200")) as { items: Task[] }).items;
    const done = ((await get("/api/tasks?scope=mine&status=done&limit=200")) as { items: Task[] }).items;
    const urgent = (tasks: Task[]) => tasks.filter((t) => t.priority === "urgent").map((t) => t.screeningId);
    const handled = OFFICE_SCREENINGS.filter((s) => inDanger(s) && s.handled).length;
    expect(urgent(open)).toEqual(danger.slice(handled).map((s) => s.id));
    expect(urgent(done)).toEqual(danger.slice(0, handled).map((s) => s.id));
    expect(handled).toBeGreaterThanOrEqual(1);
  });

  it("keeps another office's screenings there, and saves nothing twice", async () => {
    const romania = DEMO_SCREENING_BATCHES[1];
    const account = ctx.demo.accounts.find((a) => a.email === romania?.supervisor);
    if (!account) throw new Error("no supervisor in the Romanian office");
    const theirs = (await get("/api/screenings?limit=200", await signInOrThrow(ctx.app, account))) as {
      items: Listed[];
    };
    expect(theirs.items).toHaveLength(ROMANIA_SCREENINGS.length);
    expect(await seedDemoScreenings(ctx.testApp.services)).toBe(0);
    expect(((await get("/api/screenings?limit=200")) as { items: Listed[] }).items).toHaveLength(items.length);
  });
});
