import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { tinyPdf, tinyPng, upload } from "../case-records/case-records.fixture.js";

describe.each(testDatabaseKinds())("consent with a signature image (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;
  let caseworker: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  const intake = async (firstName: string) =>
    (
      await send(ctx.app, {
        method: "POST",
        url: "/api/cases",
        session: caseworker,
        payload: { person: { identity: { firstName, secondName: "Signature" } } },
      })
    ).json() as { id: string; personId: string };
  const attach = async (caseId: string, file: { filename: string; contentType: string; content: Buffer }) =>
    ((await upload(ctx.app, caseworker, caseId, file)).json() as { id: string }).id;
  const consent = (personId: string, signatureAttachmentId: string) =>
    send(ctx.app, {
      method: "POST",
      url: `/api/people/${personId}/consents`,
      session: caseworker,
      payload: {
        purpose: "data_processing",
        decision: "given",
        decidedOn: "2026-03-01",
        method: "signature",
        signatureAttachmentId,
      },
    });

  it("links an image of the person's own case, and refuses another case's file or a document", async () => {
    const mine = await intake("Halyna");
    const other = await intake("Petro");
    const signature = await attach(mine.id, {
      filename: "signature.png",
      contentType: "image/png",
      content: tinyPng(),
    });
    const recorded = await consent(mine.personId, signature);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const state = (
      await send(ctx.app, { method: "GET", url: `/api/people/${mine.personId}/consents`, session: caseworker })
    ).json();
    expect(state.current.data_processing.signatureAttachmentId).toBe(signature);

    const elsewhere = await attach(other.id, {
      filename: "signature.png",
      contentType: "image/png",
      content: tinyPng(),
    });
    const foreign = await consent(mine.personId, elsewhere);
    expect([foreign.statusCode, errorOf(foreign).fields?.[0]]).toMatchObject([
      400,
      { field: "body.signatureAttachmentId", problem: "not_linked" },
    ]);
    const pdf = await attach(mine.id, { filename: "form.pdf", contentType: "application/pdf", content: tinyPdf() });
    const document = await consent(mine.personId, pdf);
    expect(errorOf(document).fields?.[0]?.problem).toBe("not_an_image");
  });
});
