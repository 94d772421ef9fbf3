import { z } from "zod";
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  FINDING_UNITS,
  MEETING_ROLES,
  REPORT_SECTIONS,
  RESEARCH_STATUSES,
  TRAINING_MODALITIES,
} from "../activities/vocab.js";
import { LANGUAGE_CODES } from "../htcds/index.js";
import { cursorParam, limitParam, plainText } from "./common.js";
import { listValue, listValueInput } from "./offices.js";
import { country, isoDate } from "./people.js";

/**
 * Activities: trainings, awareness and communication, coordination, guidance and tools, research and data
 * collection, each recorded once by an office for the month it ended in, and drawn into the situation report
 * and the 5W table. No personal data but a training's participant list, which is sealed and read apart.
 *
 * Cross-field rules (participants by sex add up to the total, distributed no more than printed, …) are
 * checked by the server and answered as 400 with the field's path, e.g. body.details.participants.female.
 */

/** A list code: built in (src/shared/activities/vocab.ts) or added by the organisation; checked by the server. */
const listCode = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/);
const count = z.number().int().min(0).max(100_000_000);
const languages = z.array(z.enum(LANGUAGE_CODES)).max(20);
const score = z.number().min(0).max(100);

export const trainingDetails = z.strictObject({
  topics: z.array(listCode).max(20).default([]),
  targetGroups: z.array(listCode).min(1).max(20),
  modality: z.enum(TRAINING_MODALITIES),
  /** Days the training ran, for a multi-day course. */
  durationDays: z.number().min(0.5).max(365).optional(),
  participants: z.strictObject({
    total: count,
    female: count,
    male: count,
    other: count.default(0),
  }),
  /** Participants by target group (profile); when given, the counts add up to participants.total. */
  byProfile: z
    .array(z.strictObject({ profile: listCode, count }))
    .max(30)
    .default([]),
  /** Average scores in per cent before and after, when tests were given. */
  preTestAverage: score.optional(),
  postTestAverage: score.optional(),
});

export const materialLine = z.strictObject({
  material: listCode,
  languages: languages.default([]),
  produced: count.optional(),
  printed: count.optional(),
  distributed: count.optional(),
});

export const awarenessDetails = z.strictObject({
  campaign: plainText(200).optional(),
  materials: z.array(materialLine).max(30).default([]),
  languages: languages.default([]),
  channels: z.array(listCode).max(20).default([]),
  reach: z
    .strictObject({
      peopleMet: count.optional(),
      views: count.optional(),
      impressions: count.optional(),
      /** Transport or broadcast spots shown. */
      spots: count.optional(),
    })
    .default({}),
});

export const coordinationDetails = z.strictObject({
  meetingType: listCode,
  role: z.enum(MEETING_ROLES),
  organisationsPresent: z.array(plainText(200).min(1)).max(100).default([]),
  /** How many organisations took part, when not all are named. */
  organisationCount: count.optional(),
  topics: z.array(listCode).max(20).default([]),
  followUps: plainText(4000).default(""),
});

export const guidanceVersion = z.strictObject({
  label: plainText(40).min(1),
  date: isoDate,
  note: plainText(1000).optional(),
});

export const guidanceDetails = z.strictObject({
  productType: listCode,
  languages: languages.default([]),
  versions: z.array(guidanceVersion).max(50).default([]),
});

export const finding = z.strictObject({
  text: plainText(1000).min(1),
  value: z.number().min(0).max(1_000_000_000).optional(),
  unit: z.enum(FINDING_UNITS).default("text"),
});

export const researchDetails = z.strictObject({
  method: listCode,
  sampleSize: count.optional(),
  /** When the data were collected, if not the activity's own dates. */
  collectedFrom: isoDate.optional(),
  collectedTo: isoDate.optional(),
  researchStatus: z.enum(RESEARCH_STATUSES),
  findings: z.array(finding).max(50).default([]),
});

/** The kind decides the details' shape. */
export const activityDetails = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("training"), training: trainingDetails }),
  z.strictObject({ kind: z.literal("awareness"), awareness: awarenessDetails }),
  z.strictObject({ kind: z.literal("coordination"), coordination: coordinationDetails }),
  z.strictObject({ kind: z.literal("guidance"), guidance: guidanceDetails }),
  z.strictObject({ kind: z.literal("research"), research: researchDetails }),
]);

export const participantEntry = z.strictObject({
  name: plainText(200).min(1),
  organisation: plainText(200).optional(),
  position: plainText(200).optional(),
  sex: z.enum(["female", "male", "other"]).optional(),
});

const activityFields = {
  officeId: z.uuid(),
  /** Defaults to the kind's section (DEFAULT_SECTION). */
  section: z.enum(REPORT_SECTIONS).optional(),
  title: plainText(300).min(1),
  /** The paragraph written for the report. */
  narrative: plainText(8000).default(""),
  partners: z.array(plainText(200).min(1)).max(50).default([]),
  country,
  admin1Pcode: plainText(20).nullable().optional(),
  place: plainText(200).nullable().optional(),
  startsOn: isoDate,
  endsOn: isoDate,
  /** A training's participants by name; sealed. Replaces the list when given; null removes it. */
  participantList: z.array(participantEntry).max(2000).nullable().optional(),
};

