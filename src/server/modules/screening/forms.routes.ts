import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  formDetail,
  formImportFailure,
  formImportQuery,
  formImportResult,
  formListQuery,
  formSummary,
  formVersionQuery,
  publishInput,
  rulesFailure,
  scoringInput,
} from "../../../shared/api/screening.js";
import { renderError } from "../../http/error-handler.js";
import { installUploadErrorMapping, MULTIPART_LIMITS, readUpload } from "../case-records/attachment-upload.js";
import { readXlsform } from "../forms/xlsform-file.js";
import { exportForm, importForm } from "./form-import.service.js";
import { RulesRejected, saveScoringRules } from "./form-scoring.service.js";
import { FormRejected, getForm, listForms, publishForm, retireForm } from "./forms.service.js";

const idParams = z.object({ id: z.uuid() });
const IMPORT_URL = "/api/forms/import";

/** The organisation's form library: built-in instruments and XLSForms, versioned, published, retired. */
export const formRoutes: FastifyPluginAsyncZod = async (app) => {
  // Multipart parsing exists only inside the plugins that take uploads.
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
  installUploadErrorMapping(app, IMPORT_URL);

  app.get(
    "/api/forms",
    {
      config: { access: "form.read", action: "form.list" },
      schema: {
        tags: ["forms"],
        summary: "The organisation's screening forms, built-in instruments first",
        querystring: formListQuery,
        response: { 200: z.object({ items: z.array(formSummary) }) },
      },
    },
    async (request) => ({ items: await request.scoped((db) => listForms(db, request.query)) }),
  );

  app.get(
    "/api/forms/:id",
    {
      config: { access: "form.read", action: "form.read" },
      schema: {
        tags: ["forms"],
        summary: "A form version (the published one unless asked) with its definition and scoring rules",
        params: idParams,
        querystring: formVersionQuery,
        response: { 200: formDetail },
      },
    },
    async (request) => request.scoped((db) => getForm(db, request.params.id, request.query.version)),
  );

  app.post(
    IMPORT_URL,
    {
      config: { access: "form.manage", action: "form.import" },
      schema: {
        tags: ["forms"],
        summary:
          "Import an XLSForm (.xlsx; multipart part `file`): a new draft form, or the next version of the form with the same form_id. A dry run (the default) only checks; every problem names its sheet, row and column, and a real run with one answers 400 and writes nothing",
        consumes: ["multipart/form-data"],
        querystring: formImportQuery,
        response: { 200: formImportResult, 400: formImportFailure },
      },
    },
    async (request, reply) => {
      // Read and parsed before the transaction starts: no transaction waits on an upload.
      const upload = await readUpload(request);
      const read = await readXlsform(upload.bytes);
      try {
        return await request.scoped((db) => importForm(db, read, request.query));
      } catch (error) {
        if (!(error instanceof FormRejected)) throw error;
        return reply.status(400).send({ ...renderError(request, error), issues: error.issues });
      }
    },
  );

  app.get(
    "/api/forms/:id/xlsform",
    {
      config: { access: "form.manage", action: "form.export" },
      schema: {
        tags: ["forms"],
        summary: "A form version as an XLSForm workbook, to edit and import back as the next version",
        params: idParams,
        querystring: formVersionQuery,
      },
    },
    async (request, reply) => {
      const file = await request.scoped((db) => exportForm(db, request.params.id, request.query.version));
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "no-store")
        .send(file.body);
    },
  );

  app.post(
    "/api/forms/:id/publish",
    {
      config: { access: "form.manage", action: "form.publish" },
      schema: {
        tags: ["forms"],
        summary: "Publish a version (the latest unless named): new screenings use it",
        params: idParams,
        body: publishInput,
        response: { 200: formDetail },
      },
    },
    async (request) => request.scoped((db) => publishForm(db, request.params.id, request.body.version)),
  );

  app.post(
    "/api/forms/:id/scoring",
    {
      config: { access: "form.manage", action: "form.scoring" },
      schema: {
        tags: ["forms"],
        summary:
          "Attach scoring rules (flags, needs, level rules; see src/shared/screening/scoring) to a form: checked against its latest version and saved as the next version, which takes effect when published. Every problem names its place in the rules",
        params: idParams,
        body: scoringInput,
        response: { 200: formDetail, 400: rulesFailure },
      },
    },
    async (request, reply) => {
      try {
        return await request.scoped((db) => saveScoringRules(db, request.params.id, request.body.rules));
      } catch (error) {
        if (!(error instanceof RulesRejected)) throw error;
        return reply.status(400).send({ ...renderError(request, error), issues: error.issues });
      }
    },
  );

  app.post(
    "/api/forms/:id/retire",
    {
      config: { access: "form.manage", action: "form.retire" },
      schema: {
        tags: ["forms"],
        summary: "Retire a form: no new screenings with it; earlier screenings stay",
        params: idParams,
        response: { 200: formDetail },
      },
    },
    async (request) => request.scoped((db) => retireForm(db, request.params.id)),
  );
};
