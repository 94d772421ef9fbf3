import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import {
  countOf,
  type DemoContext,
  foreignUser,
  multipart,
  type OpenedCase,
  openCase,
  tinyPdf,
  tinyPng,
  upload,
} from "./case-records.fixture.js";

interface ApiAttachment {
  id: string;
  fileName: string | null;
  mediaType: string;
  sizeBytes: number;
  uploadedByName: string | null;
}

const MiB = 1024 * 1024;

describe.each(testDatabaseKinds())("case attachments (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let theCase: OpenedCase;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    theCase = await openCase(ctx.app, caseworker);
  });
  afterAll(() => ctx.testApp.close());

  const download = (id: string, session = caseworker) =>
    send(ctx.app, { method: "GET", url: `/api/attachments/${id}`, session });
  const list = (session = caseworker, caseId = theCase.id) =>
    send(ctx.app, { method: "GET", url: `/api/cases/${caseId}/attachments`, session });
  /** Nothing was written: no attachment row and no history entry. */
  const counts = async () => [await countOf(ctx, "attachments"), await countOf(ctx, "case_history")];
  const problemOf = (response: Awaited<ReturnType<typeof send>>) => {
    const error = errorOf(response);
    return [response.statusCode, error.fields?.[0]?.field, error.fields?.[0]?.problem];
  };

  it("stores a PNG sealed and gives the same bytes back with safe download headers", async () => {
    const png = tinyPng();
    const response = await upload(ctx.app, caseworker, theCase.id, {
      filename: "photo of passport.png",
      contentType: "image/png",
      content: png,
    });
    expect(response.statusCode, response.body).toBe(201);
    const stored = response.json() as ApiAttachment;
    expect(stored).toMatchObject({
      fileName: "photo of passport.png",
      mediaType: "image/png",
      sizeBytes: png.length,
      uploadedByName: "Olena Kovalenko",
    });

    const raw = await ctx.testApp.services.database.db
      .selectFrom("attachments")
      .select(["content", "file_name", "media_type"])
      .where("id", "=", stored.id)
      .executeTakeFirstOrThrow();
    const sealed = Buffer.from(raw.content);
    expect(sealed.equals(png)).toBe(false);
    expect(sealed.includes(Buffer.from("IHDR"))).toBe(false);
    expect(sealed.includes(png.subarray(0, 8))).toBe(false);
    expect(raw.file_name).not.toContain("passport");
    expect(raw.media_type).toBe("image/png");

    const seq = await lastAuditSeq(ctx.testApp);
    const file = await download(stored.id);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["content-disposition"]).toBe(
      "attachment; filename=\"photo of passport.png\"; filename*=UTF-8''photo%20of%20passport.png",
    );
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toBe("no-store");
    const audit = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action === "attachment.download");
    expect(audit.map((e) => [e.record_type, e.record_id, e.outcome])).toEqual([["case", theCase.id, "allowed"]]);
  });

  it("encodes a non-ASCII file name per RFC 5987 and keeps a harmless ASCII fallback", async () => {
    const pdf = tinyPdf();
    const response = await upload(ctx.app, caseworker, theCase.id, {
      filename: "Звіт (квітень) 'final'.pdf",
      contentType: "application/pdf",
      content: pdf,
    });
    expect(response.statusCode, response.body).toBe(201);
    const stored = response.json() as ApiAttachment;
    expect(stored).toMatchObject({ mediaType: "application/pdf", fileName: "Звіт (квітень) 'final'.pdf" });
    const file = await download(stored.id);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const disposition = String(file.headers["content-disposition"]);
    expect(disposition.startsWith('attachment; filename="')).toBe(true);
    const star = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? "";
    expect(star).not.toMatch(/['()"\s]/);
    expect(decodeURIComponent(star)).toBe(stored.fileName);
    const fallback = /filename="([^"]*)"/.exec(disposition)?.[1] ?? "";
    expect(fallback).toMatch(/^[\x20-\x7E]+$/);
    expect(fallback).not.toContain("\\");
  });

  it("accepts plain text by its content, and lists metadata newest first", async () => {
    const response = await upload(ctx.app, caseworker, theCase.id, {
      filename: "statement.txt",
      contentType: "text/plain",
      content: "Заява. Statement in two languages.\n",
    });
    expect(response.statusCode, response.body).toBe(201);
    const file = await download((response.json() as ApiAttachment).id);
    expect(file.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const listed = (await list()).json() as { items: ApiAttachment[] };
    expect(listed.items.map((a) => a.mediaType).slice(0, 3)).toEqual(["text/plain", "application/pdf", "image/png"]);
    expect(Object.keys(listed.items[0] ?? {})).not.toContain("content");
  });

  it("refuses content that is not its declared type or extension, and types not on the list", async () => {
    const before = await counts();
    const png = tinyPng();
    const pdf = tinyPdf();
    const mismatches = [
      { filename: "report.pdf", contentType: "application/pdf", content: png },
      { filename: "photo.png", contentType: "image/png", content: pdf },
      { filename: "scan.png", contentType: "image/png", content: "just text" },
      { filename: "setup.exe", contentType: "application/octet-stream", content: pdf },
      { filename: "image.png", contentType: "application/octet-stream", content: pdf },
    ];
    for (const file of mismatches) {
      const response = await upload(ctx.app, caseworker, theCase.id, file);
      expect(problemOf(response), file.filename).toEqual([415, "body.file", "type_mismatch"]);
    }
    const gif = Buffer.concat([Buffer.from("GIF89a"), Buffer.from([1, 0, 1, 0, 0, 0, 0, 0x3b])]);
    const notAllowed = [
      { filename: "anim.gif", contentType: "image/gif", content: gif },
      { filename: "page.html", contentType: "text/html", content: "<?xml version='1.0'?><html></html>" },
      { filename: "blob.bin", contentType: "application/octet-stream", content: Buffer.from([1, 2, 0, 3, 0xff, 0xfe]) },
    ];
    for (const file of notAllowed) {
      const response = await upload(ctx.app, caseworker, theCase.id, file);
      expect(problemOf(response), file.filename).toEqual([400, "body.file", "type_not_allowed"]);
    }
    const empty = await upload(ctx.app, caseworker, theCase.id, {
      filename: "a.txt",
      contentType: "text/plain",
      content: "",
    });
    expect(problemOf(empty)).toEqual([400, "body.file", "too_small"]);
    expect(await counts()).toEqual(before);
  });

  it("answers 413 for a file over 10 MiB and writes nothing", async () => {
    const before = await counts();
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * MiB, 0x20)]);
    const response = await upload(ctx.app, caseworker, theCase.id, {
      filename: "huge.pdf",
      contentType: "application/pdf",
      content: big,
    });
    expect(problemOf(response)).toEqual([413, "body.file", "file_too_large"]);
    expect(errorOf(response).code).toBe("payload_too_large");
    expect(await counts()).toEqual(before);
  });

  it("maps every malformed upload to a 4xx naming the field", async () => {
    const before = await counts();
    const url = `/api/cases/${theCase.id}/attachments`;
    const post = (payload: Buffer | string, contentType: string) =>
      send(ctx.app, { method: "POST", url, session: caseworker, payload, headers: { "content-type": contentType } });

    const noFile = multipart([{ name: "comment", content: "hello" }]);
    expect(problemOf(await post(noFile.payload, noFile.contentType))).toEqual([400, "body.file", "required"]);

    const twoFiles = multipart([
      { name: "file", filename: "a.png", contentType: "image/png", content: tinyPng() },
      { name: "file", filename: "b.png", contentType: "image/png", content: tinyPng() },
    ]);
    expect(problemOf(await post(twoFiles.payload, twoFiles.contentType))).toEqual([400, "body.file", "single_file"]);

    const manyFields = multipart([
      { name: "a", content: "1" },
      { name: "b", content: "2" },
      { name: "c", content: "3" },
      { name: "file", filename: "a.png", contentType: "image/png", content: tinyPng() },
    ]);
    expect(problemOf(await post(manyFields.payload, manyFields.contentType))).toEqual([400, "body", "invalid"]);
    const wrongName = multipart([{ name: "upload", filename: "a.png", contentType: "image/png", content: tinyPng() }]);
    expect(problemOf(await post(wrongName.payload, wrongName.contentType))).toEqual([400, "body.file", "required"]);

    const whole = multipart([{ name: "file", filename: "a.png", contentType: "image/png", content: tinyPng() }]);
    const truncated = whole.payload.subarray(0, whole.payload.length - 20);
    expect(problemOf(await post(truncated, whole.contentType))).toEqual([400, "body.file", "invalid"]);
    expect(problemOf(await post(whole.payload, "multipart/form-data"))).toEqual([400, "body.file", "invalid"]);

    expect(problemOf(await post(tinyPng(), "image/png"))).toEqual([415, "body.file", "multipart_required"]);
    expect(problemOf(await post(JSON.stringify({ file: "x" }), "application/json"))).toEqual([
      415,
      "body.file",
      "multipart_required",
    ]);
    const bigJson = JSON.stringify({ file: "x".repeat(2 * MiB) });
    expect(problemOf(await post(bigJson, "application/json"))).toEqual([415, "body.file", "multipart_required"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses roles without the permission (403) and hides the case from those outside its scope (404)", async () => {
    const stored = (
      await upload(ctx.app, caseworker, theCase.id, { filename: "a.png", contentType: "image/png", content: tinyPng() })
    ).json() as ApiAttachment;
    const before = await counts();
    const file = { filename: "b.png", contentType: "image/png", content: tinyPng() };
    const me = await ctx.sessions.of("me_officer");
    expect((await list(me)).statusCode).toBe(403);
    expect((await download(stored.id, me)).statusCode).toBe(403);
    expect((await upload(ctx.app, me, theCase.id, file)).statusCode).toBe(403);
    const hotline = await ctx.sessions.of("hotline_operator");
    expect((await upload(ctx.app, hotline, theCase.id, file)).statusCode).toBe(404);
    const partner = await ctx.sessions.of("partner_caseworker");
    expect((await list(partner)).statusCode).toBe(404);
    expect((await download(stored.id, partner)).statusCode).toBe(404);
    expect((await upload(ctx.app, partner, theCase.id, file)).statusCode).toBe(404);
    const noCsrf = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${theCase.id}/attachments`,
      session: caseworker,
      csrf: false,
      ...(() => {
        const body = multipart([{ name: "file", ...file }]);
        return { payload: body.payload, headers: { "content-type": body.contentType } };
      })(),
    });
    expect([noCsrf.statusCode, errorOf(noCsrf).code]).toEqual([403, "csrf_failed"]);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for another organisation's attachment and case, and writes nothing", async () => {
    const other = await foreignUser(ctx);
    const foreignCase = await openCase(ctx.app, other.session, "Rusu");
    const theirs = (
      await upload(ctx.app, other.session, foreignCase.id, {
        filename: "t.pdf",
        contentType: "application/pdf",
        content: tinyPdf(),
      })
    ).json() as ApiAttachment;
    const before = await counts();
    const supervisor = await ctx.sessions.of("supervisor");
    expect((await download(theirs.id, supervisor)).statusCode).toBe(404);
    expect((await list(supervisor, foreignCase.id)).statusCode).toBe(404);
    const intrusion = await upload(ctx.app, supervisor, foreignCase.id, {
      filename: "x.png",
      contentType: "image/png",
      content: tinyPng(),
    });
    expect(intrusion.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await download(theirs.id, other.session)).rawPayload.equals(tinyPdf())).toBe(true);
  });
});
