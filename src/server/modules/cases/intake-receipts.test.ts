import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../access/errors.js";
import { runScoped } from "../../access/scoped-db.js";
import { demoActor } from "../../testing/actors.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send } from "../../testing/http.js";
import { recordDeliveries } from "./intake-receipts.js";

describe.each(testDatabaseKinds())("intake receipts (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
  });
  afterAll(() => ctx.testApp.close());

  it("refuses the second of two deliveries that reach their receipt at once, and keeps the first one's case", async () => {
    const caseworker = await ctx.sessions.of("caseworker");
    const clientKey = randomUUID();
    const intake = (payload: object) =>
      send(ctx.app, { method: "POST", url: "/api/cases", session: caseworker, payload });
    const first = (await intake({ person: { identity: { firstName: "Ostap" } }, clientKey })).json();
    // The second delivery did not see the first one's receipt, wrote its own case, and now records its receipt.
    const second = (await intake({ person: { identity: { firstName: "Ostap" } } })).json();
    expect(second.id).not.toBe(first.id);
    const actor = await demoActor(ctx.testApp, ctx.demo, "caseworker");
    const error = await runScoped(
      ctx.testApp.services.database,
      actor,
      { requestId: "test", clientIp: null, action: "test" },
      (db) => recordDeliveries(db, [{ key: clientKey, caseId: second.id, index: 0 }], () => "body.clientKey"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect([(error as AppError).code, (error as AppError).fields]).toEqual([
      "conflict",
      [{ field: "body.clientKey", problem: "sent_twice" }],
    ]);
    const receipt = await ctx.testApp.services.database.db
      .selectFrom("intake_receipts")
      .select("case_id")
      .where("client_key", "=", clientKey)
      .execute();
    expect(receipt).toEqual([{ case_id: first.id }]);
  });
});
