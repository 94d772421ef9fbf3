import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  commentInput,
  referralDetail,
  referralInput,
  referralListQuery,
  referralSummary,
  sendInput,
  statusInput,
  transferInput,
  withdrawInput,
} from "../../../shared/api/referrals.js";
import { addComment } from "./comments.service.js";
import { findOutgoing } from "./referral-access.js";
import { createReferrals } from "./referral-create.service.js";
import { listOutgoing, readOutgoing } from "./referral-read.service.js";
import { answerReferral, sendDraft, withdrawReferral } from "./referral-status.service.js";
import { requestTransfer } from "./transfer.service.js";

const idParams = z.object({ id: z.uuid() });

/** Referrals as their sender sees them: made from a case, followed to their end. */
export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/referrals",
    {
      config: { access: "referral.write", action: "referral.create" },
      schema: {
        tags: ["referrals"],
        summary:
          "Refer a person of a case to one or more services (one referral each). Sending needs the person's consent to sharing in force, or a supervisor's emergency override with a reason; only the chosen fields are shared",
        body: referralInput,
        response: { 201: z.object({ items: z.array(referralDetail) }) },
      },
    },
    async (request, reply) => {
      const items = await request.scoped(async (db) => {
        const ids = await createReferrals(db, services, request.body);
        return Promise.all(ids.map((id) => readOutgoing(db, services, id)));
      });
      return reply.status(201).send({ items });
    },
  );

  app.get(
    "/api/referrals",
    {
      config: { access: "referral.read", action: "referral.list" },
      schema: {
        tags: ["referrals"],
        summary: "Referrals the caller's organisation sent, within the caller's record scope, newest first",
        querystring: referralListQuery,
        response: { 200: page(referralSummary) },
      },
    },
    async (request) => request.scoped((db) => listOutgoing(db, request.query)),
  );

  app.get(
    "/api/referrals/:id",
    {
      config: { access: "referral.read", action: "referral.read" },
      schema: {
        tags: ["referrals"],
        summary: "A referral as its sender sees it: the case, what was shared, the story and the conversation",
        params: idParams,
        response: { 200: referralDetail },
      },
    },
    async (request) => request.scoped((db) => readOutgoing(db, services, request.params.id)),
  );

  app.post(
    "/api/referrals/:id/send",
    {
      config: { access: "referral.write", action: "referral.send" },
      schema: {
        tags: ["referrals"],
        summary: "Send a draft: consent is checked and the shared values are read now",
        params: idParams,
        body: sendInput,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        await sendDraft(db, services, request.params.id, request.body);
        return readOutgoing(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/referrals/:id/withdraw",
    {
      config: { access: "referral.write", action: "referral.withdraw" },
      schema: {
        tags: ["referrals"],
        summary: "Withdraw a referral that is still open; a note goes to the conversation",
        params: idParams,
        body: withdrawInput,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        await withdrawReferral(db, services, request.params.id, request.body);
        return readOutgoing(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/referrals/:id/response",
    {
      config: { access: "referral.write", action: "referral.response" },
      schema: {
        tags: ["referrals"],
        summary:
          "Record the answer of a provider outside the deployment (acknowledged, accepted, declined, started, completed, not completed)",
        params: idParams,
        body: statusInput,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        await answerReferral(db, services, request.params.id, request.body, "sender");
        return readOutgoing(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/referrals/:id/comments",
    {
      config: { access: "referral.write", action: "referral.comment" },
      schema: {
        tags: ["referrals"],
        summary: "Write to the receiving organisation in the referral's conversation",
        params: idParams,
        body: commentInput,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        const row = await findOutgoing(db, request.params.id);
        await addComment(db, services, row, request.body.body);
        return readOutgoing(db, services, request.params.id);
      }),
  );

  app.post(
    "/api/cases/:id/transfer",
    {
      config: { access: "case.assign", action: "case.transfer" },
      schema: {
        tags: ["referrals"],
        summary:
          "Offer the whole case to another office of the deployment; when it accepts, its own case opens with the story so far and this case closes as referred. Needs consent to sharing or a supervisor's emergency override",
        params: idParams,
        body: transferInput,
        response: { 201: referralDetail },
      },
    },
    async (request, reply) => {
      const detail = await request.scoped(async (db) => {
        const id = await requestTransfer(db, services, request.params.id, request.body);
        return readOutgoing(db, services, id);
      });
      return reply.status(201).send(detail);
    },
  );
};
