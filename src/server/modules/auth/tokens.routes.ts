import { randomBytes } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Selectable } from "kysely";
import { z } from "zod";
import { apiToken, createdToken, createTokenBody } from "../../../shared/api/auth.js";
import { API_TOKEN_PREFIX, hashSecret } from "../../access/authenticate.js";
import { notFound } from "../../access/errors.js";
import type { ApiTokensTable } from "../../db/schema.js";

function toApi(row: Selectable<ApiTokensTable>) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Personal API tokens: carry the owner's permissions, shown once, stored as a hash, revocable. */
export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/auth/tokens",
    {
      config: { access: "signed_in", action: "auth.token_list" },
      schema: { tags: ["auth"], summary: "Own API tokens", response: { 200: z.object({ items: z.array(apiToken) }) } },
    },
    async (request) =>
      request.scoped(async (db) => {
        const rows = await db
          .selectFrom("api_tokens")
          .selectAll()
          .where("user_id", "=", db.actor.userId)
          .orderBy("created_at", "desc")
          .execute();
        return { items: rows.map(toApi) };
      }),
  );

  app.post(
    "/api/auth/tokens",
    {
      config: { access: "signed_in", action: "auth.token_create" },
      schema: {
        tags: ["auth"],
        summary: "Create an API token; the token is in this response only",
        body: createTokenBody,
        response: { 201: createdToken },
      },
    },
    async (request, reply) => {
      const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
      const created = await request.scoped(async (db) => {
        const days = request.body.expiresInDays;
        const row = await db
          .insertInto("api_tokens", [
            {
              organisation_id: db.organisationId,
              user_id: db.actor.userId,
              name: request.body.name,
              token_hash: hashSecret(token),
              prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
              expires_at: days ? new Date(Date.now() + days * 86_400_000) : null,
            },
          ])
          .returningAll()
          .executeTakeFirstOrThrow();
        db.audit({ action: "auth.token_create", recordType: "api_token", recordId: row.id });
        return row as Selectable<ApiTokensTable>;
      });
      return reply.status(201).send({ ...toApi(created), token });
    },
  );

  app.delete(
    "/api/auth/tokens/:id",
    {
      config: { access: "signed_in", action: "auth.token_revoke" },
      schema: {
        tags: ["auth"],
        summary: "Revoke an own API token",
        params: z.object({ id: z.uuid() }),
        response: { 200: apiToken },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        const row = await db
          .updateTable("api_tokens")
          .set({ revoked_at: new Date() })
          .where("id", "=", request.params.id)
          .where("user_id", "=", db.actor.userId)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound();
        db.audit({ action: "auth.token_revoke", recordType: "api_token", recordId: row.id });
        return toApi(row as Selectable<ApiTokensTable>);
      }),
  );
};
