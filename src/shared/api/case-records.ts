import { z } from "zod";
import { cursorParam, limitParam, plainText } from "./common.js";
import { isoDate } from "./people.js";

/**
 * Case notes (HTCDS cco_CaseComment), follow-up tasks and attachments. Their free text is sealed under
 * the case's key, so after erasure it reads as null.
 */

export const pageQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });

/** A note is never edited: a correction is a new note, so the record shows what was known when. */
export const noteInput = z.strictObject({ text: plainText(10000).min(1) });

export const note = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  /** Null once the case's identifying data was erased. */
  text: z.string().nullable(),
  authorUserId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

export const TASK_SCOPES = ["mine", "team", "all"] as const;
export const TASK_STATES = ["open", "done", "all"] as const;

export const taskInput = z.strictObject({
  title: plainText(500).min(1),
  dueOn: isoDate,
  /** Defaults to the person creating the task; null leaves it unassigned. */
  assigneeUserId: z.uuid().nullable().optional(),
});

export const taskPatch = z
  .strictObject({
    title: plainText(500).min(1).optional(),
    dueOn: isoDate.optional(),
    assigneeUserId: z.uuid().nullable().optional(),
    done: z.boolean().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "required" });

export const TASK_PRIORITIES = ["normal", "urgent"] as const;

export const task = z.object({
  id: z.uuid(),
  /** The case the task follows up; null for a task raised by a screening outside any case. */
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  screeningId: z.uuid().nullable(),
  /** The hotline contact that raised it (an escalation), outside any case. */
  contactId: z.uuid().nullable(),
  priority: z.enum(TASK_PRIORITIES),
  /** Null once the case's identifying data was erased. */
  title: z.string().nullable(),
  dueOn: z.string(),
  assigneeUserId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  /** Due before today and not done. */
  overdue: z.boolean(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
});

export const caseTaskListQuery = pageQuery.extend({ status: z.enum(TASK_STATES).default("all") });

export const taskListQuery = pageQuery.extend({
  /** mine: assigned to the caller; team: the caller's team's cases and members; all: every case the caller reaches. */
  scope: z.enum(TASK_SCOPES).default("mine"),
  status: z.enum(TASK_STATES).default("open"),
  overdue: z.stringbool().optional(),
});

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Media types an attachment may have, decided from its content (never from its name or declared type). */
export const ATTACHMENT_MEDIA_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
  "text/plain",
] as const;

export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const attachment = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  /** Null once the case's identifying data was erased. */
  fileName: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  uploadedBy: z.uuid().nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});

export type Note = z.infer<typeof note>;
export type Task = z.infer<typeof task>;
export type Attachment = z.infer<typeof attachment>;
