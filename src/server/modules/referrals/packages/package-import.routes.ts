import fastifyMultipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PACKAGE_IMPORT_MAX_BYTES, packageKey } from "../../../../shared/api/referral-packages.js";
import { incomingDetail } from "../../../../shared/api/referrals.js";
import { AppError, invalidField } from "../../../access/errors.js";
import { attemptRateLimit } from "../../auth/attempt-limit.js";
import {
  installUploadErrorMapping,
  MULTIPART_LIMITS,
  UPLOAD_FIELD,
  uploadError,
} from "../../case-records/attachment-upload.js";
import { readIncoming } from "../referral-read.service.js";
import {
  importPackage,
  openWithOwnKey,
  openWithPassword,
  parseBundle,
  sealedWithPassword,
} from "./package-import.service.js";
import { packagePublicKey } from "./package-keys.service.js";

const IMPORT_URL = "/api/incoming-referrals/import";
const TAGS = ["referrals"];
const LIMITS = { ...MULTIPART_LIMITS, fileSize: PACKAGE_IMPORT_MAX_BYTES };

/** The package file and the optional password field, read whole before any database work. */
async function readPackageUpload(request: FastifyRequest): Promise<{ file: Buffer; password: string | undefined }> {
  if (!request.isMultipart()) throw uploadError({ code: "FST_INVALID_MULTIPART_CONTENT_TYPE" });
  let file: Buffer | undefined;
  let password: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        if (part.fieldname === "password" && String(part.value) !== "") password = String(part.value);
      } else if (part.fieldname === UPLOAD_FIELD) file = await part.toBuffer();
      else part.file.resume();
    }
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw new AppError("payload_too_large", [
        { field: "body.file", problem: "file_too_large", params: { max: PACKAGE_IMPORT_MAX_BYTES / (1024 * 1024) } },
      ]);
    throw uploadError(error);
  }
  if (!file) throw invalidField("body.file", "required");
  return { file, password };
}

/** Referral packages from other deployments: the key they are sealed for, and their import. */
export const packageImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  // Multipart parsing exists only inside this plugin (and the other upload plugins).
  await app.register(fastifyMultipart, { limits: LIMITS, throwFileSizeLimit: true });
  installUploadErrorMapping(app, IMPORT_URL);

  app.get(
    "/api/organisations/package-key",
    {
      config: { access: "referral.receive", action: "referral.package_key.read" },
      schema: {
        tags: TAGS,
        summary:
          "The organisation's age public key (age1…), made on first use: a sender in another deployment seals referral packages for it, and only this organisation can open them",
        response: { 200: packageKey },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        const publicKey = await packagePublicKey(db, services);
        const own = await db
          .selectFrom("organisations")
          .select("name")
          .where("id", "=", db.organisationId)
          .executeTakeFirstOrThrow();
        return { publicKey, organisationName: own.name };
      }),
  );

  app.post(
    IMPORT_URL,
    {
      // A password is a secret tried here, and each try costs seconds of scrypt: limited per address like sign-in.
      config: { access: "referral.receive", action: "referral.package.import", rateLimit: attemptRateLimit(app) },
      schema: {
        tags: TAGS,
        summary:
          "Import a referral package from another deployment (multipart part `file`, at most 5 MiB; field `password` for a package sealed with a password, else it is opened with the organisation's own key). It becomes an incoming referral holding exactly the fields its sender shared. A package that cannot be opened or read answers 400 naming the field; the same package twice 409",
        consumes: ["multipart/form-data"],
        response: { 201: incomingDetail },
      },
    },
    async (request, reply) => {
      const upload = await readPackageUpload(request);
      // A password opens in seconds of work: done before the transaction starts, so that none waits on it.
      const opened = sealedWithPassword(upload.file) ? await openWithPassword(upload.file, upload.password) : undefined;
      const detail = await request.scoped(async (db) => {
        const plaintext = opened ?? (await openWithOwnKey(db, services, upload.file));
        const id = await importPackage(db, services, parseBundle(plaintext));
        return readIncoming(db, services, id);
      });
      return reply.status(201).send(detail);
    },
  );
};
