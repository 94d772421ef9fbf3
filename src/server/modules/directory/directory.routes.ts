import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  directoryOrganisation,
  providerDetail,
  providerInput,
  providerListQuery,
  providerPatch,
  providerSummary,
  serviceDetail,
  serviceFilterQuery,
  serviceInput,
  serviceListQuery,
  serviceMap,
  servicePatch,
} from "../../../shared/api/directory.js";
import { listDirectoryOrganisations } from "./directory-organisations.js";
import { createProvider, getProvider, listProviders, updateProvider } from "./providers.service.js";
import { listServices, mapServices } from "./service-list.service.js";
import { createService, getService, updateService, verifyService } from "./services.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["directory"];
const KEEPER_ONLY =
  "Only the organisation that keeps the entry may change it; another organisation's entry answers 404. version must be the version read (else 409)";

/** The service directory: who helps with what, where, in which languages and for whom. */
export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/directory/providers",
    {
      config: { access: "directory.read", action: "directory.provider_list" },
      schema: {
        tags: TAGS,
        summary: "Providers of every organisation of the deployment, by name (q searches names)",
        querystring: providerListQuery,
        response: { 200: page(providerSummary) },
      },
    },
    async (request) => request.scoped((db) => listProviders(db, request.query)),
  );

  app.post(
    "/api/directory/providers",
    {
      config: { access: "directory.manage", action: "directory.provider_create" },
      schema: {
        tags: TAGS,
        summary:
          "Add a provider, kept by the caller's organisation. Its name must be new among the organisation's providers (else 409); memberOrganisationId must name an organisation of the deployment",
        body: providerInput,
        response: { 201: providerDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createProvider(db, request.body))),
  );

  app.get(
    "/api/directory/providers/:id",
    {
      config: { access: "directory.read", action: "directory.provider_read" },
      schema: {
        tags: TAGS,
        summary: "A provider with its services, whichever organisation keeps it",
        params: idParams,
        response: { 200: providerDetail },
      },
    },
    async (request) => request.scoped((db) => getProvider(db, request.params.id)),
  );

  app.patch(
    "/api/directory/providers/:id",
    {
      config: { access: "directory.manage", action: "directory.provider_update" },
      schema: {
        tags: TAGS,
        summary: `Change a provider; retiring it retires its services. ${KEEPER_ONLY}`,
        params: idParams,
        body: providerPatch,
        response: { 200: providerDetail },
      },
    },
    async (request) => request.scoped((db) => updateProvider(db, request.params.id, request.body)),
  );

  app.get(
    "/api/directory/services",
    {
      config: { access: "directory.read", action: "directory.service_list" },
      schema: {
        tags: TAGS,
        summary:
          "Search the directory: services by need (serviceType, any of a comma-separated list), place (country, region, city: where the service is or the area it serves), language, the eligibility of a person (age, sex, nationality, status), availability, provider, keeper, verification and text; by name, keyset pages",
        querystring: serviceListQuery,
        response: { 200: page(serviceDetail) },
      },
    },
    async (request) => request.scoped((db) => listServices(db, request.query)),
  );

  app.post(
    "/api/directory/services",
    {
      config: { access: "directory.manage", action: "directory.service_create" },
      schema: {
        tags: TAGS,
        summary: "Add a service to a provider the caller's organisation keeps",
        body: serviceInput,
        response: { 201: serviceDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createService(db, request.body))),
  );

  app.get(
    "/api/directory/services/:id",
    {
      config: { access: "directory.read", action: "directory.service_read" },
      schema: {
        tags: TAGS,
        summary: "A service, whichever organisation keeps it",
        params: idParams,
        response: { 200: serviceDetail },
      },
    },
    async (request) => request.scoped((db) => getService(db, request.params.id)),
  );

  app.patch(
    "/api/directory/services/:id",
    {
      config: { access: "directory.manage", action: "directory.service_update" },
      schema: {
        tags: TAGS,
        summary: `Change a service (its availability, say). ${KEEPER_ONLY}`,
        params: idParams,
        body: servicePatch,
        response: { 200: serviceDetail },
      },
    },
    async (request) => request.scoped((db) => updateService(db, request.params.id, request.body)),
  );

  app.post(
    "/api/directory/services/:id/verify",
    {
      config: { access: "directory.manage", action: "directory.service_verify" },
      schema: {
        tags: TAGS,
        summary:
          "Mark a service verified now by the caller: entries not verified for six months are flagged. Only the keeper may verify; another organisation's entry answers 404",
        params: idParams,
        response: { 200: serviceDetail },
      },
    },
    async (request) => request.scoped((db) => verifyService(db, request.params.id)),
  );

  app.get(
    "/api/directory/map",
    {
      config: { access: "directory.read", action: "directory.map" },
      schema: {
        tags: TAGS,
        summary:
          "A point for every located service passing the list's filters, at the service's coordinates or else its provider's",
        querystring: serviceFilterQuery,
        response: { 200: serviceMap },
      },
    },
    async (request) => request.scoped((db) => mapServices(db, request.query)),
  );

  app.get(
    "/api/directory/organisations",
    {
      config: { access: "directory.read", action: "directory.organisations" },
      schema: {
        tags: TAGS,
        summary:
          "The deployment's organisations by name (id and name only): what a provider's member organisation may be",
        response: { 200: z.object({ items: z.array(directoryOrganisation) }) },
      },
    },
    async (request) => ({ items: await request.scoped((db) => listDirectoryOrganisations(db)) }),
  );
};
