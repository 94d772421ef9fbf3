import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { matchInput, matchResult, recordMatchQuery } from "../../../../shared/api/directory-matching.js";
import { matchGivenNeeds } from "./match.service.js";
import { matchForCase, matchForScreening } from "./record-needs.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["directory"];
const PLACE_NOTE =
  "The place is the caller's organisation's unless country, region, city or latitude and longitude are given";

/** Service matching: directory services ranked for a person's needs, each with the reasons it is suggested. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/cases/:id/service-matches",
    {
      config: { access: "case.read", action: "case.service_matches" },
      schema: {
        tags: TAGS,
        summary: `Services for a case's victim: needs from planned assistance, support plans and vulnerability flags (or serviceType), eligibility from the person's year of birth, sex, citizenships and statuses. ${PLACE_NOTE}`,
        params: idParams,
        querystring: recordMatchQuery,
        response: { 200: matchResult },
      },
    },
    async (request) => request.scoped((db) => matchForCase(db, request.params.id, request.query)),
  );

  app.get(
    "/api/screenings/:id/service-matches",
    {
      config: { access: "screening.read", action: "screening.service_matches" },
      schema: {
        tags: TAGS,
        summary: `Services for what a screening found: its needs and suggested services (or serviceType), the person's sex, age band and interview language, at the screening's country. ${PLACE_NOTE}`,
        params: idParams,
        querystring: recordMatchQuery,
        response: { 200: matchResult },
      },
    },
    async (request) => request.scoped((db) => matchForScreening(db, request.params.id, request.query)),
  );

  app.post(
    "/api/directory/matches",
    {
      config: { access: "directory.read", action: "directory.match" },
      schema: {
        tags: TAGS,
        summary:
          "Services for needs given outright (no case): service types most important first, place, languages and the facts eligibility rules ask about",
        body: matchInput,
        response: { 200: matchResult },
      },
    },
    async (request) => request.scoped((db) => matchGivenNeeds(db, request.body)),
  );
};
