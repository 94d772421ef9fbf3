import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { passwordReset, team, teamInput, user, userCreated, userInput, userPatch } from "../../../shared/api/admin.js";
import { cursorParam, limitParam, page, plainText } from "../../../shared/api/common.js";
import { createTeam, listTeams } from "./teams.service.js";
import { createUser, getUser, listUsers, resetMfa, resetPassword, updateUser } from "./users.service.js";

const idParams = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/users",
    {
      config: { access: "user.read", action: "user.list" },
      schema: {
        tags: ["users"],
        summary: "Users of the caller's organisation (any organisation for a deployment administrator)",
        querystring: z.strictObject({
          q: plainText(100).optional(),
          organisationId: z.uuid().optional(),
          limit: limitParam,
          cursor: cursorParam,
        }),
        response: { 200: page(user) },
      },
    },
    async (request) => request.scoped((db) => listUsers(db, request.query)),
  );

  app.post(
    "/api/users",
    {
      config: { access: "user.manage", action: "user.create" },
      schema: {
        tags: ["users"],
        summary: "Create a user; the temporary password is in this response only",
        body: userInput,
        response: { 201: userCreated },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createUser(db, request.body))),
  );

  app.get(
    "/api/users/:id",
    {
      config: { access: "user.read", action: "user.read" },
      schema: { tags: ["users"], summary: "One user", params: idParams, response: { 200: user } },
    },
    async (request) => request.scoped((db) => getUser(db, request.params.id)),
  );

  app.patch(
    "/api/users/:id",
    {
      config: { access: "user.manage", action: "user.update" },
      schema: {
        tags: ["users"],
        summary: "Change roles, team, language, or disable a user",
        params: idParams,
        body: userPatch,
        response: { 200: user },
      },
    },
    async (request) => request.scoped((db) => updateUser(db, request.params.id, request.body)),
  );

  app.post(
    "/api/users/:id/reset-password",
    {
      config: { access: "user.manage", action: "user.reset_password" },
      schema: {
        tags: ["users"],
        summary: "Set a new temporary password and end the user's sessions",
        params: idParams,
        response: { 200: passwordReset },
      },
    },
    async (request) => request.scoped((db) => resetPassword(db, request.params.id)),
  );

  app.post(
    "/api/users/:id/reset-mfa",
    {
      config: { access: "user.manage", action: "user.reset_mfa" },
      schema: {
        tags: ["users"],
        summary: "Remove the user's authenticator (lost phone)",
        params: idParams,
        response: { 200: ok },
      },
    },
    async (request) => {
      await request.scoped((db) => resetMfa(db, request.params.id));
      return { ok: true as const };
    },
  );

  app.get(
    "/api/teams",
    {
      config: { access: "user.read", action: "team.list" },
      schema: {
        tags: ["users"],
        summary: "Teams of an organisation",
        querystring: z.strictObject({ organisationId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(team) }) },
      },
    },
    async (request) => request.scoped((db) => listTeams(db, request.query.organisationId)),
  );

  app.post(
    "/api/teams",
    {
      config: { access: "user.manage", action: "team.create" },
      schema: { tags: ["users"], summary: "Create a team", body: teamInput, response: { 201: team } },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createTeam(db, request.body))),
  );
};
