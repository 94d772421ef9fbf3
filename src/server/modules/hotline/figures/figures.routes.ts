import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { hotlineFigures, hotlineFiguresQuery } from "../../../../shared/api/hotline-figures.js";
import { hotlineFigures as figures } from "./hotline-figures.service.js";

/** The helpline's figures for M&E and reporting: counts only, small cells withheld. */
export const hotlineFiguresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/hotline/figures",
    {
      config: { access: "aggregates.read", action: "hotline.figures" },
      schema: {
        tags: ["hotline"],
        summary:
          "Helpline figures for a period of local days: contacts, consultations, distinct persons assisted, handling time; by month, channel, direction, language, topic, service, caller type, outcome, country, escalation, hour of day and weekday; counts from 1 to 4 withheld (null)",
        querystring: hotlineFiguresQuery,
        response: { 200: hotlineFigures },
      },
    },
    async (request) => request.scoped((db) => figures(db, request.query)),
  );
};
