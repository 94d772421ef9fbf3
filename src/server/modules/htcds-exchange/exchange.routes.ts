import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  exportRequest,
  IMPORT_MAX_BYTES,
  importFailure,
  importQuery,
  importReport,
} from "../../../shared/api/htcds-exchange.js";
import { renderError } from "../../http/error-handler.js";
import { installUploadErrorMapping, MULTIPART_LIMITS, readUpload } from "../case-records/attachment-upload.js";
import { exportCases } from "./export.service.js";
import { ImportRejected, importCases, planImport, reportDryRun } from "./import.service.js";
import { readSheet } from "./import-read.js";

const IMPORT_URL = "/api/cases/import";

/** As for attachments: one file and nothing else, of the import's own size. */
const IMPORT_LIMITS = { ...MULTIPART_LIMITS, fileSize: IMPORT_MAX_BYTES };

/** HTCDS exchange: cases out as HTCDS JSON or the HTCDS spreadsheet, and spreadsheets of cases in. */
export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  // Multipart parsing exists only inside this plugin and the attachments one.
  await app.register(fastifyMultipart, { limits: IMPORT_LIMITS, throwFileSizeLimit: true });
  installUploadErrorMapping(app, IMPORT_URL);

  app.post(
    "/api/cases/export",
    {
      config: { access: "personal_data.export", action: "case.export" },
      schema: {
        tags: ["cases"],
        summary:
          "Export cases as HTCDS 2.0 (JSON, or XLSX in the template layout). Identifying fields only when asked for and only for people who consented to referral and sharing; the reason is audited",
        body: exportRequest,
      },
    },
    async (request, reply) => {
      const file = await request.scoped((db) => exportCases(db, services, request.body, request.language));
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
      config: { access: "case.import", action: "case.import" },
      schema: {
        tags: ["cases"],
        summary:
          "Import cases from an HTCDS spreadsheet (.xlsx template layout or .csv; multipart part `file`, at most 10 MiB and 20,000 rows). A dry run (the default) only validates; a real run with bad rows answers 400 with the same report and writes nothing unless skipBadRows is set",
        consumes: ["multipart/form-data"],
        querystring: importQuery,
        response: { 200: importReport, 400: importFailure },
      },
    },
    async (request, reply) => {
      // Read before the transaction starts: no transaction waits on an upload. A dry run is checked
      // before it too; a real import is checked while it writes (import-stream.ts).
      const upload = await readUpload(request);
      const sheet = await readSheet(upload.bytes, upload.fileName);
      const { dryRun, skipBadRows } = request.query;
      const language = request.language;
      if (dryRun) {
        const plan = await planImport(sheet);
        return await request.scoped(async (db) => reportDryRun(db, sheet, plan, language));
      }
      try {
        return await request.scoped((db) => importCases(db, services, sheet, { skipBadRows, language }));
      } catch (error) {
        if (!(error instanceof ImportRejected)) throw error;
        return reply.status(400).send({ ...renderError(request, error), report: error.report });
      }
    },
  );
};
