import "./access/fastify-augment.js";
import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { installGuard, requireDeclaredAccess } from "./access/guard.js";
import { installErrorHandler } from "./http/error-handler.js";
import { installJsonBodyParser } from "./http/json-body.js";
import { installWebApp } from "./http/web-app.js";
import { registerModules } from "./modules/index.js";
import type { Services } from "./services.js";

export interface AppOptions {
  /** false silences the logger (tests); otherwise the configured level. */
  logger?: false;
  /** Serve the built web app from dist/web (off in API tests). */
  web?: boolean;
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Query strings never reach the log: a search may hold a name. */
function requestForLog(request: { method: string; url: string }) {
  return { method: request.method, url: request.url.split("?")[0] };
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: services.config.logLevel, serializers: { req: requestForLog } },
    genReqId: () => randomUUID(),
    trustProxy: services.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    // On shutdown: idle keep-alive connections close at once, requests in flight finish first.
    forceCloseConnections: "idle",
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate("services", services);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("declaredRoutes", requireDeclaredAccess(app));
  installErrorHandler(app);
  installJsonBodyParser(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: services.config.trustProxy,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Safepath API",
        version: services.version,
        description: "Every operation lists the permission it needs as x-permission.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "safepath_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      return { ...transformed, schema: { ...transformed.schema, "x-permission": access } as typeof transformed.schema };
    },
  });

  installGuard(app);
  await registerModules(app);
  app.get(
    "/api/openapi.json",
    { config: { access: "public", action: "openapi.read" }, schema: { hide: true } },
    async () => app.swagger(),
  );
  if (options.web !== false) await installWebApp(app);
  return app;
}
