import fastifyMultipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ACTIVITY_FILE_MAX_BYTES,
  fileFields,
  fileSummary,
  PHOTO_MAX_BYTES,
  photoFields,
  photoSummary,
} from "../../../shared/api/activities.js";
import { requestInfo } from "../../access/guard.js";
import { runScoped, type ScopedDb } from "../../access/scoped-db.js";
import { attachmentDisposition } from "../case-records/content-disposition.js";
import { editableActivity } from "./activity-access.js";
import {
  GUIDANCE_FILE_TYPES,
  installActivityUploadErrors,
  mediaTypeOf,
  PHOTO_TYPES,
  parseFields,
  readUploadWithFields,
} from "./activity-upload.js";
import { addFile, deleteFile, readFile, requireGuidance } from "./files.service.js";
import { addPhoto, deletePhoto, readPhoto } from "./photos.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["activities"];
const PHOTO_UPLOAD_URL = "/api/activities/:id/photos";
const FILE_UPLOAD_URL = "/api/activities/:id/files";
const EXTENSION: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };

/**
 * Answers for the activity before the upload is read: an activity out of reach, not a draft or in a locked
 * month is refused without taking in megabytes, and without holding a transaction open while they arrive.
 * The write checks again, in its own transaction.
 */
function precheck(request: FastifyRequest, check: (db: ScopedDb) => Promise<void>): Promise<void> {
  return runScoped(request.server.services.database, request.actor, requestInfo(request), check);
}

/** Photos of activities for the report, and the files of guidance products. */
export const activityMediaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { keyring } = app.services;
  // Multipart parsing exists only inside this plugin, with limits per route.
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  installActivityUploadErrors(app, [PHOTO_UPLOAD_URL, FILE_UPLOAD_URL]);

  app.post(
    PHOTO_UPLOAD_URL,
    {
      config: { access: "activity.write", action: "activity.photo_add" },
      schema: {
        tags: TAGS,
        summary:
          "Add a photo to a draft (multipart/form-data: part `file`, JPEG, PNG or WebP decided by content, at most 10 MiB; fields caption, credit, consent, consentNote). The consent of the people shown is required",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: { 201: photoSummary },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await precheck(request, async (db) => {
        await editableActivity(db, id, { lock: false });
      });
      const { upload, fields } = await readUploadWithFields(request, { maxBytes: PHOTO_MAX_BYTES, fields: 4 });
      const values = parseFields(photoFields, fields);
      const mediaType = await mediaTypeOf(upload, PHOTO_TYPES, "photo_type_not_allowed");
      const photo = await request.scoped((db) => addPhoto(db, keyring, id, upload, mediaType, values));
      return reply.status(201).send(photo);
    },
  );

  app.get(
    "/api/activity-photos/:id",
    {
      config: { access: "activity.read", action: "activity.photo_read" },
      schema: {
        tags: TAGS,
        summary: "A photo's image (people may be recognisable in it: every read is audited)",
        params: idParams,
      },
    },
    async (request, reply) => {
      const photo = await request.scoped((db) => readPhoto(db, keyring, request.params.id));
      const name = `photo-${request.params.id}.${EXTENSION[photo.mediaType] ?? "img"}`;
      return reply
        .header("content-type", photo.mediaType)
        .header("content-disposition", `inline; filename="${name}"`)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("cross-origin-resource-policy", "same-origin")
        .header("cache-control", "private, no-store")
        .send(photo.bytes);
    },
  );

  app.delete(
    "/api/activity-photos/:id",
    {
      config: { access: "activity.write", action: "activity.photo_delete" },
      schema: { tags: TAGS, summary: "Remove a photo of a draft", params: idParams },
    },
    async (request, reply) => {
      await request.scoped((db) => deletePhoto(db, request.params.id));
      return reply.status(204).send();
    },
  );

  app.post(
    FILE_UPLOAD_URL,
    {
      config: { access: "activity.write", action: "activity.file_add" },
      schema: {
        tags: TAGS,
        summary:
          "Add a file of a guidance product's version to a draft (multipart/form-data: part `file`, PDF, DOCX, ODT, PNG or JPEG decided by content, at most 20 MiB; fields versionLabel, naming one of the product's versions, and language). Other kinds: 400 wrong_kind",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: { 201: fileSummary },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await precheck(request, async (db) => requireGuidance(await editableActivity(db, id, { lock: false })));
      const { upload, fields } = await readUploadWithFields(request, { maxBytes: ACTIVITY_FILE_MAX_BYTES, fields: 2 });
      const values = parseFields(fileFields, fields);
      const mediaType = await mediaTypeOf(upload, GUIDANCE_FILE_TYPES, "activity_file_type_not_allowed");
      const file = await request.scoped((db) => addFile(db, keyring, id, upload, mediaType, values));
      return reply.status(201).send(file);
    },
  );

  app.get(
    "/api/activity-files/:id",
    {
      config: { access: "activity.read", action: "activity.file_read" },
      schema: { tags: TAGS, summary: "Download a guidance product's file", params: idParams },
    },
    async (request, reply) => {
      const file = await request.scoped((db) => readFile(db, keyring, request.params.id));
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(file.bytes);
    },
  );

  app.delete(
    "/api/activity-files/:id",
    {
      config: { access: "activity.write", action: "activity.file_delete" },
      schema: { tags: TAGS, summary: "Remove a file of a draft guidance product", params: idParams },
    },
    async (request, reply) => {
      await request.scoped((db) => deleteFile(db, request.params.id));
      return reply.status(204).send();
    },
  );
};
