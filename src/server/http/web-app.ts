import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../dist/web");

/** Serves the built web app; any path that is not a file gets index.html so client routes work on reload. */
export async function installWebApp(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false, index: false });
  app.get(
    "/*",
    { config: { access: "public", action: "web.file" }, schema: { hide: true } },
    async (request, reply) => {
      const wanted = path.normalize(decodeURIComponent(request.url.split("?")[0] ?? "/")).replace(/^(\.\.[/\\])+/, "");
      if (wanted.startsWith("/api/")) return reply.callNotFound();
      const file = path.join(root, wanted);
      const isFile = file.startsWith(root) && (await stat(file).catch(() => undefined))?.isFile();
      if (isFile) {
        const immutable = wanted.startsWith("/assets/");
        return reply.sendFile(path.relative(root, file), { immutable, maxAge: immutable ? "365d" : 0 });
      }
      return reply.header("cache-control", "no-store").sendFile("index.html");
    },
  );
}
