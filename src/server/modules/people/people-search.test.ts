import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, createTestUser, send, signInOrThrow, type TestSession } from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("people search and duplicate candidates (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;
  let stranger: TestSession;

  const intake = async (identity: Record<string, unknown>, session = caseworker) => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/cases",
      session,
      payload: { person: { identity } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; personId: string };
  };
  const search = async (query: string, session = caseworker) => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session,
      payload: { query, limit: 50 },
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { personId: string }[]).map((item) => item.personId);
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
    // A caseworker of the same organisation in no team: sees only the cases they own.
    const user = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    stranger = await signInOrThrow(ctx.app, user);
  });
  afterAll(() => ctx.testApp.close());

  it("finds a person by the full birth date alone, in either way of writing it, and by the year", async () => {
    const created = await intake({ firstName: "Nadiia", secondName: "Savchuk", birthDate: "1961-11-23" });
    expect(await search("1961-11-23")).toContain(created.personId);
    expect(await search("23.11.1961")).toContain(created.personId);
    expect(await search("1961")).toContain(created.personId);
    expect(await search("1961-11-24")).not.toContain(created.personId);
  });

  it("ranks the person born on the date asked first among namesakes", async () => {
    const namesakes = [];
    for (const day of ["03", "04", "05"]) {
      namesakes.push(await intake({ firstName: "Halyna", secondName: "Moroz", birthDate: `1979-02-${day}` }));
    }
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/people/duplicates",
      session: caseworker,
      payload: { identity: { firstName: "Галина", secondName: "Мороз", birthDate: "1979-02-04" } },
    });
    const items = response.json().items as { personId: string; reasons: string[] }[];
    expect(items[0]?.personId).toBe(namesakes[1]?.personId);
    expect(items[0]?.reasons).toContain("same_birth_date");
    expect(items.map((item) => item.personId)).toEqual(
      expect.arrayContaining(namesakes.map((namesake) => namesake.personId)),
    );
  });

  it("leaves out people the searching caseworker may not see, where the supervisor finds them", async () => {
    const created = await intake({ firstName: "Zinaida", secondName: "Prokopchuk", phones: ["+380501112233"] });
    expect(await search("Zinaida Prokopchuk", supervisor)).toContain(created.personId);
    expect(await search("Зінаїда Прокопчук", stranger)).not.toContain(created.personId);
    expect(await search("+380501112233", stranger)).not.toContain(created.personId);
    const duplicates = await send(ctx.app, {
      method: "POST",
      url: "/api/people/duplicates",
      session: stranger,
      payload: { identity: { firstName: "Zinaida", secondName: "Prokopchuk" } },
    });
    expect(duplicates.statusCode).toBe(200);
    expect(duplicates.json().items.map((item: { personId: string }) => item.personId)).not.toContain(created.personId);
  });

  it("still shows the one who registered a person after their case went to someone else, and nobody else", async () => {
    const created = await intake({ firstName: "Yevdokiia", secondName: "Marchuk" }, stranger);
    const newOwner = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    const assign = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${created.id}/assign`,
      session: supervisor,
      payload: { ownerUserId: newOwner.id, version: 1 },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    // The case is out of the registering caseworker's reach now; the person they registered is not.
    expect(await search("Yevdokiia Marchuk", stranger)).toContain(created.personId);
    expect(await search("Євдокія Марчук", await signInOrThrow(ctx.app, newOwner))).toContain(created.personId);
    const outsider = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    expect(await search("Yevdokiia Marchuk", await signInOrThrow(ctx.app, outsider))).not.toContain(created.personId);
  });
});
