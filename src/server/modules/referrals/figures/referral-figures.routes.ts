import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { referralFigures, referralFiguresQuery } from "../../../../shared/api/referral-figures.js";
import { referralFigures as figures } from "./referral-figures.service.js";

/** The referral funnel for M&E and reporting: counts only, small cells withheld. */
export const referralFiguresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/referrals/figures",
    {
      config: { access: "aggregates.read", action: "referral.figures" },
      schema: {
        tags: ["referrals"],
        summary:
          "Referral figures for a period of local days, of the referrals the organisation sent (or, with direction=incoming, received): the funnel (sent, acknowledged, accepted, completed), overdue now, share completed of those closed; by status, service type, provider, urgency, month, decline and not-completed reason; median and mean hours to the first answer and to completion; counts from 1 to 4 withheld (null), times only over groups of at least 5",
        querystring: referralFiguresQuery,
        response: { 200: referralFigures },
      },
    },
    async (request) => request.scoped((db) => figures(db, request.query)),
  );
};
