import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  callerLookup,
  callerLookupInput,
  contactDetail,
  contactInput,
  contactListQuery,
  contactPatch,
  contactSummary,
  followUp,
  followUpQuery,
} from "../../../shared/api/hotline.js";
import { lookUpCaller } from "./caller-lookup.service.js";
import { listContacts, readContact } from "./contact-read.service.js";
import { createContact, updateContact } from "./contact-save.service.js";
import { listFollowUps } from "./follow-ups.service.js";

const idParams = z.object({ id: z.uuid() });

/** Hotline contacts: taken by an operator, saved as they go, looked up by the caller's number. */
export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/hotline/contacts",
    {
      config: { access: "hotline.write", action: "hotline.contact.create" },
      schema: {
        tags: ["hotline"],
        summary:
          "Start (a draft) or record (complete: true) a contact. The same clientKey twice is one contact (200 with replayed: true)",
        body: contactInput,
        response: { 201: contactDetail, 200: contactDetail },
      },
    },
    async (request, reply) => {
      const saved = await request.scoped((db) => createContact(db, services, request.body, { source: "app" }));
      return reply.status(saved.replayed ? 200 : 201).send(saved);
    },
  );

  app.get(
    "/api/hotline/contacts",
    {
      config: { access: "hotline.read", action: "hotline.contact.list" },
      schema: {
        tags: ["hotline"],
        summary: "Contacts the caller reaches (the team's), newest first; status=open is the queue and unfinished work",
        querystring: contactListQuery,
        response: { 200: page(contactSummary) },
      },
    },
    async (request) => request.scoped((db) => listContacts(db, request.query)),
  );

  app.get(
    "/api/hotline/contacts/:id",
    {
      config: { access: "hotline.read", action: "hotline.contact.read" },
      schema: {
        tags: ["hotline"],
        summary: "One contact with the caller's details, consultations and law-enforcement reports",
        params: idParams,
        response: { 200: contactDetail },
      },
    },
    async (request) => request.scoped((db) => readContact(db, services, request.params.id)),
  );

  app.patch(
    "/api/hotline/contacts/:id",
    {
      config: { access: "hotline.write", action: "hotline.contact.update" },
      schema: {
        tags: ["hotline"],
        summary:
          "Save changes to a contact (fields given are written; consultations replace the list), finish it (complete: true) or mark its follow-up done",
        params: idParams,
        body: contactPatch,
        response: { 200: contactDetail },
      },
    },
    async (request) => request.scoped((db) => updateContact(db, services, request.params.id, request.body)),
  );

  app.post(
    "/api/hotline/lookup",
    {
      config: { access: "hotline.read", action: "hotline.lookup" },
      schema: {
        tags: ["hotline"],
        summary:
          "Repeat caller: earlier contacts from a number, and people with that phone and their cases, as far as the caller may see them. The number travels in the body, never in the URL",
        body: callerLookupInput,
        response: { 200: callerLookup },
      },
    },
    async (request) => request.scoped((db) => lookUpCaller(db, services, request.body.number)),
  );

  app.get(
    "/api/hotline/follow-ups",
    {
      config: { access: "hotline.read", action: "hotline.follow_ups" },
      schema: {
        tags: ["hotline"],
        summary:
          "The shift's follow-up queue: open follow-ups due by today (or all), earliest first, with handover notes",
        querystring: followUpQuery,
        response: { 200: page(followUp) },
      },
    },
    async (request) => request.scoped((db) => listFollowUps(db, services, request.query)),
  );
};
