import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { team } from "../../../shared/api/admin.js";
import { officeDetail, officeInput, officePatch, teamOffice } from "../../../shared/api/offices.js";
import { createOffice, getOffice, listOffices, updateOffice } from "./offices.service.js";
import { assignTeamOffice } from "./team-office.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["offices"];

/** An organisation's offices (the units it reports by) and which office each team's records count for. */
export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/offices",
    {
      config: { access: "organisation.read", action: "office.list" },
      schema: {
        tags: TAGS,
        summary:
          "The organisation's offices with their teams, in report order (sortOrder, then name); retired ones only with includeRetired=true",
        querystring: z.strictObject({ includeRetired: z.enum(["true", "false"]).optional() }),
        response: { 200: z.object({ items: z.array(officeDetail) }) },
      },
    },
    async (request) => request.scoped((db) => listOffices(db, request.query)),
  );

  app.post(
    "/api/offices",
    {
      config: { access: "organisation.manage", action: "office.create" },
      schema: {
        tags: TAGS,
        summary:
          "Add an office. Its name must be new in the organisation, whatever its case (else 409). The first office becomes the main office; isMain: true moves the mark to the new office",
        body: officeInput,
        response: { 201: officeDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createOffice(db, request.body))),
  );

  app.get(
    "/api/offices/:id",
    {
      config: { access: "organisation.read", action: "office.read" },
      schema: {
        tags: TAGS,
        summary: "One office with the teams whose records count for it",
        params: idParams,
        response: { 200: officeDetail },
      },
    },
    async (request) => request.scoped((db) => getOffice(db, request.params.id)),
  );

  app.patch(
    "/api/offices/:id",
    {
      config: { access: "organisation.manage", action: "office.update" },
      schema: {
        tags: TAGS,
        summary:
          "Change or retire an office at the version read (else 409). isMain: true moves the main-office mark here; the main office keeps it until then and is not retired while other offices are active (409)",
        params: idParams,
        body: officePatch,
        response: { 200: officeDetail },
      },
    },
    async (request) => request.scoped((db) => updateOffice(db, request.params.id, request.body)),
  );

  app.put(
    "/api/teams/:id/office",
    {
      config: { access: "organisation.manage", action: "team.office_assign" },
      schema: {
        tags: TAGS,
        summary:
          "Which office the team's records (cases, screenings, hotline contacts, referrals) count for in reports: an active office of the organisation, or null for the main office",
        params: idParams,
        body: teamOffice,
        response: { 200: team },
      },
    },
    async (request) => request.scoped((db) => assignTeamOffice(db, request.params.id, request.body.officeId)),
  );
};
