import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  assistanceInput,
  assistancePatch,
  assistanceRecord,
  assistanceTypeCode,
  assistanceTypeInput,
  assistanceTypeItem,
  assistanceTypePatch,
  eventInput,
  eventPatch,
  planInput,
  planPatch,
  supportPlan,
  traffickingEvent,
} from "../../../shared/api/assistance.js";
import { listAssistance, recordAssistance, updateAssistance } from "./assistance.service.js";
import { createAssistanceType, listAssistanceTypes, updateAssistanceType } from "./assistance-types.service.js";
import { addEvent, deleteEvent, listEvents, updateEvent } from "./events.service.js";
import { addPlan, listPlans, updatePlan } from "./plans.service.js";

const idParams = z.object({ id: z.uuid() });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Trafficking events (HTCDS hte_), support plans (spl_) and direct assistance of a case. */
export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const tags = ["assistance"];

  app.get(
    "/api/cases/:id/events",
    {
      config: { access: "case.read", action: "event.list" },
      schema: {
        tags,
        summary: "The case's trafficking events as a timeline",
        params: idParams,
        response: { 200: items(traffickingEvent) },
      },
    },
    async (request) => request.scoped((db) => listEvents(db, services, request.params.id)),
  );

  app.post(
    "/api/cases/:id/events",
    {
      config: { access: "case.write", action: "event.add" },
      schema: {
        tags,
        summary: "Add a recruitment, transit or exploitation event",
        params: idParams,
        body: eventInput,
        response: { 201: traffickingEvent },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addEvent(db, services, request.params.id, request.body))),
  );

  app.patch(
    "/api/trafficking-events/:id",
    {
      config: { access: "case.write", action: "event.update" },
      schema: {
        tags,
        summary: "Change a trafficking event",
        params: idParams,
        body: eventPatch,
        response: { 200: traffickingEvent },
      },
    },
    async (request) => request.scoped((db) => updateEvent(db, services, request.params.id, request.body)),
  );

  app.delete(
    "/api/trafficking-events/:id",
    {
      config: { access: "case.write", action: "event.delete" },
      schema: {
        tags,
        summary: "Remove a trafficking event recorded by mistake",
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await request.scoped((db) => deleteEvent(db, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/cases/:id/plans",
    {
      config: { access: "case.read", action: "plan.list" },
      schema: { tags, summary: "The case's support plans", params: idParams, response: { 200: items(supportPlan) } },
    },
    async (request) => request.scoped((db) => listPlans(db, services, request.params.id)),
  );

  app.post(
    "/api/cases/:id/plans",
    {
      config: { access: "case.write", action: "plan.add" },
      schema: {
        tags,
        summary: "Add a support plan",
        params: idParams,
        body: planInput,
        response: { 201: supportPlan },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addPlan(db, services, request.params.id, request.body))),
  );

  app.patch(
    "/api/support-plans/:id",
    {
      config: { access: "case.write", action: "plan.update" },
      schema: {
        tags,
        summary: "Change a support plan or record its end",
        params: idParams,
        body: planPatch,
        response: { 200: supportPlan },
      },
    },
    async (request) => request.scoped((db) => updatePlan(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/cases/:id/assistance",
    {
      config: { access: "case.read", action: "assistance.list" },
      schema: {
        tags,
        summary: "Assistance planned for and provided to the case",
        params: idParams,
        response: { 200: items(assistanceRecord) },
      },
    },
    async (request) => request.scoped((db) => listAssistance(db, services, request.params.id)),
  );

  app.post(
    "/api/cases/:id/assistance",
    {
      config: { access: "case.write", action: "assistance.record" },
      schema: {
        tags,
        summary: "Record planned or provided assistance",
        params: idParams,
        body: assistanceInput,
        response: { 201: assistanceRecord },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await request.scoped((db) => recordAssistance(db, services, request.params.id, request.body))),
  );

  app.patch(
    "/api/assistance/:id",
    {
      config: { access: "case.write", action: "assistance.update" },
      schema: {
        tags,
        summary: "Change an assistance record, e.g. mark it provided",
        params: idParams,
        body: assistancePatch,
        response: { 200: assistanceRecord },
      },
    },
    async (request) => request.scoped((db) => updateAssistance(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/assistance-types",
    {
      // The catalogue names kinds of help, never people: everyone signed in may read it (administrators too).
      config: { access: "signed_in", action: "assistance_type.list" },
      schema: {
        tags,
        summary: "The built-in assistance catalogue and the organisation's own types",
        response: { 200: items(assistanceTypeItem) },
      },
    },
    async (request) => request.scoped((db) => listAssistanceTypes(db)),
  );

  app.post(
    "/api/assistance-types",
    {
      config: { access: "vocabulary.manage", action: "assistance_type.create" },
      schema: {
        tags,
        summary: "Add a type of assistance to the organisation's catalogue",
        body: assistanceTypeInput,
        response: { 201: assistanceTypeItem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => createAssistanceType(db, request.body))),
  );

  app.patch(
    "/api/assistance-types/:id",
    {
      config: { access: "vocabulary.manage", action: "assistance_type.update" },
      schema: {
        tags,
        summary: "Change the labels of one of the organisation's types, or disable it",
        params: z.object({ id: assistanceTypeCode }),
        body: assistanceTypePatch,
        response: { 200: assistanceTypeItem },
      },
    },
    async (request) => request.scoped((db) => updateAssistanceType(db, request.params.id, request.body)),
  );
};
