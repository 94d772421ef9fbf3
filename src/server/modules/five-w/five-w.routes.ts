import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type FiveWFormat, fiveWQuery } from "../../../shared/api/five-w.js";
import { exportFiveW } from "./five-w.service.js";

const TAGS = ["five-w"];

const FILES: { url: string; format: FiveWFormat; what: string }[] = [
  { url: "/api/five-w.csv", format: "csv", what: "CSV (UTF-8): a row of column names in the caller's language" },
  {
    url: "/api/five-w.hxl.csv",
    format: "hxl",
    what: "HXL-tagged CSV (UTF-8): a row of column names in the caller's language, then the HXL hashtag row",
  },
  { url: "/api/five-w.xlsx", format: "xlsx", what: "XLSX: one sheet, a row of column names in the caller's language" },
];

/** The 5W table for ActivityInfo and the clusters: the organisation's activities and assistance, month by month. */
export const fiveWRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const file of FILES) {
    app.get(
      file.url,
      {
        config: { access: "aggregates.read", action: "five_w.export" },
        schema: {
          tags: TAGS,
          summary: `The 5W table of the reporting months from–to (YYYY-MM) as ${file.what}, then one row per month, office, activity and indicator, and disaggregation (sex, age group, population group): approved activities, and people assisted from the case records with counts from 1 to 4 withheld (empty, with a note). officeId limits it to one office (404 if not the organisation's); language chooses the language of the names and labels`,
          querystring: fiveWQuery,
        },
      },
      async (request, reply) => {
        const exported = await request.scoped((db) => exportFiveW(db, request.query, file.format, request.language));
        return reply
          .header("content-type", exported.contentType)
          .header("content-disposition", `attachment; filename="${exported.fileName}"`)
          .header("cache-control", "no-store")
          .header("x-content-type-options", "nosniff")
          .send(exported.body);
      },
    );
  }
};
