import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  activityDetail,
  activityInput,
  activityListQuery,
  activityPatch,
  activityReturn,
  activityStep,
  activitySummary,
  participantList,
} from "../../../shared/api/activities.js";
import { page } from "../../../shared/api/common.js";
import { getActivity, listActivities } from "./activity-read.service.js";
import { takeStep } from "./activity-steps.service.js";
import { createActivity, updateActivity } from "./activity-write.service.js";
import { readParticipants } from "./participants.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["activities"];
const VERSIONED = "version must be the version read (else 409); nothing changes in a locked month (409 period_locked)";

/** Activities of the organisation's offices: trainings, campaigns, coordination, guidance, research. */
export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { keyring } = app.services;

  app.get(
    "/api/activities",
    {
      config: { access: "activity.read", action: "activity.list" },
      schema: {
        tags: TAGS,
        summary:
          "Activities by reporting month (from, to: YYYY-MM), office, kind, section, status and words (q); newest end date first, keyset pages",
        querystring: activityListQuery,
        response: { 200: page(activitySummary) },
      },
    },
    async (request) => request.scoped((db) => listActivities(db, request.query)),
  );

  app.post(
    "/api/activities",
    {
      config: { access: "activity.write", action: "activity.create" },
      schema: {
        tags: TAGS,
        summary:
          "Record an activity as a draft, for an office of the organisation and the month it ended in (which must be open). Figures must add up (400 naming the field); list codes must be built in or the organisation's own",
        body: activityInput,
        response: { 201: activityDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => createActivity(db, keyring, request.body))),
  );

  app.get(
    "/api/activities/:id",
    {
      config: { access: "activity.read", action: "activity.read" },
      schema: {
        tags: TAGS,
        summary:
          "An activity with its photos and files (metadata) and what the caller may do with it; a participant list shows only as a count",
        params: idParams,
        response: { 200: activityDetail },
      },
    },
    async (request) => request.scoped((db) => getActivity(db, keyring, request.params.id)),
  );

  app.patch(
    "/api/activities/:id",
    {
      config: { access: "activity.write", action: "activity.update" },
      schema: {
        tags: TAGS,
        summary: `Change a draft (else 409 not_draft); details replace the stored ones whole and keep the kind. ${VERSIONED}, and a new office or end date must not place it in one`,
        params: idParams,
        body: activityPatch,
        response: { 200: activityDetail },
      },
    },
    async (request) => request.scoped((db) => updateActivity(db, keyring, request.params.id, request.body)),
  );

  const steps = [
    ["submit", "activity.write", "Submit a draft for approval"],
    ["approve", "activity.approve", "Approve a submitted activity: it counts in the situation report"],
  ] as const;
  for (const [step, access, summary] of steps) {
    app.post(
      `/api/activities/:id/${step}`,
      {
        config: { access, action: `activity.${step}` },
        schema: {
          tags: TAGS,
          summary: `${summary}. ${VERSIONED}`,
          params: idParams,
          body: activityStep,
          response: { 200: activityDetail },
        },
      },
      async (request) =>
        request.scoped((db) => takeStep(db, keyring, request.params.id, step, { version: request.body.version })),
    );
  }

  app.post(
    "/api/activities/:id/return",
    {
      config: { access: "activity.approve", action: "activity.return" },
      schema: {
        tags: TAGS,
        summary: `Send a submitted or approved activity back to draft, saying why (shown to its editors). ${VERSIONED}`,
        params: idParams,
        body: activityReturn,
        response: { 200: activityDetail },
      },
    },
    async (request) => request.scoped((db) => takeStep(db, keyring, request.params.id, "return", request.body)),
  );

  app.get(
    "/api/activities/:id/participants",
    {
      config: { access: "activity.participants", action: "activity.participants_read" },
      schema: {
        tags: TAGS,
        summary:
          "A training's participant list by name (personal data: every read is audited); empty when none is kept",
        params: idParams,
        response: { 200: participantList },
      },
    },
    async (request) => request.scoped((db) => readParticipants(db, keyring, request.params.id)),
  );
};
