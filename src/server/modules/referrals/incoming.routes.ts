import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  commentInput,
  incomingDetail,
  incomingSummary,
  referralListQuery,
  statusInput,
} from "../../../shared/api/referrals.js";
import { addComment } from "./comments.service.js";
import { openCaseFromReferral } from "./open-case.service.js";
import { findIncoming } from "./referral-access.js";
import { listIncoming, readIncoming } from "./referral-read.service.js";
import { answerReferral } from "./referral-status.service.js";

const idParams = z.object({ id: z.uuid() });

/** Referrals addressed to the caller's organisation: the shared fields, nothing else of the sender's records. */
export const incomingReferralRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    "/api/incoming-referrals",
    {
      config: { access: "referral.receive", action: "referral.incoming.list" },
      schema: {
        tags: ["referrals"],
        summary: "Referrals sent to the caller's organisation, newest first",
        querystring: referralListQuery.omit({ caseId: true }),
        response: { 200: page(incomingSummary) },
      },
    },
    async (request) => request.scoped((db) => listIncoming(db, { ...request.query, caseId: undefined })),
  );

  app.get(
    "/api/incoming-referrals/:id",
    {
      config: { access: "referral.receive", action: "referral.incoming.read" },
      schema: {
        tags: ["referrals"],
        summary: "An incoming referral: exactly the fields its sender shared, the story and the conversation",
        params: idParams,
        response: { 200: incomingDetail },
      },
    },
    async (request) => request.scoped((db) => readIncoming(db, services, request.params.id)),
  );

  app.post(
    "/api/incoming-referrals/:id/status",
    {
      config: { access: "referral.receive", action: "referral.incoming.status" },
      schema: {
        tags: ["referrals"],
        summary:
          "Acknowledge, accept, decline (with a reason), start, complete (with what was provided: it becomes the referring case's assistance) or close as not completed. A stale version answers 409",
        params: idParams,
        body: statusInput,
        response: { 200: incomingDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        await answerReferral(db, services, request.params.id, request.body, "receiver");
        return readIncoming(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/incoming-referrals/:id/comments",
    {
      config: { access: "referral.receive", action: "referral.incoming.comment" },
      schema: {
        tags: ["referrals"],
        summary: "Write to the referring organisation in the referral's conversation",
        params: idParams,
        body: commentInput,
        response: { 200: incomingDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        const row = await findIncoming(db, request.params.id);
        await addComment(db, services, row, request.body.body);
        return readIncoming(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/incoming-referrals/:id/open-case",
    {
      config: { access: "referral.receive", action: "referral.incoming.open_case" },
      schema: {
        tags: ["referrals"],
        summary:
          "Open the organisation's own case from an accepted referral, holding only the shared fields and linked to the referral (409 when one was opened already)",
        params: idParams,
        response: { 201: z.object({ caseId: z.uuid(), caseNumber: z.string(), referral: incomingDetail }) },
      },
    },
    async (request, reply) => {
      const result = await request.scoped(async (db) => {
        const opened = await openCaseFromReferral(db, services, request.params.id);
        return {
          caseId: opened.id,
          caseNumber: opened.caseNumber,
          referral: await readIncoming(db, services, request.params.id),
        };
      });
      return reply.status(201).send(result);
    },
  );
};
