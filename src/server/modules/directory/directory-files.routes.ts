import fastifyMultipart from "@fastify/multipart";
import type { FastifyError, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  DIRECTORY_IMPORT_MAX_BYTES,
  directoryExportQuery,
  directoryImportFailure,
  directoryImportReport,
} from "../../../shared/api/directory.js";
import { AppError, invalidField } from "../../access/errors.js";
import { renderError } from "../../http/error-handler.js";
import {
  cleanFileName,
  installUploadErrorMapping,
  MULTIPART_LIMITS,
  UPLOAD_FIELD,
  uploadError,
} from "../case-records/attachment-upload.js";
import { exportDirectory } from "./directory-export.js";
import { readDirectorySheet } from "./directory-sheet.js";
import { DirectoryImportRejected, importDirectory, readImportRows } from "./import.service.js";

const IMPORT_URL = "/api/directory/import";
const TAGS = ["directory"];

/** One file and the dryRun field, nothing else; the file at most DIRECTORY_IMPORT_MAX_BYTES. */
const IMPORT_LIMITS = { ...MULTIPART_LIMITS, fileSize: DIRECTORY_IMPORT_MAX_BYTES };

/** The uploaded file and the dryRun field, read whole before any database work. */
async function readImportUpload(
  request: FastifyRequest,
): Promise<{ bytes: Buffer; fileName: string; dryRun: boolean }> {
  if (!request.isMultipart()) throw uploadError({ code: "FST_INVALID_MULTIPART_CONTENT_TYPE" });
  let file: { bytes: Buffer; fileName: string } | undefined;
  let dryRunText: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        if (part.fieldname === "dryRun") dryRunText = String(part.value);
      } else if (part.fieldname === UPLOAD_FIELD) {
        file = { bytes: await part.toBuffer(), fileName: cleanFileName(part.filename) };
      } else part.file.resume();
    }
  } catch (error) {
    if ((error as Partial<FastifyError>).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError("payload_too_large", [
        { field: "body.file", problem: "file_too_large", params: { max: DIRECTORY_IMPORT_MAX_BYTES / (1024 * 1024) } },
      ]);
    }
    throw uploadError(error);
  }
  if (!file) throw invalidField("body.file", "required");
  // A dry run unless asked otherwise: a mistaken upload changes nothing.
  const dryRun = (dryRunText ?? "true").trim().toLowerCase();
  if (dryRun !== "true" && dryRun !== "false") throw invalidField("body.dryRun", "invalid");
  return { ...file, dryRun: dryRun === "true" };
}

/** The directory as a CSV or XLSX file with an HXL row, out and in. */
export const directoryFileRoutes: FastifyPluginAsyncZod = async (app) => {
  // Multipart parsing exists only inside this plugin (and the other upload plugins).
  await app.register(fastifyMultipart, { limits: IMPORT_LIMITS, throwFileSizeLimit: true });
  installUploadErrorMapping(app, IMPORT_URL);

  app.get(
    "/api/directory/export",
    {
      config: { access: "directory.read", action: "directory.export" },
      schema: {
        tags: TAGS,
        summary:
          "The services passing the list's filters as CSV or XLSX: one row per service with its provider's columns, a row of column names in the caller's language, then the HXL hashtag row, then the data",
        querystring: directoryExportQuery,
      },
    },
    async (request, reply) => {
      const file = await request.scoped((db) => exportDirectory(db, request.query, request.language));
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(file.body);
    },
  );

  app.post(
    IMPORT_URL,
    {
      config: { access: "directory.manage", action: "directory.import" },
      schema: {
        tags: TAGS,
        summary:
          "Import the directory's spreadsheet (.csv or .xlsx with the HXL row or the column names; multipart part `file`, at most 5 MiB and 5,000 rows; field `dryRun`, true unless `false`). Rows find the caller's providers by name (missing ones are created); a row with the id of a service the caller's organisation keeps updates it, one without an id adds a service. A dry run writes nothing and reports what a real run would do and every bad row; a real run with any bad row answers 400 with the same report and writes nothing",
        consumes: ["multipart/form-data"],
        response: { 200: directoryImportReport, 400: directoryImportFailure },
      },
    },
    async (request, reply) => {
      // Read and checked before the transaction starts: no transaction waits on an upload or a parse.
      const upload = await readImportUpload(request);
      const sheet = await readDirectorySheet(upload.bytes, upload.fileName);
      const rows = readImportRows(sheet, request.language);
      try {
        return await request.scoped((db) =>
          importDirectory(db, sheet, rows, { dryRun: upload.dryRun, language: request.language }),
        );
      } catch (error) {
        if (!(error instanceof DirectoryImportRejected)) throw error;
        return reply.status(400).send({ ...renderError(request, error), report: error.report });
      }
    },
  );
};
