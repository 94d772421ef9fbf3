import {
  type Permission,
  permissionsOf,
  type RecordScope,
  type Role,
  recordScopeOf,
} from "../../shared/access/permissions.js";
import type { MfaState } from "../db/schema.js";

/** Who is acting. Built once per request from the session or token, or named for system work. */
export interface Actor {
  readonly kind: "user" | "anonymous" | "system";
  readonly userId: string | null;
  readonly organisationId: string | null;
  readonly teamId: string | null;
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
  readonly recordScope: RecordScope;
  /** Written to the audit trail: "user:<id>", "anonymous", "system:<job>". */
  readonly label: string;
  readonly via: "session" | "token" | "none" | "system";
  readonly sessionId?: string;
  readonly mfaState?: MfaState;
  /** Signed in with a temporary password: only changing it (and own settings) is allowed. */
  readonly mustChangePassword?: boolean;
  /** The session's CSRF token, compared with the header of state-changing requests. */
  readonly csrfToken?: string;
  readonly locale: string;
}

export function userActor(input: {
  userId: string;
  organisationId: string;
  teamId: string | null;
  roles: readonly Role[];
  via: "session" | "token";
  sessionId?: string;
  mfaState?: MfaState;
  csrfToken?: string;
  mustChangePassword?: boolean;
  locale: string;
}): Actor {
  return {
    kind: "user",
    userId: input.userId,
    organisationId: input.organisationId,
    teamId: input.teamId,
    roles: input.roles,
    permissions: permissionsOf(input.roles),
    recordScope: recordScopeOf(input.roles),
    label: `user:${input.userId}`,
    via: input.via,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    ...(input.mfaState ? { mfaState: input.mfaState } : {}),
    ...(input.csrfToken ? { csrfToken: input.csrfToken } : {}),
    ...(input.mustChangePassword ? { mustChangePassword: true } : {}),
    locale: input.locale,
  };
}

export const ANONYMOUS: Actor = Object.freeze({
  kind: "anonymous",
  userId: null,
  organisationId: null,
  teamId: null,
  roles: [],
  permissions: new Set<Permission>(),
  recordScope: "none",
  label: "anonymous",
  via: "none",
  locale: "en",
});

/**
 * A named actor for jobs and commands; its name is what the audit trail shows. It acts inside one
 * organisation, or with the deployment administrator's permissions for setup work (demo data, first admin).
 */
export function systemActor(job: string, reach: { organisationId: string } | "deployment"): Actor {
  const deployment = reach === "deployment";
  return {
    ...ANONYMOUS,
    kind: "system",
    label: `system:${job}`,
    via: "system",
    organisationId: deployment ? null : reach.organisationId,
    roles: deployment ? ["deployment_admin"] : [],
    permissions: deployment ? permissionsOf(["deployment_admin"]) : new Set<Permission>(),
  };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function isDeploymentAdmin(actor: Actor): boolean {
  return actor.permissions.has("deployment.manage");
}
