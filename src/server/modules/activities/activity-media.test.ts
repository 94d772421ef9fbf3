import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivityDetail, FileSummary, PhotoSummary } from "../../../shared/api/activities.js";
import { systemActor } from "../../access/actor.js";
import { runScoped } from "../../access/scoped-db.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { type DemoContext, foreignUser, tinyPdf, tinyPng } from "../case-records/case-records.fixture.js";
import {
  activityInput,
  fileUpload,
  insertOffice,
  photoUpload,
  recordActivity,
  TINY_DOCX,
  TINY_JPEG,
  upload,
} from "./activities.fixture.js";
import { photoForDocument } from "./photos.service.js";

const problemOf = (response: LightMyRequestResponse) => {
  const error = errorOf(response);
  return [response.statusCode, error.fields?.[0]?.field, error.fields?.[0]?.problem];
};
const CONSENTED = { caption: "Border Guard training, Warsaw", credit: "Field team", consent: "people_shown_agreed" };

describe.each(testDatabaseKinds())("activity photos, files and participants (%s)", (kind) => {
  let ctx: DemoContext;
  let me: TestSession;
  let supervisor: TestSession;
  let caseworker: TestSession;
  let officeId: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    supervisor = await ctx.sessions.of("supervisor");
    caseworker = await ctx.sessions.of("caseworker");
    officeId = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId);
  });
  afterAll(() => ctx.testApp.close());

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const remove = (url: string, session: TestSession) => send(ctx.app, { method: "DELETE", url, session });
  const count = async (table: "activity_photos" | "activity_files") =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("photos", () => {
    it("stores a photo sealed, shows it in the activity and gives the image back with safe headers, audited", async () => {
      const activity = await recordActivity(ctx.app, me, activityInput(officeId, "training"));
      const png = tinyPng();
      const added = await upload(ctx.app, me, `/api/activities/${activity.id}/photos`, photoUpload(CONSENTED));
      expect(added.statusCode, added.body).toBe(201);
      const photo = added.json() as PhotoSummary;
      expect(photo).toMatchObject({
        caption: CONSENTED.caption,
        credit: "Field team",
        consent: "people_shown_agreed",
        consentNote: null,
        mediaType: "image/png",
        sizeBytes: png.length,
        url: `/api/activity-photos/${photo.id}`,
      });
      const raw = await ctx.testApp.services.database.db
        .selectFrom("activity_photos")
        .select("content")
        .where("id", "=", photo.id)
        .executeTakeFirstOrThrow();
      expect(Buffer.from(raw.content).includes(Buffer.from("IHDR"))).toBe(false);
      expect((await get(`/api/activities/${activity.id}`, me)).json()).toMatchObject({ photos: [photo] });

      const seq = await lastAuditSeq(ctx.testApp);
      const image = await get(photo.url, caseworker);
      expect(image.statusCode).toBe(200);
      expect(image.rawPayload.equals(png)).toBe(true);
      expect(image.headers).toMatchObject({
        "content-type": "image/png",
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
      const reads = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action === "activity.photo_read");
      expect(reads.map((e) => [e.record_id, (e.detail as { photoId: string }).photoId])).toEqual([
        [activity.id, photo.id],
      ]);

      const forDocument = await runScoped(
        ctx.testApp.services.database,
        systemActor("sitrep", { organisationId: ctx.demo.mainOrganisationId }),
        { requestId: "document", clientIp: null, action: "test" },
        (db) => photoForDocument(db, ctx.testApp.services.keyring, photo.id),
      );
      expect(forDocument && Buffer.from(forDocument.bytes).equals(png)).toBe(true);
      expect(forDocument).toMatchObject({ mediaType: "image/png", caption: CONSENTED.caption, credit: "Field team" });
    });

    it("refuses a photo without the consent of the people shown, or that is not a photo", async () => {
      const activity = await recordActivity(ctx.app, me, activityInput(officeId, "awareness"));
      const url = `/api/activities/${activity.id}/photos`;
      const before = await count("activity_photos");
      const { consent: _, ...noConsent } = CONSENTED;
      expect(problemOf(await upload(ctx.app, me, url, photoUpload(noConsent)))).toEqual([
        400,
        "body.consent",
        "required",
      ]);
      expect(problemOf(await upload(ctx.app, me, url, photoUpload({ ...CONSENTED, consent: "probably" })))).toEqual([
        400,
        "body.consent",
        "unknown_value",
      ]);
      const pdf = { filename: "scan.pdf", contentType: "application/pdf", content: tinyPdf() };
      expect(problemOf(await upload(ctx.app, me, url, photoUpload(CONSENTED, pdf)))).toEqual([
        400,
        "body.file",
        "photo_type_not_allowed",
      ]);
      const disguised = { filename: "photo.jpg", contentType: "image/jpeg", content: tinyPng() };
      expect(problemOf(await upload(ctx.app, me, url, photoUpload(CONSENTED, disguised)))).toEqual([
        415,
        "body.file",
        "type_mismatch",
      ]);
      const huge = { filename: "huge.png", contentType: "image/png", content: Buffer.alloc(10 * 1024 * 1024 + 1) };
      const tooLarge = await upload(ctx.app, me, url, photoUpload(CONSENTED, huge));
      expect(problemOf(tooLarge)).toEqual([413, "body.file", "file_too_large"]);
      expect(errorOf(tooLarge).fields?.[0]?.message).toContain("10");
      const notMultipart = await send(ctx.app, { method: "POST", url, session: me, payload: CONSENTED });
      expect(problemOf(notMultipart)).toEqual([415, "body.file", "multipart_required"]);
      expect(await count("activity_photos")).toBe(before);
      const jpeg = { filename: "team.jpg", contentType: "image/jpeg", content: TINY_JPEG };
      const nobody = { ...CONSENTED, consent: "nobody_recognisable", consentNote: "Taken from behind" };
      const accepted = await upload(ctx.app, me, url, photoUpload(nobody, jpeg));
      expect(accepted.json()).toMatchObject({ mediaType: "image/jpeg", consentNote: "Taken from behind" });
    });

    it("removes photos of a draft only, and lets only writers add or remove them", async () => {
      const activity = await recordActivity(ctx.app, me, activityInput(officeId, "coordination"));
      const url = `/api/activities/${activity.id}/photos`;
      const first = (await upload(ctx.app, me, url, photoUpload())).json() as PhotoSummary;
      const second = (await upload(ctx.app, me, url, photoUpload())).json() as PhotoSummary;
      expect((await upload(ctx.app, caseworker, url, photoUpload())).statusCode).toBe(403);
      expect((await remove(first.url, caseworker)).statusCode).toBe(403);
      expect((await remove(first.url, me)).statusCode).toBe(204);
      expect((await get(first.url, me)).statusCode).toBe(404);
      await send(ctx.app, {
        method: "POST",
        url: `/api/activities/${activity.id}/submit`,
        session: me,
        payload: { version: 1 },
      });
      expect(problemOf(await remove(second.url, me))).toEqual([409, "params.id", "not_draft"]);
      expect(problemOf(await upload(ctx.app, me, url, photoUpload()))).toEqual([409, "params.id", "not_draft"]);
      expect(((await get(`/api/activities/${activity.id}`, me)).json() as ActivityDetail).photos).toEqual([second]);
    });

    it("answers 404 for another organisation's photo, and photoForDocument finds nothing there", async () => {
      const foreign = await foreignUser(ctx, ["me_officer"]);
      const theirOffice = await insertOffice(ctx.testApp.services.database, foreign.user.organisationId);
      const theirs = await recordActivity(ctx.app, foreign.session, activityInput(theirOffice, "training"));
      const photo = (
        await upload(ctx.app, foreign.session, `/api/activities/${theirs.id}/photos`, photoUpload())
      ).json() as PhotoSummary;
      for (const response of [
        await get(photo.url, supervisor),
        await remove(photo.url, me),
        await upload(ctx.app, me, `/api/activities/${theirs.id}/photos`, photoUpload()),
      ]) {
        expect([response.statusCode, errorOf(response).code]).toEqual([404, "not_found"]);
      }
      const found = await runScoped(
        ctx.testApp.services.database,
        systemActor("sitrep", { organisationId: ctx.demo.mainOrganisationId }),
        { requestId: "document", clientIp: null, action: "test" },
        (db) => photoForDocument(db, ctx.testApp.services.keyring, photo.id),
      );
      expect(found).toBeNull();
      expect((await get(photo.url, foreign.session)).statusCode).toBe(200);
    });
  });

  describe("files of guidance products", () => {
    it("keeps files of a product's versions, checked by content, and downloads them as attachments", async () => {
      const guidance = await recordActivity(ctx.app, me, {
        ...activityInput(officeId, "guidance"),
        details: {
          kind: "guidance",
          guidance: {
            productType: "guideline",
            versions: [
              { label: "1.0", date: "2022-05-09" },
              { label: "1.1", date: "2022-06-01" },
            ],
          },
        },
      });
      const url = `/api/activities/${guidance.id}/files`;
      const added = await upload(ctx.app, me, url, fileUpload());
      expect(added.statusCode, added.body).toBe(201);
      const file = added.json() as FileSummary;
      expect(file).toMatchObject({ versionLabel: "1.0", language: "uk", fileName: "indicators.pdf" });
      const docx = { filename: "Indykatory.docx", contentType: "application/octet-stream", content: TINY_DOCX };
      const word = await upload(ctx.app, me, url, fileUpload({ versionLabel: "1.1" }, docx));
      expect(word.json()).toMatchObject({
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        language: null,
      });
      const download = await get(file.url, caseworker);
      expect(download.rawPayload.equals(tinyPdf())).toBe(true);
      expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="indicators.pdf"/);
      expect(download.headers["x-content-type-options"]).toBe("nosniff");

      expect(problemOf(await upload(ctx.app, me, url, fileUpload({ versionLabel: "2.0" })))).toEqual([
        400,
        "body.versionLabel",
        "unknown_product_version",
      ]);
      const text = { filename: "notes.txt", contentType: "text/plain", content: "plain words" };
      expect(problemOf(await upload(ctx.app, me, url, fileUpload(undefined, text)))).toEqual([
        400,
        "body.file",
        "activity_file_type_not_allowed",
      ]);
      const training = await recordActivity(ctx.app, me, activityInput(officeId, "training"));
      expect(problemOf(await upload(ctx.app, me, `/api/activities/${training.id}/files`, fileUpload()))).toEqual([
        400,
        "body.file",
        "wrong_kind",
      ]);
      expect((await remove(file.url, caseworker)).statusCode).toBe(403);
      expect((await remove(file.url, me)).statusCode).toBe(204);
      const detail = (await get(`/api/activities/${guidance.id}`, me)).json() as ActivityDetail;
      expect(detail.files.map((f) => f.versionLabel)).toEqual(["1.1"]);
    });
  });

  describe("participant lists", () => {
    const NAMES = [
      { name: "Olena Kovalenko", organisation: "Border Guard", sex: "female" },
      { name: "Marek Nowak", position: "Officer", sex: "male" },
    ];

    it("are written by an M&E officer, shown only as a count, sealed, and read by a supervisor with an audit entry", async () => {
      const activity = await recordActivity(ctx.app, me, {
        ...activityInput(officeId, "training"),
        participantList: NAMES,
      });
      expect(activity.participantListCount).toBe(2);
      const detail = await get(`/api/activities/${activity.id}`, supervisor);
      expect(detail.body).not.toContain("Kovalenko");
      const raw = await ctx.testApp.services.database.db
        .selectFrom("activities")
        .select("participant_list")
        .where("id", "=", activity.id)
        .executeTakeFirstOrThrow();
      expect(Buffer.from(raw.participant_list ?? []).includes(Buffer.from("Kovalenko"))).toBe(false);

      const url = `/api/activities/${activity.id}/participants`;
      for (const session of [me, caseworker]) {
        const refused = await get(url, session);
        expect([refused.statusCode, errorOf(refused).code]).toEqual([403, "forbidden"]);
      }
      const seq = await lastAuditSeq(ctx.testApp);
      const names = await get(url, supervisor);
      expect(names.statusCode).toBe(200);
      expect(names.json()).toEqual({ items: NAMES });
      const audited = (await auditEntriesAfter(ctx.testApp, seq)).filter(
        (e) => e.action === "activity.participants_read",
      );
      expect(audited.map((e) => [e.record_id, e.detail, e.outcome])).toEqual([[activity.id, { count: 2 }, "allowed"]]);
      expect(JSON.stringify(audited)).not.toContain("Kovalenko");

      const cleared = await send(ctx.app, {
        method: "PATCH",
        url: `/api/activities/${activity.id}`,
        session: me,
        payload: { participantList: null, version: 1 },
      });
      expect(cleared.json()).toMatchObject({ participantListCount: null, version: 2 });
      expect((await get(url, supervisor)).json()).toEqual({ items: [] });
    });

    it("are kept for trainings only, and another organisation's answers 404", async () => {
      const meeting = await recordActivity(ctx.app, me, activityInput(officeId, "coordination"));
      const refused = await send(ctx.app, {
        method: "PATCH",
        url: `/api/activities/${meeting.id}`,
        session: me,
        payload: { participantList: NAMES, version: 1 },
      });
      expect(problemOf(refused)).toEqual([400, "body.participantList", "participant_list_training_only"]);
      const foreign = await foreignUser(ctx, ["me_officer"]);
      const theirOffice = await insertOffice(ctx.testApp.services.database, foreign.user.organisationId);
      const theirs = await recordActivity(ctx.app, foreign.session, {
        ...activityInput(theirOffice, "training"),
        participantList: NAMES,
      });
      const response = await get(`/api/activities/${theirs.id}/participants`, supervisor);
      expect([response.statusCode, errorOf(response).code]).toEqual([404, "not_found"]);
    });
  });
});
