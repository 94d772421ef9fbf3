import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { periodLock, periodQuery, periodSummary, periodUnlock } from "../../../shared/api/offices.js";
import { lockPeriod, periodSummaries, unlockPeriod } from "./periods.service.js";

const TAGS = ["reporting periods"];

/** Reporting months of the organisation's offices: where they stand, locking and unlocking them. */
export const reportingPeriodRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/reporting-periods",
    {
      config: { access: "activity.read", action: "reporting_period.list" },
      schema: {
        tags: TAGS,
        summary:
          "A month (YYYY-MM, not in the future) of every active office: locked or open, its activities by status, its locks and unlocks newest first",
        querystring: periodQuery,
        response: { 200: z.object({ items: z.array(periodSummary) }) },
      },
    },
    async (request) => request.scoped((db) => periodSummaries(db, request.query.month)),
  );

  app.post(
    "/api/reporting-periods/lock",
    {
      config: { access: "activity.approve", action: "reporting_period.lock" },
      schema: {
        tags: TAGS,
        summary:
          "Lock an office's month once every activity in it is approved (409 activities_not_approved with their count, 409 already_locked); its activities can no longer change",
        body: periodLock,
        response: { 200: periodSummary },
      },
    },
    async (request) => request.scoped((db) => lockPeriod(db, request.body)),
  );

  app.post(
    "/api/reporting-periods/unlock",
    {
      config: { access: "activity.approve", action: "reporting_period.unlock" },
      schema: {
        tags: TAGS,
        summary: "Unlock a locked month of an office, with a reason kept in its history and the audit trail",
        body: periodUnlock,
        response: { 200: periodSummary },
      },
    },
    async (request) => request.scoped((db) => unlockPeriod(db, request.body)),
  );
};
