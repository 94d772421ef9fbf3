import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  lawEnforcementReport,
  lawEnforcementReportInput,
  lawEnforcementReportList,
  printQuery,
} from "../../../shared/api/law-enforcement.js";
import { attachmentDisposition } from "../case-records/content-disposition.js";
import { printReport } from "./report-print.js";
import { listReports } from "./report-read.service.js";
import { recordReport } from "./report-record.service.js";

const idParams = z.object({ id: z.uuid() });

/** Reports of a case to law enforcement: recorded, listed and printed. */
export const lawEnforcementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const tags = ["law enforcement"];

  app.post(
    "/api/cases/:id/law-enforcement-reports",
    {
      config: { access: "case.share", action: "law_enforcement_report.record" },
      schema: {
        tags,
        summary:
          "Record a report of the case to an authority: what was shared, and the person's consent or — without it — the legal basis",
        params: idParams,
        body: lawEnforcementReportInput,
        response: { 201: lawEnforcementReport },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => recordReport(db, services, request.params.id, request.body))),
  );

  app.get(
    "/api/cases/:id/law-enforcement-reports",
    {
      config: { access: "case.read", action: "law_enforcement_report.list" },
      schema: {
        tags,
        summary: "The case's reports to law enforcement, newest first",
        params: idParams,
        response: { 200: lawEnforcementReportList },
      },
    },
    async (request) => ({ items: await request.scoped((db) => listReports(db, services, request.params.id)) }),
  );

  app.get(
    "/api/law-enforcement-reports/:id/print",
    {
      config: { access: "case.read", action: "law_enforcement_report.print" },
      schema: {
        tags,
        summary: "One report as a PDF in the language asked for (the reader's own by default); audited as a print",
        params: idParams,
        querystring: printQuery,
      },
    },
    async (request, reply) => {
      const language = request.query.language ?? request.language;
      const file = await request.scoped((db) => printReport(db, services, request.params.id, language));
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(file.body);
    },
  );
};
