import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  caseAccessEntry,
  caseAssignment,
  caseDetail,
  caseHistoryEntry,
  caseIntake,
  caseIntakeBatch,
  caseIntakeBatchResult,
  caseIntakeResult,
  caseListQuery,
  casePatch,
  casePersonInput,
  casePersonRemoval,
  caseSummary,
  caseTransition,
} from "../../../shared/api/cases.js";
import { page } from "../../../shared/api/common.js";
import { intakeCases } from "./bulk-intake.js";
import { listCases } from "./case-list.service.js";
import { removeCasePerson, saveCasePerson } from "./case-people.service.js";
import { getCase } from "./case-read.service.js";
import { caseAccessLog, caseHistory, updateCase } from "./case-update.service.js";
import { intakeCase } from "./intake.service.js";
import { assignCase, transitionCase } from "./workflow.service.js";

const idParams = z.object({ id: z.uuid() });
const BATCH_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
const versioned = z.object({ version: z.number() });

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    "/api/cases",
    {
      config: { access: "case.read", action: "case.list" },
      schema: {
        tags: ["cases"],
        summary: "Cases the caller reaches, filtered, one keyset page at a time",
        querystring: caseListQuery,
        response: { 200: page(caseSummary) },
      },
    },
    async (request) => request.scoped((db) => listCases(db, services, request.query)),
  );

  app.post(
    "/api/cases",
    {
      config: { access: "case.write", action: "case.create" },
      schema: {
        tags: ["cases"],
        summary: "Intake: a new or found person, the case, the victim context and consents, in one step",
        description:
          "Sent again with the same clientKey, the intake is answered (200) with the case made the first time.",
        body: caseIntake,
        response: { 200: caseIntakeResult, 201: caseIntakeResult },
      },
    },
    async (request, reply) => {
      const result = await request.scoped((db) => intakeCase(db, services, request.body));
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  app.post(
    "/api/cases/batch",
    {
      config: { access: "case.write", action: "case.create_batch" },
      // Up to BATCH_INTAKE_LIMIT intakes: more than the default limit of one request.
      bodyLimit: BATCH_BODY_LIMIT_BYTES,
      schema: {
        tags: ["cases"],
        summary: "Many intakes of new people at once (a mobile team's upload): all written, or none",
        description:
          "Each intake as POST /api/cases takes it, for a new person, owned by the caller. Problems name the " +
          "intake (body.cases.3.person…). Intakes sent before with the same clientKey are answered with their " +
          "cases and not written again, so an upload whose answer was lost can be sent again whole.",
        body: caseIntakeBatch,
        response: { 200: caseIntakeBatchResult },
      },
    },
    async (request) => ({
      cases: await request.scoped((db) => intakeCases(db, services, request.body.cases)),
    }),
  );

  app.get(
    "/api/cases/:id",
    {
      config: { access: "case.read", action: "case.read" },
      schema: {
        tags: ["cases"],
        summary: "One case with its people, contexts and consents",
        params: idParams,
        response: { 200: caseDetail },
      },
    },
    async (request) => request.scoped((db) => getCase(db, services, request.params.id)),
  );

  app.patch(
    "/api/cases/:id",
    {
      config: { access: "case.write", action: "case.update" },
      schema: {
        tags: ["cases"],
        summary: "Change the case's dates and incoming referral",
        params: idParams,
        body: casePatch,
        response: { 200: versioned },
      },
    },
    async (request) => request.scoped((db) => updateCase(db, services, request.params.id, request.body)),
  );

  app.post(
    "/api/cases/:id/people",
    {
      config: { access: "case.write", action: "case.person_save" },
      schema: {
        tags: ["cases"],
        summary: "Link a person to the case with a role, or update a linked person's context",
        params: idParams,
        body: casePersonInput,
        response: { 200: z.object({ personId: z.uuid() }) },
      },
    },
    async (request) => request.scoped((db) => saveCasePerson(db, services, request.params.id, request.body)),
  );

  app.post(
    "/api/cases/:id/people/remove",
    {
      config: { access: "case.write", action: "case.person_remove" },
      schema: {
        tags: ["cases"],
        summary:
          "Take a person off the case (not its main person), with a reason; the person's record and other cases stay",
        params: idParams,
        body: casePersonRemoval,
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    async (request) => request.scoped((db) => removeCasePerson(db, request.params.id, request.body)),
  );

  app.post(
    "/api/cases/:id/transition",
    {
      config: { access: "case.write", action: "case.transition" },
      schema: {
        tags: ["cases"],
        summary: "Move the case on: advance, request closure, approve or return it (case.approve), reopen",
        params: idParams,
        body: caseTransition,
        response: { 200: z.object({ stage: z.string(), version: z.number() }) },
      },
    },
    async (request) => request.scoped((db) => transitionCase(db, services, request.params.id, request.body)),
  );

  app.post(
    "/api/cases/:id/assign",
    {
      config: { access: "case.assign", action: "case.assign" },
      schema: {
        tags: ["cases"],
        summary: "Transfer the case to a caseworker of the organisation",
        params: idParams,
        body: caseAssignment,
        response: { 200: versioned },
      },
    },
    async (request) => request.scoped((db) => assignCase(db, request.params.id, request.body)),
  );

  app.get(
    "/api/cases/:id/history",
    {
      config: { access: "case.read", action: "case.history" },
      schema: {
        tags: ["cases"],
        summary: "Every change of the case",
        params: idParams,
        response: { 200: z.object({ items: z.array(caseHistoryEntry) }) },
      },
    },
    async (request) => request.scoped((db) => caseHistory(db, request.params.id)),
  );

  app.get(
    "/api/cases/:id/access-log",
    {
      config: { access: "case.read", action: "case.access_log" },
      schema: {
        tags: ["cases"],
        summary: "Who saw or changed the case, and when",
        params: idParams,
        response: { 200: z.object({ items: z.array(caseAccessEntry) }) },
      },
    },
    async (request) => request.scoped((db) => caseAccessLog(db, request.params.id)),
  );
};
