import type { FastifyInstance } from "fastify";
import { REPORT_SECTIONS } from "../../../shared/activities/vocab.js";
import type { SitrepDocument } from "../../../shared/api/sitrep.js";
import { systemActor } from "../../access/actor.js";
import { runScoped } from "../../access/scoped-db.js";
import { createSitrep } from "./sitrep.service.js";

/*
 * A situation report per organisation for the permission suites, drafted through the service as a system job
 * of that organisation (the suites' sessions there hold no report permission), and bodies that pass validation.
 */

export async function createSitrepRecords(app: FastifyInstance, organisationId: string): Promise<{ sitrep: string }> {
  const actor = systemActor("test-fixture", { organisationId });
  const info = { requestId: "test-fixture", clientIp: null, action: "test.fixture" };
  const made = await runScoped(app.services.database, actor, info, (db) =>
    createSitrep(db, { fromMonth: "2026-01", toMonth: "2026-01", officeIds: [], language: "en" }),
  );
  return { sitrep: made.id };
}

/** A document that passes validation: the six sections, nothing in them. */
export function blankSitrepDocument(): SitrepDocument {
  return {
    title: "Fixture report",
    fromMonth: "2026-01",
    toMonth: "2026-01",
    language: "en",
    offices: [],
    overview: "",
    headline: [],
    sections: REPORT_SECTIONS.map((key) => ({ key, intro: "", entries: [] })),
    missing: [],
    figuresAt: "2026-02-01T00:00:00.000Z",
  };
}

/** Bodies of the report's routes that pass validation, so that a cross-organisation call fails on the record. */
export function sitrepRecordBodies(): Record<string, unknown> {
  return {
    "PUT /api/sitreps/:id": { version: 1, document: blankSitrepDocument() },
    "POST /api/sitreps/:id/refresh": { version: 1 },
    "POST /api/sitreps/:id/publish": { version: 1 },
  };
}
