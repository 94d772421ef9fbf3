import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { isLanguage, negotiateLanguage } from "../../shared/i18n/languages.js";
import type { Access } from "./access.js";
import { type Actor, ANONYMOUS, can } from "./actor.js";
import { authenticate } from "./authenticate.js";
import { AppError } from "./errors.js";
import { type RequestInfo, recordOutside, runScoped } from "./scoped-db.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-csrf-token";

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
  temporaryPassword: boolean;
}

/**
 * Every route registered from here on must say what it requires, or the server refuses to start.
 * Returns the list the routes are recorded in as they register.
 */
export function requireDeclaredAccess(app: FastifyInstance): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.addHook("onRoute", (route) => {
    const access = route.config?.access;
    if (!access) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare its access (config.access).`);
    }
    for (const method of [route.method].flat()) {
      declared.push({
        method,
        url: route.url,
        access,
        temporaryPassword: route.config?.allowsTemporaryPassword === true,
      });
    }
  });
  return declared;
}

export function requestInfo(request: FastifyRequest): RequestInfo {
  const config = request.routeOptions.config;
  return {
    requestId: String(request.id),
    clientIp: request.ip ?? null,
    action: config.action ?? `${request.method} ${request.routeOptions.url ?? "unknown"}`,
  };
}

/**
 * The access check of every request: who is calling, whether the route allows them, CSRF for cookie
 * sessions. Runs before the body is parsed, so an unauthorised caller learns nothing from validation.
 */
export function installGuard(app: FastifyInstance): void {
  // Fastify wants reference-type decorations set per request: onRequest below always sets it.
  app.decorateRequest("actor", null as unknown as Actor);
  app.decorateRequest("language", "en");
  app.decorateRequest("scoped", function scoped<T>(this: FastifyRequest, fn: Parameters<FastifyRequest["scoped"]>[0]) {
    const writes = !SAFE_METHODS.has(this.method);
    return runScoped(app.services.database, this.actor, requestInfo(this), fn, { defaultAudit: writes }) as Promise<T>;
  });

  app.addHook("onRequest", async (request) => {
    // Only the not-found handler has no declared access; it answers 404 to everyone.
    const access: Access = request.routeOptions.config.access ?? "public";
    request.actor =
      access === "public" && !request.url.startsWith("/api/") ? ANONYMOUS : await authenticate(app.services, request);
    const header = request.headers["accept-language"];
    request.language = header
      ? negotiateLanguage(header)
      : isLanguage(request.actor.locale)
        ? request.actor.locale
        : "en";
    if (access === "public") return;

    const denial = checkAccess(request, access);
    if (denial) {
      await recordOutside(app.services.database, request.actor, requestInfo(request), {
        action: requestInfo(request).action,
        outcome: "denied",
        detail: { code: denial.code },
      });
      throw denial;
    }
  });
}

function checkAccess(request: FastifyRequest, access: Access): AppError | undefined {
  const { actor } = request;
  if (actor.kind !== "user") return new AppError("unauthenticated");
  if (actor.via === "session" && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== "string" || !sameSecret(sent, actor.csrfToken ?? "")) return new AppError("csrf_failed");
  }
  // The second sign-in step is open to a session in any state; everything else needs it finished.
  if (access === "sign_in_step") return undefined;
  if (actor.mfaState && actor.mfaState !== "complete") return new AppError("mfa_required");
  if (actor.mustChangePassword && !request.routeOptions.config.allowsTemporaryPassword) {
    return new AppError("password_change_required");
  }
  if (access === "signed_in" || access === "public") return undefined;
  return can(actor, access) ? undefined : new AppError("forbidden");
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
