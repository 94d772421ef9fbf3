import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  sitrepCreate,
  sitrepDetail,
  sitrepListQuery,
  sitrepPublish,
  sitrepRefresh,
  sitrepSave,
  sitrepSummary,
} from "../../../shared/api/sitrep.js";
import { createSitrep, listSitreps } from "./sitrep.service.js";
import { readSitrep } from "./sitrep-read.service.js";
import { publishSitrep, refreshSitrep, saveSitrep } from "./sitrep-versions.service.js";

const idParams = z.object({ id: z.uuid() });
const readQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
const TAGS = ["sitreps"];
const VERSIONED =
  "version must be the current version (else 409 sitrep_stale_version); a published report is read-only (409 sitrep_published)";

/** Situation reports: drafted from the records and approved activities, edited, kept in versions, published. */
export const sitrepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/sitreps",
    {
      config: { access: "report.read", action: "sitrep.list" },
      schema: {
        tags: TAGS,
        summary: "The organisation's situation reports, the most recently changed first, keyset pages",
        querystring: sitrepListQuery,
        response: { 200: page(sitrepSummary) },
      },
    },
    async (request) => request.scoped((db) => listSitreps(db, request.query)),
  );

  app.post(
    "/api/sitreps",
    {
      config: { access: "report.write", action: "sitrep.create" },
      schema: {
        tags: TAGS,
        summary:
          "Draft a situation report for months and offices (none: every office not retired) in a language: headline figures and each office's figures computed from the records with small counts of people withheld, the six sections with one entry per office from its approved activities, and what could not be computed (missing). Kept as version 1. officeIds must be offices of the organisation (400 sitrep_unknown_office); toMonth must not be before fromMonth (400 before_start)",
        body: sitrepCreate,
        response: { 201: sitrepDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createSitrep(db, request.body))),
  );

  app.get(
    "/api/sitreps/:id",
    {
      config: { access: "report.read", action: "sitrep.read" },
      schema: {
        tags: TAGS,
        summary:
          "A situation report with the document of its current version, or of the version asked for (?version=N, 404 when there is none), and the list of its versions",
        params: idParams,
        querystring: readQuery,
        response: { 200: sitrepDetail },
      },
    },
    async (request) => request.scoped((db) => readSitrep(db, request.params.id, request.query.version)),
  );

  app.put(
    "/api/sitreps/:id",
    {
      config: { access: "report.write", action: "sitrep.save" },
      schema: {
        tags: TAGS,
        summary: `Save the edited document as a new version. Only its words are taken: the title, the overview, the sections' introductions and the entries' texts (entries matched by section and office); figures, offices, period and language stay as stored. ${VERSIONED}`,
        params: idParams,
        body: sitrepSave,
        response: { 200: sitrepDetail },
      },
    },
    async (request) => request.scoped((db) => saveSitrep(db, request.params.id, request.body)),
  );

  app.post(
    "/api/sitreps/:id/refresh",
    {
      config: { access: "report.write", action: "sitrep.refresh" },
      schema: {
        tags: TAGS,
        summary: `Compute the figures and entries anew from the records and approved activities, as a new version, keeping the title, the introductions, an edited overview and the edited texts of offices still in the report. ${VERSIONED}`,
        params: idParams,
        body: sitrepRefresh,
        response: { 200: sitrepDetail },
      },
    },
    async (request) => request.scoped((db) => refreshSitrep(db, request.params.id, request.body)),
  );

  app.post(
    "/api/sitreps/:id/publish",
    {
      config: { access: "report.write", action: "sitrep.publish" },
      schema: {
        tags: TAGS,
        summary: `Publish the current version; the report is read-only from then on. ${VERSIONED}`,
        params: idParams,
        body: sitrepPublish,
        response: { 200: sitrepDetail },
      },
    },
    async (request) => request.scoped((db) => publishSitrep(db, request.params.id, request.body)),
  );
};
