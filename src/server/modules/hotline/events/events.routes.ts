import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { hotlineEvent, hotlineEventResult } from "../../../../shared/api/hotline-events.js";
import { receiveHotlineEvent } from "./events.service.js";

/** The door for phone systems and public web forms: an API token of a service account, JSON events (docs/telephony.md). */
export const hotlineEventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/hotline/events",
    {
      config: { access: "hotline.write", action: "hotline.event" },
      schema: {
        tags: ["hotline"],
        summary:
          "A phone system's or web form's event (API token): call.incoming opens a draft contact for the operator (201, or 200 replayed for the same callId), call.ended sets its end, web_form queues a contact for the team (the same reference is one contact). Answers ids only, never personal data",
        body: hotlineEvent,
        response: { 201: hotlineEventResult, 200: hotlineEventResult },
      },
    },
    async (request, reply) => {
      const answer = await request.scoped((db) => receiveHotlineEvent(db, services, request.body));
      return reply.status(answer.status).send(answer.result);
    },
  );
};
