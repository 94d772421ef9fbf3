import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      config: { access: "public", action: "health.read" },
      schema: {
        tags: ["system"],
        summary: "Liveness and database reachability",
        response: {
          200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgresql"]), version: z.string() }),
        },
      },
    },
    async () => {
      await sql`SELECT 1`.execute(app.services.database.db);
      return { status: "ok" as const, database: app.services.database.kind, version: app.services.version };
    },
  );
};
