import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisation, organisationInput, organisationPatch } from "../../../shared/api/admin.js";
import { cursorParam, limitParam, page } from "../../../shared/api/common.js";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "./organisations.service.js";

const idParams = z.object({ id: z.uuid() });

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/organisations",
    {
      config: { access: "organisation.read", action: "organisation.list" },
      schema: {
        tags: ["organisations"],
        summary: "Organisations the caller may see (all of them for a deployment administrator)",
        querystring: z.strictObject({ limit: limitParam, cursor: cursorParam }),
        response: { 200: page(organisation) },
      },
    },
    async (request) => request.scoped((db) => listOrganisations(db, request.query)),
  );

  app.post(
    "/api/organisations",
    {
      config: { access: "deployment.manage", action: "organisation.create" },
      schema: {
        tags: ["organisations"],
        summary: "Create an organisation",
        body: organisationInput,
        response: { 201: organisation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => createOrganisation(db, app.services.keyring, request.body))),
  );

  app.get(
    "/api/organisations/:id",
    {
      config: { access: "organisation.read", action: "organisation.read" },
      schema: {
        tags: ["organisations"],
        summary: "One organisation",
        params: idParams,
        response: { 200: organisation },
      },
    },
    async (request) => request.scoped((db) => getOrganisation(db, request.params.id)),
  );

  app.patch(
    "/api/organisations/:id",
    {
      config: { access: "organisation.manage", action: "organisation.update" },
      schema: {
        tags: ["organisations"],
        summary: "Change an organisation",
        params: idParams,
        body: organisationPatch,
        response: { 200: organisation },
      },
    },
    async (request) => request.scoped((db) => updateOrganisation(db, request.params.id, request.body)),
  );
};
