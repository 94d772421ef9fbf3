import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseIntake } from "../../../shared/api/cases.js";
import { page } from "../../../shared/api/common.js";
import {
  figuresQuery,
  overrideInput,
  screening,
  screeningDetail,
  screeningFigures,
  screeningInput,
  screeningListQuery,
  submissionInput,
} from "../../../shared/api/screening.js";
import { caseDraftFromScreening } from "./case-draft.service.js";
import { screeningFigures as figures } from "./screening-figures.service.js";
import { listScreenings, overrideScreening, readScreening } from "./screening-read.service.js";
import { submitScreening, submitToForm } from "./submit.service.js";

const idParams = z.object({ id: z.uuid() });

/** Screening records: submitted from the filling screen or another tool, read, judged, counted. */
export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/screenings",
    {
      config: { access: "screening.write", action: "screening.create" },
      schema: {
        tags: ["screening"],
        summary:
          "Save a screening: answers validated by the form engine, scored by the form version's rules. The same clientKey twice is one screening (200 with replayed: true)",
        body: screeningInput,
        response: { 201: screeningDetail, 200: screeningDetail },
      },
    },
    async (request, reply) => {
      const saved = await request.scoped((db) =>
        submitScreening(db, services, request.body, { source: "app", language: request.language }),
      );
      return reply.status(saved.replayed ? 200 : 201).send(saved);
    },
  );

  app.post(
    "/api/forms/:id/submissions",
    {
      config: { access: "screening.write", action: "screening.submit" },
      schema: {
        tags: ["screening"],
        summary:
          "A submission from another tool (an API token), to the form's published version: answers by field name as in KoboToolbox or ODK (select_multiple as a list or a space-separated string). Every bad field is named in the 400",
        params: idParams,
        body: submissionInput,
        response: { 201: screeningDetail, 200: screeningDetail },
      },
    },
    async (request, reply) => {
      const saved = await request.scoped((db) =>
        submitToForm(db, services, request.params.id, request.body, { source: "api", language: request.language }),
      );
      return reply.status(saved.replayed ? 200 : 201).send(saved);
    },
  );

  app.get(
    "/api/screenings",
    {
      config: { access: "screening.read", action: "screening.list" },
      schema: {
        tags: ["screening"],
        summary: "Screenings the caller reaches, newest first (no answers in the list)",
        querystring: screeningListQuery,
        response: { 200: page(screening) },
      },
    },
    async (request) => request.scoped((db) => listScreenings(db, request.query)),
  );

  app.get(
    "/api/screenings/figures",
    {
      config: { access: "aggregates.read", action: "screening.figures" },
      schema: {
        tags: ["screening"],
        summary:
          "Screening figures: by risk level, need, flag, site type, country, month, sex and age band; counts from 1 to 4 withheld (null)",
        querystring: figuresQuery,
        response: { 200: screeningFigures },
      },
    },
    async (request) => request.scoped((db) => figures(db, request.query)),
  );

  app.get(
    "/api/screenings/:id",
    {
      config: { access: "screening.read", action: "screening.read" },
      schema: {
        tags: ["screening"],
        summary: "One screening with its answers and the explanation of its result",
        params: idParams,
        response: { 200: screeningDetail },
      },
    },
    async (request) => request.scoped((db) => readScreening(db, services, request.params.id)),
  );

  app.post(
    "/api/screenings/:id/override",
    {
      config: { access: "screening.write", action: "screening.override" },
      schema: {
        tags: ["screening"],
        summary: "Record the screener's judgement of the risk level, with a reason; the computed level is kept",
        params: idParams,
        body: overrideInput,
        response: { 200: screeningDetail },
      },
    },
    async (request) => request.scoped((db) => overrideScreening(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/screenings/:id/case-draft",
    {
      config: { access: "case.write", action: "screening.case_draft" },
      schema: {
        tags: ["screening"],
        summary:
          "A case intake pre-filled from the screening (person, vulnerability, consents), for the intake form; submitting it with screeningId links the two",
        params: idParams,
        response: { 200: caseIntake.partial() },
      },
    },
    async (request) => request.scoped((db) => caseDraftFromScreening(db, services, request.params.id)),
  );
};
