import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportQuery } from "../../../../shared/api/sitrep.js";
import { attachmentDisposition } from "../../case-records/content-disposition.js";
import { EXPORT_FORMATS, type ExportFormat, exportSitrep } from "./sitrep-export.service.js";

const idParams = z.object({ id: z.uuid() });

const SUMMARIES: Readonly<Record<ExportFormat, string>> = {
  html: "The situation report as one print-ready HTML file (photos embedded, nothing fetched), in the report's language",
  pdf: "The situation report as an A4 PDF with numbered pages, in the report's language",
  docx: "The situation report as a Word document (DOCX), in the report's language",
};

/** A situation report downloaded as HTML, PDF or DOCX: the current version, or the one asked for. */
export const sitrepExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const tags = ["situation reports"];

  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    app.get(
      `/api/sitreps/:id/export.${format}`,
      {
        config: { access: "report.read", action: "sitrep.export" },
        schema: { tags, summary: SUMMARIES[format], params: idParams, querystring: exportQuery },
      },
      async (request, reply) => {
        const file = await request.scoped((db) =>
          exportSitrep(db, services, request.params.id, format, request.query.version),
        );
        return reply
          .header("content-type", file.contentType)
          .header("content-disposition", attachmentDisposition(file.fileName))
          .header("cache-control", "no-store")
          .header("x-content-type-options", "nosniff")
          .send(file.body);
      },
    );
  }
};
