import type { z } from "zod";
import type {
  auditEntry,
  auditQuery,
  organisation,
  organisationInput,
  organisationPatch,
  passwordReset,
  team,
  user,
  userCreated,
  userInput,
  userPatch,
} from "../../shared/api/admin.js";
import type {
  apiToken,
  createdToken,
  mfaEnrolResponse,
  mfaState,
  recoveryCodesResponse,
  sessionResponse,
  signInResponse,
} from "../../shared/api/auth.js";

export type MfaState = z.infer<typeof mfaState>;
export type SignInResponse = z.infer<typeof signInResponse>;
export type MfaEnrolResponse = z.infer<typeof mfaEnrolResponse>;
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponse>;
export type ApiToken = z.infer<typeof apiToken>;
export type CreatedToken = z.infer<typeof createdToken>;

type SessionBase = z.infer<typeof sessionResponse>;
/**
 * The shared schema does not (yet) carry lastSignInAt; the contract promises it, so the web app reads it
 * as optional and shows nothing when it is absent.
 */
export type Session = Omit<SessionBase, "user"> & {
  user: SessionBase["user"] & { lastSignInAt?: string | null };
};
export type SessionUser = Session["user"];

export type Organisation = z.infer<typeof organisation>;
export type OrganisationInput = z.input<typeof organisationInput>;
export type OrganisationPatch = z.input<typeof organisationPatch>;
export type Team = z.infer<typeof team>;
export type User = z.infer<typeof user>;
export type UserInput = z.input<typeof userInput>;
export type UserPatch = z.input<typeof userPatch>;
export type UserCreated = z.infer<typeof userCreated>;
export type PasswordReset = z.infer<typeof passwordReset>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditOutcome = AuditEntry["outcome"];
/** Filters as the page holds them; limit and cursor are added by the pager. */
export type AuditFilters = Omit<z.input<typeof auditQuery>, "limit" | "cursor">;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Items<T> {
  items: T[];
}
