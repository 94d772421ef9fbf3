import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { type ActivityDetail, activityInput as activityInputSchema } from "../../../shared/api/activities.js";
import { systemActor } from "../../access/actor.js";
import { runScoped } from "../../access/scoped-db.js";
import type { Database } from "../../db/connect.js";
import { send, type TestSession } from "../../testing/http.js";
import { multipart, type Part, storedZip, tinyPdf, tinyPng } from "../case-records/case-records.fixture.js";
import { createActivity } from "./activity-write.service.js";
import { addFile } from "./files.service.js";
import { addListValue } from "./list-values.service.js";
import { addPhoto } from "./photos.service.js";

/*
 * Test helpers of activities: offices and locked months written straight into the database (their own API is
 * another capability's), activities of each kind, uploads.
 */

let officeCounter = 0;

/** A new office of the organisation, inserted as the tables' owner. */
export async function insertOffice(
  database: Database,
  organisationId: string,
  fields: { name?: string; retired?: boolean } = {},
): Promise<string> {
  officeCounter += 1;
  const row = await database.db
    .insertInto("offices")
    .values({
      organisation_id: organisationId,
      name: fields.name ?? `Activities office ${officeCounter} ${crypto.randomUUID().slice(0, 8)}`,
      country: "PL",
      admin1_name: null,
      admin1_pcode: null,
      city: "Warsaw",
      retired_at: fields.retired ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Locks an office's month (YYYY-MM) as an approval would, straight in the database. */
export async function lockMonth(database: Database, organisationId: string, officeId: string, month: string) {
  await database.db
    .insertInto("reporting_periods")
    .values({ organisation_id: organisationId, office_id: officeId, month: `${month}-01`, locked_at: new Date() })
    .onConflict((conflict) =>
      conflict.columns(["organisation_id", "office_id", "month"]).doUpdateSet({ locked_at: new Date() }),
    )
    .execute();
}

/** Valid details of each kind: the figures add up and every code is built in. */
export const DETAILS = {
  training: {
    kind: "training",
    training: {
      topics: ["identification", "referral"],
      targetGroups: ["border_guards"],
      modality: "in_person",
      participants: { total: 37, female: 20, male: 17, other: 0 },
      byProfile: [{ profile: "border_guards", count: 37 }],
      preTestAverage: 54,
      postTestAverage: 81,
    },
  },
  awareness: {
    kind: "awareness",
    awareness: {
      campaign: "Think Twice",
      materials: [{ material: "flyer", languages: ["uk", "ru"], produced: 12000, printed: 12000, distributed: 9500 }],
      channels: ["print", "public_transport"],
      reach: { spots: 1350000 },
    },
  },
  coordination: {
    kind: "coordination",
    coordination: {
      meetingType: "task_force",
      role: "co_chair",
      organisationsPresent: ["La Strada-Ukraine"],
      organisationCount: 18,
      topics: ["prevention"],
    },
  },
  guidance: {
    kind: "guidance",
    guidance: {
      productType: "indicator_list",
      languages: ["de", "uk"],
      versions: [{ label: "1.0", date: "2022-05-09" }],
    },
  },
  research: {
    kind: "research",
    research: {
      method: "interviews",
      sampleSize: 5311,
      collectedFrom: "2022-03-25",
      collectedTo: "2022-05-31",
      researchStatus: "in_progress",
      findings: [{ text: "Surveyed refugees who were women", value: 83, unit: "percent" }],
    },
  },
} as const;

export type FixtureKind = keyof typeof DETAILS;

/** A complete activity input of a kind, for an office, with any field replaced. */
export function activityInput(officeId: string, kind: FixtureKind, overrides: Record<string, unknown> = {}) {
  return {
    officeId,
    title: `Fixture ${kind}`,
    narrative: `What the ${kind} did.`,
    partners: ["Border Guard"],
    country: "PL",
    place: "Warsaw",
    startsOn: "2026-01-12",
    endsOn: "2026-01-13",
    details: structuredClone(DETAILS[kind]),
    ...overrides,
  };
}

export async function postActivity(app: FastifyInstance, session: TestSession, payload: unknown) {
  return send(app, { method: "POST", url: "/api/activities", session, payload });
}

/** Records an activity, failing loudly when that does not work. */
export async function recordActivity(
  app: FastifyInstance,
  session: TestSession,
  payload: unknown,
): Promise<ActivityDetail> {
  const response = await postActivity(app, session, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ActivityDetail;
}

/** A JPEG's first and last bytes: enough for detection by content. */
export const TINY_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);

export const TINY_DOCX = storedZip({
  "[Content_Types].xml": `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  "word/document.xml": "<w:document/>",
});

/** A photo with the given fields (a consent unless left out), as multipart. */
export function photoUpload(
  fields: Record<string, string> = { caption: "Training in Warsaw", credit: "Staff", consent: "people_shown_agreed" },
  file: Omit<Part, "name"> = { filename: "training.png", contentType: "image/png", content: tinyPng() },
) {
  const body = multipart([
    ...Object.entries(fields).map(([name, content]) => ({ name, content })),
    { name: "file", ...file },
  ]);
  return { payload: body.payload, headers: { "content-type": body.contentType } };
}

export function fileUpload(
  fields: Record<string, string> = { versionLabel: "1.0", language: "uk" },
  file: Omit<Part, "name"> = { filename: "indicators.pdf", contentType: "application/pdf", content: tinyPdf() },
) {
  return photoUpload(fields, file);
}

export function upload(
  app: FastifyInstance,
  session: TestSession,
  url: string,
  body: { payload: Buffer; headers: Record<string, string> },
): Promise<LightMyRequestResponse> {
  return send(app, { method: "POST", url, session, ...body });
}

/**
 * One record of each kind the activity routes name, in an organisation, for the permission suites: written
 * through the services as a system job of that organisation (no demo role there may write activities).
 */
export async function createActivityRecords(app: FastifyInstance, organisationId: string, label: string) {
  const { database, keyring } = app.services;
  const officeId = await insertOffice(database, organisationId, { name: `Activities fixture office ${label}` });
  const actor = systemActor("test-fixture", { organisationId });
  const info = { requestId: "test-fixture", clientIp: null, action: "test.fixture" };
  return runScoped(database, actor, info, async (db) => {
    const parse = (kind: FixtureKind, extra: Record<string, unknown> = {}) =>
      activityInputSchema.parse(activityInput(officeId, kind, extra));
    const training = await createActivity(
      db,
      keyring,
      parse("training", { participantList: [{ name: "Fixture Participant" }] }),
    );
    const guidance = await createActivity(db, keyring, parse("guidance"));
    const png = { bytes: tinyPng(), fileName: "fixture.png", declaredType: "image/png" };
    const photo = await addPhoto(db, keyring, training.id, png, "image/png", {
      caption: "Fixture",
      credit: "Fixture",
      consent: "nobody_recognisable",
    });
    const pdf = { bytes: tinyPdf(), fileName: "fixture.pdf", declaredType: "application/pdf" };
    const file = await addFile(db, keyring, guidance.id, pdf, "application/pdf", { versionLabel: "1.0" });
    const value = await addListValue(db, {
      list: "target_group",
      code: `fixture_${label.toLowerCase()}`,
      labels: { en: `Fixture ${label}` },
    });
    return {
      activity: training.id,
      activityPhoto: photo.id,
      activityFile: file.id,
      activityListValue: String(value.id),
    };
  });
}
