import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  auditEntriesAfter,
  countRows,
  createDemoApp,
  createTestUser,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Delivered = { id: string; caseNumber: string; personId: string; replayed: boolean };

const consent = { purpose: "assistance", decision: "given", decidedOn: "2026-01-10", method: "verbal" } as const;
const newIntake = (secondName: string, clientKey: string | undefined = randomUUID()) => ({
  person: { identity: { firstName: "Iryna", secondName }, citizenships: ["UA"] },
  victim: { exploitationTypes: ["ForcedLabour"] },
  consents: [consent],
  ...(clientKey ? { clientKey } : {}),
});

describe.each(testDatabaseKinds())("intakes delivered together and again (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;

  const batch = (cases: unknown[], session = caseworker) =>
    send(ctx.app, { method: "POST", url: "/api/cases/batch", session, payload: { cases } });
  const caseCount = () => countRows(ctx.testApp, "cases");

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  it("writes a batch, and answers the same batch sent again with the same cases, writing nothing", async () => {
    const cases = [newIntake("Bondar"), newIntake("Savchuk"), newIntake("Tkachuk")];
    const first = await batch(cases);
    expect(first.statusCode, first.body).toBe(200);
    const made: Delivered[] = first.json().cases;
    expect(made.map((c) => c.replayed)).toEqual([false, false, false]);
    expect(new Set(made.map((c) => c.caseNumber)).size).toBe(3);
    const shown = await send(ctx.app, { method: "GET", url: `/api/cases/${made[1]?.id}`, session: caseworker });
    expect([shown.statusCode, shown.json().personName, shown.json().caseNumber]).toEqual([
      200,
      "Iryna Savchuk",
      made[1]?.caseNumber,
    ]);

    const before = await caseCount();
    const auditedBefore = await lastAuditSeq(ctx.testApp);
    // The answer was lost: the device sends the whole upload again, with one intake added meanwhile.
    const again = await batch([...cases, newIntake("Melnyk")]);
    expect(again.statusCode, again.body).toBe(200);
    const answered: Delivered[] = again.json().cases;
    expect(answered.slice(0, 3)).toEqual(made.map((c) => ({ ...c, replayed: true })));
    expect(answered[3]?.replayed).toBe(false);
    expect(await caseCount()).toBe(before + 1);

    const audit = (await auditEntriesAfter(ctx.testApp, auditedBefore)).filter((e) => e.action === "case.create_batch");
    expect(audit.map((e) => [e.record_ids, e.detail])).toEqual([[[answered[3]?.id], { count: 1, repeated: 3 }]]);
  });

  it("writes nothing when one intake is wrong, and names it", async () => {
    const before = await caseCount();
    const child = { person: { identity: { firstName: "Child", birthDate: "2016-01-01" } }, consents: [consent] };
    const refused = await batch([newIntake("Fine"), child]);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).fields?.[0]).toMatchObject({
      field: "body.cases.1.consents.0.guardian",
      problem: "guardian_required",
    });
    const linked = await batch([{ ...newIntake("Linked"), screeningId: randomUUID() }]);
    expect([linked.statusCode, errorOf(linked).fields?.[0]?.field]).toEqual([400, "body.cases.0.screeningId"]);
    const key = randomUUID();
    const twice = await batch([newIntake("Once", key), newIntake("Twice", key)]);
    expect(errorOf(twice).fields?.[0]).toMatchObject({ field: "body.cases.1.clientKey", problem: "duplicate_values" });
    const existing = await batch([{ personId: randomUUID(), clientKey: randomUUID() }]);
    expect([existing.statusCode, errorOf(existing).fields?.[0]?.field]).toEqual([400, "body.cases.0.person"]);
    const empty = await batch([]);
    expect([empty.statusCode, errorOf(empty).fields?.[0]?.field]).toEqual([400, "body.cases"]);
    const tooMany = await batch(Array.from({ length: 501 }, (_, i) => newIntake(`Many${i}`, undefined)));
    expect([tooMany.statusCode, errorOf(tooMany).fields?.[0]?.field]).toEqual([400, "body.cases"]);
    expect(await caseCount()).toBe(before);
  });

  it("answers a repeated single intake with its case (200), and refuses a key whose case the sender cannot reach", async () => {
    const body = newIntake("Kravets");
    const first = await send(ctx.app, { method: "POST", url: "/api/cases", session: caseworker, payload: body });
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(ctx.app, { method: "POST", url: "/api/cases", session: caseworker, payload: body });
    expect([again.statusCode, again.json()]).toEqual([200, { ...first.json(), replayed: true }]);

    const stranger = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    const strangerSession = await signInOrThrow(ctx.app, stranger);
    const guessed = await send(ctx.app, { method: "POST", url: "/api/cases", session: strangerSession, payload: body });
    expect([guessed.statusCode, errorOf(guessed).fields?.[0]?.field]).toEqual([409, "body.clientKey"]);
    expect(guessed.body).not.toContain(first.json().caseNumber);
    const inBatch = await batch([body], strangerSession);
    expect([inBatch.statusCode, errorOf(inBatch).fields?.[0]?.field]).toEqual([409, "body.cases.0.clientKey"]);
  });

  it("keeps keys apart per organisation, and keeps roles that may not open cases out", async () => {
    const body = newIntake("Lysenko");
    const mine: Delivered[] = (await batch([body])).json().cases;
    const otherOrganisation = Object.values(ctx.demo.organisationIds).find((id) => id !== ctx.demo.mainOrganisationId);
    const outsider = await createTestUser(ctx.testApp, {
      organisationId: otherOrganisation as string,
      roles: ["caseworker"],
    });
    const outsiderSession = await signInOrThrow(ctx.app, outsider);
    const theirs = await batch([body], outsiderSession);
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json().cases[0]).toMatchObject({ replayed: false });
    expect(theirs.json().cases[0].id).not.toBe(mine[0]?.id);
    const peek = await send(ctx.app, { method: "GET", url: `/api/cases/${mine[0]?.id}`, session: outsiderSession });
    expect(peek.statusCode).toBe(404);

    const partner = await ctx.sessions.of("partner_caseworker");
    expect((await batch([newIntake("Partner")], partner)).statusCode).toBe(403);
    const me = await ctx.sessions.of("me_officer");
    expect((await batch([newIntake("Officer")], me)).statusCode).toBe(403);
    const anonymous = await send(ctx.app, {
      method: "POST",
      url: "/api/cases/batch",
      payload: { cases: [newIntake("Nobody")] },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
