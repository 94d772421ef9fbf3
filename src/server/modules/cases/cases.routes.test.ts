import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, createTestUser, errorOf, send, signInOrThrow, type TestSession } from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const olena = {
  gender: "Feminine",
  sex: "Female",
  citizenships: ["UA"],
  vulnerabilityFlags: ["GbvSurvivor"],
  identity: { firstName: "Olena", secondName: "Kowalenko", birthDate: "1994-03-02", phones: ["+380671234567"] },
};

describe.each(testDatabaseKinds())("cases over HTTP (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;

  const intake = async (body: unknown, session = caseworker) => {
    const response = await send(ctx.app, { method: "POST", url: "/api/cases", session, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; caseNumber: string; personId: string };
  };
  const getCase = async (id: string, session = caseworker) =>
    send(ctx.app, { method: "GET", url: `/api/cases/${id}`, session });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("takes an intake in one step and shows it back, with sealed values stored as ciphertext", async () => {
    const created = await intake({
      person: olena,
      identifiedOn: "2026-01-10",
      victim: {
        exploitationTypes: ["ForcedLabour"],
        controlMethods: ["RestrictsMovement"],
        vulnerabilityDetails: "Lost documents",
      },
      consents: [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-10", method: "verbal" }],
    });
    expect(created.caseNumber).toMatch(/^[A-Z]{2}-\d{4}-\d{5}$/);
    const response = await getCase(created.id);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stage).toBe("open");
    expect(detail.status).toBe("Active");
    expect(detail.personName).toBe("Olena Kowalenko");
    expect(detail.people[0].victim.controlMethods).toEqual(["RestrictsMovement"]);
    expect(detail.people[0].victim.vulnerabilityDetails).toBe("Lost documents");
    expect(detail.people[0].consents.current.assistance.decision).toBe("given");

    const db = ctx.testApp.services.database.db;
    const person = await db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", created.personId)
      .executeTakeFirstOrThrow();
    expect(person.identity).not.toContain("Olena");
    expect(person.birth_year).toBe(1994);
    const keys = await db
      .selectFrom("person_search_keys")
      .select("key")
      .where("person_id", "=", created.personId)
      .execute();
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.map((k) => k.key).join(" ")).not.toMatch(/olena|kowal/i);
    const trigrams = await db
      .selectFrom("person_name_trigrams")
      .select("keys")
      .where("person_id", "=", created.personId)
      .executeTakeFirstOrThrow();
    expect(trigrams.keys.length).toBeGreaterThan(5);
    // Keyed hashes, not the trigrams themselves.
    for (const key of trigrams.keys) expect(String(key)).toMatch(/^-?\d{6,}$/);
  });

  it("names the field of impossible or unknown input and writes nothing", async () => {
    const before = await ctx.testApp.services.database.db
      .selectFrom("cases")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const cases: [unknown, string, string][] = [
      [{ person: { ...olena }, identifiedOn: "1990-01-01" }, "body.identifiedOn", "before_birth"],
      [{ person: { ...olena, gender: "Robot" } }, "body.person.gender", "unknown_value"],
      [{ person: olena, victim: { exploitationTypes: ["Nope"] } }, "body.victim.exploitationTypes.0", "unknown_value"],
      [
        {
          person: { identity: { firstName: "Dmytro", birthDate: "2015-05-05" } },
          consents: [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-10", method: "verbal" }],
        },
        "body.consents.0.guardian",
        "guardian_required",
      ],
      [
        { person: { identity: { firstName: "X", birthDate: "2999-01-01" } } },
        "body.person.identity.birthDate",
        "in_future",
      ],
    ];
    const listItem = await send(ctx.app, {
      method: "POST",
      url: "/api/cases",
      session: caseworker,
      payload: { person: { identity: { firstName: "A", emails: ["ok@example.org", "not-an-address"] } } },
    });
    expect(errorOf(listItem).fields?.[0]).toMatchObject({ field: "body.person.identity.emails.1", problem: "email" });
    expect(errorOf(listItem).fields?.[0]?.message).not.toMatch(/\b1\b/);
    for (const [body, field, problem] of cases) {
      const response = await send(ctx.app, { method: "POST", url: "/api/cases", session: caseworker, payload: body });
      expect([field, response.statusCode]).toEqual([field, 400]);
      expect(errorOf(response).fields?.map((f) => [f.field, f.problem])).toContainEqual([field, problem]);
    }
    const after = await ctx.testApp.services.database.db
      .selectFrom("cases")
      .select(({ fn }) => fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("finds a person by a Cyrillic spelling of a Latin name, and ranks duplicates with reasons", async () => {
    const created = await intake({ person: olena });
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: caseworker,
      payload: { query: "Олена Коваленко" },
    });
    expect(search.statusCode).toBe(200);
    const found = search.json().items as { personId: string; reasons: string[] }[];
    expect(found.map((i) => i.personId)).toContain(created.personId);

    await intake({ person: { identity: { firstName: "Olga", secondName: "Kovalchuk", birthDate: "1994-03-02" } } });
    const duplicates = await send(ctx.app, {
      method: "POST",
      url: "/api/people/duplicates",
      session: caseworker,
      payload: { identity: { firstName: "Олена", secondName: "Коваленко", birthDate: "1994-03-02" } },
    });
    const items = duplicates.json().items as {
      personId: string;
      score: number;
      reasons: string[];
      caseNumbers: string[];
    }[];
    expect(items[0]?.reasons).toEqual(expect.arrayContaining(["same_name", "same_birth_date"]));
    expect(items[0]?.caseNumbers.length).toBeGreaterThan(0);
    const kovalchuk = items.find((i) => !i.reasons.includes("same_name"));
    if (kovalchuk) expect(kovalchuk.score).toBeLessThan(items[0]?.score ?? 0);
  });

  it("walks the workflow: closure requested by the caseworker, approved by a supervisor, reopened with a reason", async () => {
    const created = await intake({ person: { identity: { firstName: "Iryna", secondName: "Bondar" } } });
    const move = (session: TestSession, body: Record<string, unknown>) =>
      send(ctx.app, { method: "POST", url: `/api/cases/${created.id}/transition`, session, payload: body });
    expect((await getCase(created.id)).json().workflow).toEqual({
      actions: ["advance", "request_closure"],
      nextStages: ["assessment", "support_plan", "assistance", "follow_up"],
    });
    expect((await move(caseworker, { action: "advance", to: "assessment", version: 1 })).statusCode).toBe(200);
    expect(errorOf(await move(caseworker, { action: "advance", to: "open", version: 2 })).fields?.[0]?.problem).toBe(
      "not_forward",
    );
    expect(
      (await move(caseworker, { action: "request_closure", reason: "Returned home safely", version: 2 })).statusCode,
    ).toBe(200);
    expect((await move(caseworker, { action: "approve_closure", version: 3 })).statusCode).toBe(403);
    expect((await getCase(created.id)).json().workflow.actions).toEqual([]);
    expect((await getCase(created.id, supervisor)).json().workflow.actions).toEqual(["approve_closure", "return"]);
    expect((await move(supervisor, { action: "approve_closure", version: 2 })).statusCode).toBe(409);
    const approved = await move(supervisor, { action: "approve_closure", version: 3 });
    expect(approved.json()).toEqual({ stage: "closed", version: 4 });
    const closed = (await getCase(created.id)).json();
    expect([closed.status, closed.closureReason]).toEqual(["Closed", "Returned home safely"]);
    expect(closed.closedOn).not.toBeNull();
    expect((await move(caseworker, { action: "reopen", version: 4 })).statusCode).toBe(400);
    expect((await move(caseworker, { action: "reopen", reason: "New threat", version: 4 })).json().stage).toBe(
      "assessment",
    );
    const history = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${created.id}/history`, session: caseworker })
    ).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual([
      "case.reopen",
      "case.approve_closure",
      "case.closure_requested",
      "case.advance",
      "case.opened",
    ]);
    const log = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${created.id}/access-log`, session: supervisor })
    ).json();
    expect(log.items.map((e: { action: string }) => e.action)).toContain("case.read");
    expect(log.items.map((e: { actorName: string | null }) => e.actorName)).toContain("Olena Kovalenko");
  });

  it("blocks nothing yet shared but records a withdrawal at once: the latest decision is in force", async () => {
    const created = await intake({
      person: { identity: { firstName: "Marta", secondName: "Lis" } },
      consents: [{ purpose: "referral_sharing", decision: "given", decidedOn: "2026-02-01", method: "written" }],
    });
    const withdraw = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${created.personId}/consents`,
      session: caseworker,
      payload: { purpose: "referral_sharing", decision: "withdrawn", decidedOn: "2026-02-02", method: "verbal" },
    });
    expect(withdraw.statusCode).toBe(201);
    const state = (
      await send(ctx.app, { method: "GET", url: `/api/people/${created.personId}/consents`, session: caseworker })
    ).json();
    expect(state.current.referral_sharing.decision).toBe("withdrawn");
    expect(state.history).toHaveLength(2);
  });

  it("erases identifying data for good while the case still counts in statistics", async () => {
    const created = await intake({
      person: { ...olena, identity: { firstName: "Sofiia", secondName: "Erase" } },
      victim: { exploitationTypes: ["SexualExploitation"] },
    });
    const erase = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${created.personId}/erase`,
      session: supervisor,
      payload: { reason: "Request of the person, form 12" },
    });
    expect(erase.statusCode, erase.body).toBe(200);
    const detail = (await getCase(created.id)).json();
    expect(detail.personName).toBeNull();
    expect(detail.people[0].person.identity).toBeNull();
    expect(detail.people[0].person.erased).toBe(true);
    expect(detail.exploitationTypes).toEqual(["SexualExploitation"]);
    const db = ctx.testApp.services.database.db;
    expect(
      await db
        .selectFrom("record_keys")
        .select("subject_id")
        .where("subject_id", "in", [created.personId, created.id])
        .execute(),
    ).toEqual([]);
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: caseworker,
      payload: { query: "Sofiia Erase" },
    });
    expect(search.json().items.map((i: { personId: string }) => i.personId)).not.toContain(created.personId);
    const counted = await send(ctx.app, {
      method: "GET",
      url: "/api/cases?exploitationType=SexualExploitation&limit=200",
      session: supervisor,
    });
    expect(counted.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
  });

  it("lists with filters and keyset pages, and keeps partner and M&E roles away from personal data", async () => {
    const first = await send(ctx.app, { method: "GET", url: "/api/cases?citizenship=UA&limit=1", session: caseworker });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(1);
    const second = await send(ctx.app, {
      method: "GET",
      url: `/api/cases?citizenship=UA&limit=1&cursor=${page1.nextCursor}`,
      session: caseworker,
    });
    expect(second.json().items[0].id).not.toBe(page1.items[0].id);
    const forged = Buffer.from(JSON.stringify(["not a date", "x"])).toString("base64url");
    const bad = await send(ctx.app, {
      method: "GET",
      url: `/api/cases?sort=opened&cursor=${forged}`,
      session: caseworker,
    });
    expect([bad.statusCode, errorOf(bad).fields?.[0]?.field]).toEqual([400, "query.cursor"]);
    const partner = await ctx.sessions.of("partner_caseworker");
    const partnerList = await send(ctx.app, { method: "GET", url: "/api/cases", session: partner });
    expect(partnerList.json().items).toEqual([]);
    expect((await getCase(page1.items[0].id, partner)).statusCode).toBe(404);
    const me = await ctx.sessions.of("me_officer");
    expect((await send(ctx.app, { method: "GET", url: "/api/cases", session: me })).statusCode).toBe(403);
    expect(
      (await send(ctx.app, { method: "POST", url: "/api/people/search", session: me, payload: { query: "Olena" } }))
        .statusCode,
    ).toBe(403);
  });

  it("keeps a caseworker of another team out of a case (404), and lets the supervisor reassign it", async () => {
    const created = await intake({ person: { identity: { firstName: "Taras", secondName: "Hnatiuk" } } });
    const stranger = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    const strangerSession = await signInOrThrow(ctx.app, stranger);
    expect((await getCase(created.id, strangerSession)).statusCode).toBe(404);
    const assign = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${created.id}/assign`,
      session: supervisor,
      payload: { ownerUserId: stranger.id, version: 1 },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    expect((await getCase(created.id, strangerSession)).statusCode).toBe(200);
  });
});
