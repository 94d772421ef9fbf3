import type { Language } from "../../shared/i18n/languages.js";
import type { Services } from "../services.js";
import type { Access } from "./access.js";
import type { Actor } from "./actor.js";
import type { DeclaredRoute } from "./guard.js";
import type { ScopedDb } from "./scoped-db.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Required on every route: see Access. */
    access?: Access;
    /** Open to a user still signed in with a temporary password (changing it, own settings). */
    allowsTemporaryPassword?: boolean;
    /** Name of the action in the audit trail; defaults to "METHOD /path". */
    action?: string;
  }
  interface FastifyRequest {
    actor: Actor;
    language: Language;
    /** Runs fn in one transaction through the actor's scoped handle, with its audit entries. */
    scoped<T>(fn: (db: ScopedDb) => Promise<T>): Promise<T>;
  }
  interface FastifyInstance {
    services: Services;
    /** Every route with what it requires, as registered (for the permission map and its tests). */
    declaredRoutes: readonly DeclaredRoute[];
  }
}
