import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import type { SitrepDetail } from "../../../../shared/api/sitrep.js";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../../testing/http.js";
import {
  activityInput,
  insertOffice,
  photoUpload,
  recordActivity,
  upload,
} from "../../activities/activities.fixture.js";
import { tinyPng } from "../../case-records/case-records.fixture.js";
import { docxContent, pdfText } from "./read-back.fixture.js";
import { sitrepWords } from "./sitrep-words.js";

type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

const NARRATIVE = 'Flyers handed out <script>alert("x")</script> at the station.';
const CAPTION = "Information desk at the railway station";

describe.each(testDatabaseKinds())("situation report exports (%s)", (kind) => {
  let ctx: DemoContext;
  let officer: TestSession;
  let sitrep: SitrepDetail;
  let photoId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    officer = await ctx.sessions.of("me_officer");
    const supervisor = await ctx.sessions.of("supervisor");
    const officeId = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId, {
      name: "Офіс у Львові",
    });
    const awareness = activityInput(officeId, "awareness", { narrative: NARRATIVE });
    const activity = await recordActivity(ctx.app, officer, awareness);
    const photo = await upload(
      ctx.app,
      officer,
      `/api/activities/${activity.id}/photos`,
      photoUpload({ caption: CAPTION, credit: "Anna K.", consent: "nobody_recognisable" }),
    );
    expect(photo.statusCode, photo.body).toBe(201);
    photoId = (photo.json() as { id: string }).id;
    const current = (await get(`/api/activities/${activity.id}`, officer)).json() as ActivityDetail;
    const step = async (name: string, session: TestSession, version: number) => {
      const url = `/api/activities/${activity.id}/${name}`;
      const response = await send(ctx.app, { method: "POST", url, session, payload: { version } });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as ActivityDetail;
    };
    const submitted = await step("submit", officer, current.version);
    await step("approve", supervisor, submitted.version);
    const created = await send(ctx.app, {
      method: "POST",
      url: "/api/sitreps",
      session: officer,
      payload: { fromMonth: "2026-01", toMonth: "2026-01", officeIds: [officeId], language: "uk" },
    });
    expect(created.statusCode, created.body).toBe(201);
    sitrep = created.json() as SitrepDetail;
  });
  afterAll(() => ctx.testApp.close());

  it("downloads the report as HTML, PDF and DOCX in its language, with the photo, audited", async () => {
    const words = sitrepWords("uk");
    const seq = await lastAuditSeq(ctx.testApp);
    const base = `/api/sitreps/${sitrep.id}/export`;

    const html = await get(`${base}.html`, officer);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.headers["content-disposition"]).toBe(
      "attachment; filename=\"situation-report-2026-01-v1.html\"; filename*=UTF-8''situation-report-2026-01-v1.html",
    );
    expect(html.body).toContain('<html lang="uk">');
    expect(html.body).toContain(`data:image/png;base64,${tinyPng().toString("base64")}`);
    expect(html.body).not.toContain("<script");

    const pdf = await get(`${base}.pdf`, officer);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const pdfWords = pdfText(pdf.rawPayload);
    expect(pdfWords).toContain(sitrep.document.title);
    expect(pdfWords).toContain(`Офіс у Львові: ${NARRATIVE}`);
    expect(pdfWords).toContain(CAPTION);

    const docx = await get(`${base}.docx`, officer);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(docx.headers["content-disposition"]).toContain('filename="situation-report-2026-01-v1.docx"');
    const content = docxContent(docx.rawPayload);
    expect(content.paragraphs[0]).toEqual({ style: "Title", text: sitrep.document.title });
    const headings = content.paragraphs.filter((paragraph) => /^\d\. /.test(paragraph.text));
    expect(headings.map((paragraph) => paragraph.text)).toEqual(
      REPORT_SECTIONS.map((key, index) => `${index + 1}. ${words.section(key).toLocaleUpperCase("uk")}`),
    );
    expect(content.images).toHaveLength(1);

    const exports = (await auditEntriesAfter(ctx.testApp, seq)).filter((entry) => entry.action === "sitrep.export");
    expect(
      exports.map((entry) => [entry.record_id, entry.record_ids, (entry.detail as { format: string }).format]),
    ).toEqual([
      [sitrep.id, [photoId], "html"],
      [sitrep.id, [photoId], "pdf"],
      [sitrep.id, [photoId], "docx"],
    ]);
  });

  it("exports a version asked for, and answers 404 for a version that does not exist", async () => {
    const first = await get(`/api/sitreps/${sitrep.id}/export.html?version=1`, officer);
    expect(first.statusCode).toBe(200);
    expect((await get(`/api/sitreps/${sitrep.id}/export.pdf?version=99`, officer)).statusCode).toBe(404);
    expect((await get(`/api/sitreps/${sitrep.id}/export.pdf?version=0`, officer)).statusCode).toBe(400);
  });

  it("refuses a role without report.read, and hides the report from another organisation", async () => {
    const caseworker = await ctx.sessions.of("caseworker");
    for (const format of ["html", "pdf", "docx"])
      expect((await get(`/api/sitreps/${sitrep.id}/export.${format}`, caseworker)).statusCode).toBe(403);
    const main = ctx.demo.accountOf("supervisor").organisation;
    const account = ctx.demo.accounts.find((a) => a.organisation !== main && a.roles.includes("supervisor"));
    if (!account) throw new Error("the demo data has no supervisor in a second organisation");
    const outsider = await signInOrThrow(ctx.app, account);
    for (const format of ["html", "pdf", "docx"])
      expect((await get(`/api/sitreps/${sitrep.id}/export.${format}`, outsider)).statusCode).toBe(404);
  });
});
