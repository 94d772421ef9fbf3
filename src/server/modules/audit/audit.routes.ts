import { stringify } from "csv-stringify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditEntry, auditQuery } from "../../../shared/api/admin.js";
import { plainText } from "../../../shared/api/common.js";
import { auditSelect, listAudit, toApiAuditEntry } from "./audit.service.js";

const EXPORT_LIMIT = 100_000;
const COLUMNS = [
  "seq",
  "at",
  "actorUserId",
  "actorLabel",
  "actorName",
  "organisationId",
  "action",
  "recordType",
  "recordId",
  "outcome",
  "requestId",
  "clientIp",
  "reason",
  "detail",
] as const;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit",
    {
      config: { access: "audit.read", action: "audit.list" },
      schema: {
        tags: ["audit"],
        summary: "The audit trail, newest first",
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => request.scoped((db) => listAudit(db, request.query)),
  );

  app.get(
    "/api/audit/export.csv",
    {
      config: { access: "audit.export", action: "audit.export" },
      schema: {
        tags: ["audit"],
        summary: "The filtered audit trail as CSV (a reason is required and recorded)",
        querystring: auditQuery.omit({ limit: true, cursor: true }).extend({ reason: plainText(300).min(3) }),
      },
    },
    async (request, reply) => {
      const { reason, ...filters } = request.query;
      // Read in one transaction (a consistent snapshot, audited with its reason), then stream out.
      const rows = await request.scoped(async (db) => {
        const found = (await auditSelect(db, filters).limit(EXPORT_LIMIT).execute()) as Parameters<
          typeof toApiAuditEntry
        >[0][];
        db.audit({ action: "audit.export", reason, detail: { count: found.length } });
        return found;
      });
      const csv = stringify({ header: true, columns: [...COLUMNS] });
      for (const row of rows) {
        const entry = toApiAuditEntry(row);
        csv.write({ ...entry, detail: entry.detail === null ? "" : JSON.stringify(entry.detail) });
      }
      csv.end();
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
        .send(csv);
    },
  );
};
