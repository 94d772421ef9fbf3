import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SECTION } from "../../../shared/activities/vocab.js";
import type { ActivityDetail, ActivitySummary } from "../../../shared/api/activities.js";
import type { ListValue } from "../../../shared/api/offices.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { type DemoContext, foreignUser } from "../case-records/case-records.fixture.js";
import { activityInput, type FixtureKind, insertOffice, postActivity, recordActivity } from "./activities.fixture.js";
import { RULES, training } from "./activity-rules.cases.js";

type Page = { items: ActivitySummary[]; nextCursor: string | null };

/** Status, and the first field problem of an error answer. */
const problemOf = (response: LightMyRequestResponse) => {
  const error = errorOf(response);
  return [response.statusCode, error.fields?.[0]?.field, error.fields?.[0]?.problem];
};

describe.each(testDatabaseKinds())("activities (%s)", (kind) => {
  let ctx: DemoContext;
  let me: TestSession;
  let supervisor: TestSession;
  let caseworker: TestSession;
  let admin: TestSession;
  let officeId: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    supervisor = await ctx.sessions.of("supervisor");
    caseworker = await ctx.sessions.of("caseworker");
    admin = await ctx.sessions.of("organisation_admin");
    officeId = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId);
  });
  afterAll(() => ctx.testApp.close());

  const call = (method: "GET" | "POST" | "PATCH", url: string, session: TestSession, payload?: unknown) =>
    send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });

  const HEADLINES: Record<FixtureKind, { key: string; value: number }> = {
    training: { key: "participants", value: 37 },
    awareness: { key: "distributed", value: 9500 },
    coordination: { key: "organisations", value: 18 },
    guidance: { key: "versions", value: 1 },
    research: { key: "sample_size", value: 5311 },
  };

  it.each(Object.keys(HEADLINES) as FixtureKind[])(
    "records a %s as a draft in the month it ended, and reads it back whole",
    async (activityKind) => {
      const input = activityInput(officeId, activityKind, { startsOn: "2026-01-30", endsOn: "2026-02-02" });
      const created = await recordActivity(ctx.app, me, input);
      expect(created).toMatchObject({
        kind: activityKind,
        section: DEFAULT_SECTION[activityKind],
        officeId,
        periodMonth: "2026-02",
        status: "draft",
        locked: false,
        headline: HEADLINES[activityKind],
        createdBy: "Sofia Melnyk",
        version: 1,
        photos: [],
        files: [],
        participantListCount: null,
        can: { edit: true, submit: true, approve: false, return: false },
      });
      expect(created.officeName).toMatch(/^Activities office/);
      expect(created.details).toMatchObject(input.details);
      const read = await call("GET", `/api/activities/${created.id}`, supervisor);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({
        ...created,
        can: { edit: true, submit: true, approve: false, return: false },
      });
    },
  );

  it("keeps a section the author chose, and reach as the headline of a campaign with nothing distributed", async () => {
    const created = await recordActivity(ctx.app, me, {
      ...activityInput(officeId, "awareness"),
      section: "direct_assistance",
      details: { kind: "awareness", awareness: { reach: { views: 150000, spots: 40 } } },
    });
    expect(created.section).toBe("direct_assistance");
    expect(created.headline).toEqual({ key: "views", value: 150000 });
  });

  it("changes a draft at the version read, refuses a stale version and a change of kind", async () => {
    const created = await recordActivity(ctx.app, me, activityInput(officeId, "awareness"));
    const details = {
      kind: "awareness",
      awareness: { materials: [{ material: "leaflet", printed: 6000, distributed: 6000 }] },
    };
    const changed = await call("PATCH", `/api/activities/${created.id}`, me, {
      title: "Leaflets across Belarus",
      endsOn: "2026-03-03",
      details,
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      title: "Leaflets across Belarus",
      periodMonth: "2026-03",
      headline: { key: "distributed", value: 6000 },
      version: 2,
    });
    const stale = await call("PATCH", `/api/activities/${created.id}`, me, { title: "Lost update", version: 1 });
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, "conflict"]);
    const otherKind = await call("PATCH", `/api/activities/${created.id}`, me, {
      details: activityInput(officeId, "training").details,
      version: 2,
    });
    expect(problemOf(otherKind)).toEqual([400, "body.details.kind", "kind_cannot_change"]);
    const stored = (await call("GET", `/api/activities/${created.id}`, me)).json() as ActivityDetail;
    expect([stored.title, stored.version, stored.kind]).toEqual(["Leaflets across Belarus", 2, "awareness"]);
  });

  it("lists newest end date first in keyset pages, with its filters", async () => {
    const office = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId);
    const made: ActivityDetail[] = [];
    for (const [i, activityKind] of (["training", "research", "training", "coordination"] as const).entries()) {
      made.push(
        await recordActivity(ctx.app, me, {
          ...activityInput(office, activityKind),
          title: `Listed ${i} ${activityKind === "research" ? "Roma survey" : "session"}`,
          startsOn: `2026-0${i + 4}-01`,
          endsOn: `2026-0${i + 4}-10`,
        }),
      );
    }
    const list = async (query: string) => {
      const response = await call("GET", `/api/activities?officeId=${office}&${query}`, caseworker);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as Page;
    };
    const first = await list("limit=3");
    expect(first.items.map((item) => item.endsOn)).toEqual(["2026-07-10", "2026-06-10", "2026-05-10"]);
    expect(first.items[0]).toMatchObject({
      periodMonth: "2026-07",
      locked: false,
      headline: { key: "organisations", value: 18 },
      officeId: office,
    });
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`limit=3&cursor=${first.nextCursor}`);
    expect([second.items.map((item) => item.id), second.nextCursor]).toEqual([[made[0]?.id], null]);
    expect((await list("kind=training")).items.map((item) => item.id)).toEqual([made[2]?.id, made[0]?.id]);
    expect((await list("from=2026-05&to=2026-06")).items.map((item) => item.endsOn)).toEqual([
      "2026-06-10",
      "2026-05-10",
    ]);
    expect((await list("q=roma")).items.map((item) => item.id)).toEqual([made[1]?.id]);
    expect((await list("q=100%25")).items).toEqual([]);
    expect((await list("status=approved")).items).toEqual([]);
    expect((await list("section=research")).items.map((item) => item.kind)).toEqual(["research"]);
    const badCursor = await call("GET", "/api/activities?cursor=bm9wZQ", caseworker);
    expect(problemOf(badCursor)).toEqual([400, "query.cursor", "invalid"]);
  });

  it.each(RULES)("refuses %s, naming the field", async (_, change, field, problem) => {
    const response = await postActivity(ctx.app, me, { ...activityInput(officeId, "training"), ...change });
    expect(problemOf(response)).toEqual([400, field, problem]);
    expect(errorOf(response).fields?.[0]?.message).not.toMatch(/^validation\./);
  });

  it("says what the sexes add up to, in the caller's language", async () => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/activities",
      session: me,
      headers: { "accept-language": "uk" },
      payload: { ...activityInput(officeId, "training"), details: training({ total: 10, female: 5, male: 4 }) },
    });
    expect(errorOf(response).fields?.[0]?.message).toBe(
      "Жінки, чоловіки та інші разом дають 9, а не загальну кількість 10.",
    );
  });

  it("accepts an end tomorrow (time zones east of UTC) and a post-test without a pre-test", async () => {
    const tomorrow = addDays(todayIso(), 1);
    const created = await recordActivity(ctx.app, me, {
      ...activityInput(officeId, "training"),
      startsOn: tomorrow,
      endsOn: tomorrow,
      details: training({ total: 2, female: 1, male: 1 }, { postTestAverage: 70 }),
    });
    expect(created.periodMonth).toBe(tomorrow.slice(0, 7));
  });

  it("refuses a retired office and another organisation's office", async () => {
    const retired = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId, { retired: true });
    const foreign = await foreignUser(ctx, ["me_officer"]);
    const theirs = await insertOffice(ctx.testApp.services.database, foreign.user.organisationId);
    for (const office of [retired, theirs]) {
      expect(problemOf(await postActivity(ctx.app, me, activityInput(office, "guidance")))).toEqual([
        400,
        "body.officeId",
        "unknown_office",
      ]);
    }
  });

  it("accepts the organisation's own list values while they are active, and keeps them on activities that have them", async () => {
    const added = await call("POST", "/api/activity-lists", admin, {
      list: "target_group",
      code: "roma_mediators",
      labels: { en: "Roma cultural mediators", pl: "Romscy mediatorzy kulturowi" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const value = added.json() as ListValue;
    const withValue = (office: string) => ({
      ...activityInput(office, "training"),
      details: training({ total: 3, female: 2, male: 1 }, { targetGroups: ["roma_mediators"] }),
    });
    const created = await recordActivity(ctx.app, me, withValue(officeId));
    const retire = await call("PATCH", `/api/activity-lists/${value.id}`, admin, { retired: true });
    expect(retire.json()).toMatchObject({ retired: true, builtIn: false });
    expect(problemOf(await postActivity(ctx.app, me, withValue(officeId)))).toEqual([
      400,
      "body.details.training.targetGroups.0",
      "unknown_value",
    ]);
    const resaved = await call("PATCH", `/api/activities/${created.id}`, me, {
      details: withValue(officeId).details,
      version: 1,
    });
    expect(resaved.statusCode, resaved.body).toBe(200);

    const foreign = await foreignUser(ctx, ["organisation_admin"]);
    const theirs = await call("POST", "/api/activity-lists", foreign.session, {
      list: "material",
      code: "escape_truck",
      labels: { en: "Escape truck" },
    });
    expect(theirs.statusCode).toBe(201);
    const truck = { kind: "awareness", awareness: { materials: [{ material: "escape_truck" }] } };
    expect(
      problemOf(await postActivity(ctx.app, me, { ...activityInput(officeId, "awareness"), details: truck })),
    ).toEqual([400, "body.details.awareness.materials.0.material", "unknown_value"]);
  });

  it("manages the lists: built-in values first, codes unique, built-in codes refused, retired values kept", async () => {
    const lists = await call("GET", "/api/activity-lists", caseworker);
    expect(lists.statusCode).toBe(200);
    const items = (lists.json() as { items: ListValue[] }).items;
    expect(items[0]).toEqual({
      id: null,
      list: "target_group",
      code: "border_guards",
      labels: null,
      builtIn: true,
      retired: false,
    });
    expect(items.some((item) => item.code === "escape_truck")).toBe(false);
    const body = { list: "channel", code: "escape_truck_tour", labels: { en: "Escape truck tour" } };
    expect((await call("POST", "/api/activity-lists", admin, body)).statusCode).toBe(201);
    expect(problemOf(await call("POST", "/api/activity-lists", admin, body))).toEqual([409, "body.code", "taken"]);
    expect(problemOf(await call("POST", "/api/activity-lists", admin, { ...body, code: "social_media" }))).toEqual([
      400,
      "body.code",
      "list_code_built_in",
    ]);
    const value = ((await call("GET", "/api/activity-lists", me)).json() as { items: ListValue[] }).items.find(
      (item) => item.code === "escape_truck_tour",
    );
    const relabel = await call("PATCH", `/api/activity-lists/${value?.id}`, admin, {
      labels: { en: "Escape truck tour", uk: "Тур вантажівки-втечі" },
    });
    expect(relabel.json()).toMatchObject({
      labels: { en: "Escape truck tour", uk: "Тур вантажівки-втечі" },
      retired: false,
    });
    expect(problemOf(await call("PATCH", `/api/activity-lists/${value?.id}`, admin, {}))).toEqual([
      400,
      "body",
      "list_value_nothing_to_change",
    ]);
    expect((await call("POST", "/api/activity-lists", me, body)).statusCode).toBe(403);
    const foreign = await foreignUser(ctx, ["organisation_admin"]);
    const theirs = await call("PATCH", `/api/activity-lists/${value?.id}`, foreign.session, { retired: true });
    expect([theirs.statusCode, errorOf(theirs).code]).toEqual([404, "not_found"]);
  });

  it("lets a caseworker read activities but not write them", async () => {
    const created = await recordActivity(ctx.app, me, activityInput(officeId, "coordination"));
    const read = await call("GET", `/api/activities/${created.id}`, caseworker);
    expect(read.statusCode).toBe(200);
    expect((read.json() as ActivityDetail).can).toEqual({ edit: false, submit: false, approve: false, return: false });
    expect((await call("GET", "/api/activities", caseworker)).statusCode).toBe(200);
    const writes = [
      await postActivity(ctx.app, caseworker, activityInput(officeId, "coordination")),
      await call("PATCH", `/api/activities/${created.id}`, caseworker, { title: "Not mine to change", version: 1 }),
      await call("POST", `/api/activities/${created.id}/submit`, caseworker, { version: 1 }),
    ];
    expect(writes.map((response) => [response.statusCode, errorOf(response).code])).toEqual([
      [403, "forbidden"],
      [403, "forbidden"],
      [403, "forbidden"],
    ]);
  });

  it("answers 404 for another organisation's activity and never lists it", async () => {
    const foreign = await foreignUser(ctx, ["me_officer"]);
    const theirOffice = await insertOffice(ctx.testApp.services.database, foreign.user.organisationId);
    const theirs = await recordActivity(ctx.app, foreign.session, {
      ...activityInput(theirOffice, "research"),
      title: "Their survey",
    });
    for (const response of [
      await call("GET", `/api/activities/${theirs.id}`, supervisor),
      await call("PATCH", `/api/activities/${theirs.id}`, me, { title: "Taken over", version: 1 }),
      await call("POST", `/api/activities/${theirs.id}/submit`, me, { version: 1 }),
    ]) {
      expect([response.statusCode, errorOf(response).code]).toEqual([404, "not_found"]);
    }
    const mine = (await call("GET", "/api/activities?q=their&limit=200", supervisor)).json() as Page;
    expect(mine.items.map((item) => item.id)).not.toContain(theirs.id);
    const own = (await call("GET", `/api/activities/${theirs.id}`, foreign.session)).json() as ActivityDetail;
    expect([own.title, own.version]).toEqual(["Their survey", 1]);
  });
});