export const activityInput = z.strictObject({ ...activityFields, details: activityDetails });

/** A change: any field, with the version read (a change made meanwhile answers 409). Details replace whole. */
export const activityPatch = z.strictObject({
  officeId: activityFields.officeId.optional(),
  section: activityFields.section,
  title: activityFields.title.optional(),
  narrative: plainText(8000).optional(),
  partners: z.array(plainText(200).min(1)).max(50).optional(),
  country: country.optional(),
  admin1Pcode: activityFields.admin1Pcode,
  place: activityFields.place,
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  participantList: activityFields.participantList,
  details: activityDetails.optional(),
  version: z.number().int().min(1),
});

export const activityListQuery = z.object({
  /** Reporting months from and to, YYYY-MM. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  officeId: z.uuid().optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  section: z.enum(REPORT_SECTIONS).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  /** Words of the title, narrative or partners. */
  q: plainText(200).optional(),
  cursor: cursorParam,
  limit: limitParam,
});

export const activitySummary = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  section: z.enum(REPORT_SECTIONS),
  title: z.string(),
  country: z.string(),
  place: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** YYYY-MM */
  periodMonth: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  /** Whether the office's month is locked. */
  locked: z.boolean(),
  /** The activity's headline figure for lists: participants, distributed, reach, sample size … */
  headline: z.object({ key: z.string(), value: z.number() }).nullable(),
  updatedAt: z.string(),
});

export const photoSummary = z.object({
  id: z.uuid(),
  caption: z.string(),
  credit: z.string(),
  consent: z.enum(["people_shown_agreed", "nobody_recognisable"]),
  consentNote: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  /** GET this (same session) for the image. */
  url: z.string(),
});

export const fileSummary = z.object({
  id: z.uuid(),
  versionLabel: z.string(),
  language: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  url: z.string(),
});

export const activityDetail = activitySummary.extend({
  narrative: z.string(),
  partners: z.array(z.string()),
  admin1Pcode: z.string().nullable(),
  details: activityDetails,
  /** Whether a participant list is kept, and how many names (the names are read apart). */
  participantListCount: z.number().nullable(),
  photos: z.array(photoSummary),
  files: z.array(fileSummary),
  submittedAt: z.string().nullable(),
  /** submittedBy, approvedBy, createdBy: the display name of the user (null when unknown or a system job). */
  submittedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  returnedReason: z.string().nullable(),
  createdBy: z.string().nullable(),
  version: z.number(),
  /** What the caller may do now: edit (draft, month open), submit, approve, return. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean() }),
});

/** Submit, approve: the version read. Return: also why. */
export const activityStep = z.strictObject({ version: z.number().int().min(1) });
export const activityReturn = z.strictObject({ version: z.number().int().min(1), reason: plainText(2000).min(1) });

/** Multipart fields sent with a photo file. */
export const photoFields = z.strictObject({
  caption: plainText(500).min(1),
  credit: plainText(200).min(1),
  consent: z.enum(["people_shown_agreed", "nobody_recognisable"]),
  consentNote: plainText(1000).optional(),
});

/** Multipart fields sent with a guidance product's file. */
export const fileFields = z.strictObject({
  versionLabel: plainText(40).min(1),
  language: z.enum(LANGUAGE_CODES).optional(),
});

/** GET /api/activities/:id/participants: a training's participant list (personal data; the read is audited). */
export const participantList = z.object({ items: z.array(participantEntry) });

/** GET /api/activity-lists: every list's built-in values and the organisation's own. */
export const activityLists = z.object({ items: z.array(listValue) });

/** PATCH /api/activity-lists/:id: retire (or bring back) an organisation's value, or change its labels. */
export const listValuePatch = z.strictObject({
  retired: z.boolean().optional(),
  labels: listValueInput.shape.labels.optional(),
});

/** Largest photo and guidance file accepted, in bytes. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const ACTIVITY_FILE_MAX_BYTES = 20 * 1024 * 1024;

export type ActivityDetails = z.infer<typeof activityDetails>;
export type ActivityInput = z.input<typeof activityInput>;
export type ActivityPatch = z.input<typeof activityPatch>;
export type ActivityListQuery = z.infer<typeof activityListQuery>;
export type ActivitySummary = z.infer<typeof activitySummary>;
export type ActivityDetail = z.infer<typeof activityDetail>;
export type PhotoSummary = z.infer<typeof photoSummary>;
export type TrainingDetails = z.infer<typeof trainingDetails>;
export type AwarenessDetails = z.infer<typeof awarenessDetails>;
export type FileSummary = z.infer<typeof fileSummary>;
export type ParticipantEntry = z.infer<typeof participantEntry>;
export type ListValuePatch = z.infer<typeof listValuePatch>;
