import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { dashboard, dashboardQuery } from "../../../shared/api/dashboard.js";
import { dashboard as readDashboard } from "./dashboard.service.js";

/** The home page's figures: every signed-in role gets the ones its permissions reach. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/dashboard",
    {
      config: { access: "organisation.read", action: "dashboard.read" },
      schema: {
        tags: ["dashboard"],
        summary:
          "Key figures for the caller's role: the current month (the organisation's time zone unless month=YYYY-MM) against the previous one, twelve months of trend and the total since a day (since=YYYY-MM-DD, default 1 January three years back), each with a link to the web page listing its records. Activity figures with activity.read; figures of cases, screenings, the helpline and referrals with aggregates.read (the organisation's) or the records' own read permission (the records the caller reaches). Counts from records of 1 to 4 are withheld (null)",
        querystring: dashboardQuery,
        response: { 200: dashboard },
      },
    },
    async (request) => request.scoped((db) => readDashboard(db, request.query)),
  );
};
