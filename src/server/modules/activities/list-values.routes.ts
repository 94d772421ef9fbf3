import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { activityLists, listValuePatch } from "../../../shared/api/activities.js";
import { listValue, listValueInput } from "../../../shared/api/offices.js";
import { addListValue, listActivityLists, updateListValue } from "./list-values.service.js";

const TAGS = ["activities"];

/** The open lists of activities: built-in values and the organisation's own. */
export const activityListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/activity-lists",
    {
      config: { access: "organisation.read", action: "activity.lists" },
      schema: {
        tags: TAGS,
        summary:
          "Every value of every activity list: the built-in ones (labels from the catalogues, labels null) and the organisation's own, retired ones included",
        response: { 200: activityLists },
      },
    },
    async (request) => request.scoped((db) => listActivityLists(db)),
  );

  app.post(
    "/api/activity-lists",
    {
      config: { access: "vocabulary.manage", action: "activity.list_value_add" },
      schema: {
        tags: TAGS,
        summary:
          "Add a value to a list, with its labels (English required). A code the list already has answers 409; a built-in code answers 400",
        body: listValueInput,
        response: { 201: listValue },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => addListValue(db, request.body))),
  );

  app.patch(
    "/api/activity-lists/:id",
    {
      config: { access: "vocabulary.manage", action: "activity.list_value_update" },
      schema: {
        tags: TAGS,
        summary:
          "Retire a value of the organisation (activities keep it, new ones cannot use it) or bring it back, or change its labels",
        params: z.object({ id: z.uuid() }),
        body: listValuePatch,
        response: { 200: listValue },
      },
    },
    async (request) => request.scoped((db) => updateListValue(db, request.params.id, request.body)),
  );
};
