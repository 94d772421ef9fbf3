import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseIntake } from "../../../shared/api/cases.js";
import {
  contactDetail,
  contactLinkInput,
  escalationInput,
  topic,
  topicInput,
  topicPatch,
} from "../../../shared/api/hotline.js";
import { caseDraftFromContact, linkContact } from "./contact-link.service.js";
import { escalateContact } from "./escalation.service.js";
import { createTopic, listTopics, updateTopic } from "./topics.service.js";

const idParams = z.object({ id: z.uuid() });

/** What an operator does from a contact (link, open a case, escalate) and the organisation's topics. */
export const contactActionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/hotline/contacts/:id/link",
    {
      config: { access: "hotline.write", action: "hotline.contact.link" },
      schema: {
        tags: ["hotline"],
        summary: "Link a contact to a person and a case the caller may see (null unlinks); a case brings its person",
        params: idParams,
        body: contactLinkInput,
        response: { 200: contactDetail },
      },
    },
    async (request) => request.scoped((db) => linkContact(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/hotline/contacts/:id/case-draft",
    {
      config: { access: "case.write", action: "hotline.case_draft" },
      schema: {
        tags: ["hotline"],
        summary:
          "A case intake pre-filled from the contact (caller's name, phone, country, language); submitting it with contactId links the two",
        params: idParams,
        response: { 200: caseIntake.partial() },
      },
    },
    async (request) => request.scoped((db) => caseDraftFromContact(db, services, request.params.id)),
  );

  app.post(
    "/api/hotline/contacts/:id/escalate",
    {
      config: { access: "hotline.write", action: "hotline.escalate" },
      schema: {
        tags: ["hotline"],
        summary:
          "Report of exploitation or immediate danger: an urgent task for a supervisor, and with the caller's consent a record of the report to law enforcement",
        params: idParams,
        body: escalationInput,
        response: { 200: contactDetail },
      },
    },
    async (request) =>
      request.scoped((db) => escalateContact(db, services, request.params.id, request.body, request.language)),
  );

  app.get(
    "/api/hotline/topics",
    {
      config: { access: "hotline.read", action: "hotline.topic.list" },
      schema: {
        tags: ["hotline"],
        summary: "Consultation topics: the built-in ones and the organisation's own",
        response: { 200: z.object({ items: z.array(topic) }) },
      },
    },
    async (request) => request.scoped((db) => listTopics(db)),
  );

  app.post(
    "/api/hotline/topics",
    {
      config: { access: "vocabulary.manage", action: "hotline.topic.create" },
      schema: {
        tags: ["hotline"],
        summary: "Add a consultation topic of the organisation's own, labelled in its languages",
        body: topicInput,
        response: { 201: topic },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createTopic(db, request.body))),
  );

  app.patch(
    "/api/hotline/topics/:id",
    {
      config: { access: "vocabulary.manage", action: "hotline.topic.update" },
      schema: {
        tags: ["hotline"],
        summary: "Relabel or retire one of the organisation's own topics (retired topics stay in the figures)",
        params: idParams,
        body: topicPatch,
        response: { 200: topic },
      },
    },
    async (request) => request.scoped((db) => updateTopic(db, request.params.id, request.body)),
  );
};
