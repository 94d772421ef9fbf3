import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  attachment,
  caseTaskListQuery,
  note,
  noteInput,
  pageQuery,
  task,
  taskInput,
  taskListQuery,
  taskPatch,
} from "../../../shared/api/case-records.js";
import { page } from "../../../shared/api/common.js";
import { detectMediaType } from "./attachment-type.js";
import { installUploadErrorMapping, MULTIPART_LIMITS, readUpload } from "./attachment-upload.js";
import { addAttachment, downloadAttachment, listAttachments } from "./attachments.service.js";
import { attachmentDisposition } from "./content-disposition.js";
import { addNote, listNotes } from "./notes.service.js";
import { listTasks } from "./task-list.service.js";
import { addTask, listCaseTasks, updateTask } from "./tasks.service.js";

const idParams = z.object({ id: z.uuid() });
const UPLOAD_URL = "/api/cases/:id/attachments";

/** Notes, follow-up tasks and attachments of cases. */
export const caseRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  // Multipart parsing exists only inside this plugin: no other route accepts uploads.
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
  installUploadErrorMapping(app, UPLOAD_URL);

  app.get(
    "/api/cases/:id/notes",
    {
      config: { access: "case.read", action: "note.list" },
      schema: {
        tags: ["case records"],
        summary: "The case's notes, newest first",
        params: idParams,
        querystring: pageQuery,
        response: { 200: page(note) },
      },
    },
    async (request) => request.scoped((db) => listNotes(db, services, request.params.id, request.query)),
  );

  app.post(
    "/api/cases/:id/notes",
    {
      config: { access: "case.write", action: "note.add" },
      schema: {
        tags: ["case records"],
        summary: "Add a note (notes are never edited: a correction is a new note)",
        params: idParams,
        body: noteInput,
        response: { 201: note },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addNote(db, services, request.params.id, request.body))),
  );

  app.get(
    "/api/cases/:id/tasks",
    {
      config: { access: "case.read", action: "task.list" },
      schema: {
        tags: ["case records"],
        summary: "The case's follow-up tasks by due date",
        params: idParams,
        querystring: caseTaskListQuery,
        response: { 200: page(task) },
      },
    },
    async (request) => request.scoped((db) => listCaseTasks(db, services, request.params.id, request.query)),
  );

  app.post(
    "/api/cases/:id/tasks",
    {
      config: { access: "case.write", action: "task.add" },
      schema: {
        tags: ["case records"],
        summary: "Add a follow-up task to the case",
        params: idParams,
        body: taskInput,
        response: { 201: task },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addTask(db, services, request.params.id, request.body))),
  );

  app.patch(
    "/api/tasks/:id",
    {
      config: { access: "case.write", action: "task.update" },
      schema: {
        tags: ["case records"],
        summary: "Change a task's title, due date or assignee, or mark it done or not done",
        params: idParams,
        body: taskPatch,
        response: { 200: task },
      },
    },
    async (request) => request.scoped((db) => updateTask(db, services, request.params.id, request.body)),
  );

  app.get(
    "/api/tasks",
    {
      config: { access: "case.read", action: "task.worklist" },
      schema: {
        tags: ["case records"],
        summary: "Tasks across the cases the caller reaches: own, the team's or all; optionally only overdue ones",
        querystring: taskListQuery,
        response: { 200: page(task) },
      },
    },
    async (request) => request.scoped((db) => listTasks(db, services, request.query)),
  );

  app.get(
    "/api/cases/:id/attachments",
    {
      config: { access: "case.read", action: "attachment.list" },
      schema: {
        tags: ["case records"],
        summary: "The case's attachments (name, type, size, who uploaded them), newest first",
        params: idParams,
        querystring: pageQuery,
        response: { 200: page(attachment) },
      },
    },
    async (request) => request.scoped((db) => listAttachments(db, services, request.params.id, request.query)),
  );

  app.post(
    UPLOAD_URL,
    {
      config: { access: "case.write", action: "attachment.add" },
      schema: {
        tags: ["case records"],
        summary:
          "Upload one file (multipart/form-data, part `file`, at most 10 MiB); its type is decided by its content",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: { 201: attachment },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const mediaType = await detectMediaType(upload.bytes, upload.declaredType, upload.fileName);
      const stored = await request.scoped((db) => addAttachment(db, services, request.params.id, upload, mediaType));
      return reply.status(201).send(stored);
    },
  );

  app.get(
    "/api/attachments/:id",
    {
      config: { access: "case.read", action: "attachment.download" },
      schema: { tags: ["case records"], summary: "Download an attachment's content", params: idParams },
    },
    async (request, reply) => {
      const file = await request.scoped((db) => downloadAttachment(db, services, request.params.id));
      return reply
        .header("content-type", file.mediaType === "text/plain" ? "text/plain; charset=utf-8" : file.mediaType)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .send(file.content);
    },
  );
};
