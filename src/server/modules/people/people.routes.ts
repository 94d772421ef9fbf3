import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "../../../shared/api/common.js";
import { consentInput, consentState } from "../../../shared/api/consents.js";
import { duplicateQuery, person, personMatches, personPatch, personSearch } from "../../../shared/api/people.js";
import { mergePeople, undoMerge } from "./merge.service.js";
import { findDuplicates, searchPeople } from "./people-search.service.js";
import { addConsent, erasePerson, getConsents, getPerson, patchPerson } from "./person-records.service.js";

const idParams = z.object({ id: z.uuid() });

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/people/search",
    {
      config: { access: "case.read", action: "person.search" },
      schema: {
        tags: ["people"],
        summary: "Find people by name in any spelling or script, birth date, phone, document or case number",
        body: personSearch,
        response: { 200: personMatches },
      },
    },
    async (request) => request.scoped((db) => searchPeople(db, services, request.body)),
  );

  app.post(
    "/api/people/duplicates",
    {
      config: { access: "case.write", action: "person.duplicates" },
      schema: {
        tags: ["people"],
        summary: "Ranked candidate duplicates of a person about to be registered",
        body: duplicateQuery,
        response: { 200: personMatches },
      },
    },
    async (request) => request.scoped((db) => findDuplicates(db, services, request.body)),
  );

  app.get(
    "/api/people/:id",
    {
      config: { access: "case.read", action: "person.read" },
      schema: { tags: ["people"], summary: "One person", params: idParams, response: { 200: person } },
    },
    async (request) => request.scoped((db) => getPerson(db, services, request.params.id)),
  );

  app.patch(
    "/api/people/:id",
    {
      config: { access: "case.write", action: "person.update" },
      schema: {
        tags: ["people"],
        summary: "Change a person's details",
        params: idParams,
        body: personPatch,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (request) => request.scoped((db) => patchPerson(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/people/:id/consents",
    {
      config: { access: "case.read", action: "consent.read" },
      schema: {
        tags: ["people"],
        summary: "Consent in force per purpose, and its history",
        params: idParams,
        response: { 200: consentState },
      },
    },
    async (request) => request.scoped((db) => getConsents(db, services, request.params.id)),
  );

  app.post(
    "/api/people/:id/consents",
    {
      config: { access: "case.write", action: "consent.record" },
      schema: {
        tags: ["people"],
        summary: "Record consent given, refused or withdrawn for one purpose (withdrawal applies at once)",
        params: idParams,
        body: consentInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addConsent(db, services, request.params.id, request.body))),
  );

  app.post(
    "/api/people/:id/merge",
    {
      config: { access: "case.write", action: "person.merge" },
      schema: {
        tags: ["people"],
        summary: "Merge another record of the same person into this one (reversible)",
        params: idParams,
        body: z.strictObject({ personId: z.uuid() }),
        response: { 200: z.object({ mergeId: z.uuid(), movedCases: z.number() }) },
      },
    },
    async (request) => request.scoped((db) => mergePeople(db, services, request.params.id, request.body.personId)),
  );

  app.post(
    "/api/person-merges/:id/undo",
    {
      config: { access: "case.write", action: "person.merge_undo" },
      schema: {
        tags: ["people"],
        summary: "Undo a merge: the cases go back to the record they came from",
        params: idParams,
        response: { 200: z.object({ restoredCases: z.number() }) },
      },
    },
    async (request) => request.scoped((db) => undoMerge(db, services, request.params.id)),
  );

  app.post(
    "/api/people/:id/erase",
    {
      config: { access: "person.erase", action: "person.erase" },
      schema: {
        tags: ["people"],
        summary: "Erase a person's identifying data on request; statistics keep counting the case",
        params: idParams,
        body: z.strictObject({ reason: plainText(500).min(3) }),
        response: { 200: z.object({ people: z.number(), cases: z.number(), keysDestroyed: z.number() }) },
      },
    },
    async (request) => request.scoped((db) => erasePerson(db, services, request.params.id, request.body.reason)),
  );
};
