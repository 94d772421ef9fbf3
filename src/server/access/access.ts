import type { Permission } from "../../shared/access/permissions.js";

/**
 * What a route requires. Every route declares one (an undeclared route stops the server at start):
 * - a permission from the catalogue;
 * - "signed_in": any user who has finished signing in (own account, own tokens);
 * - "sign_in_step": a session still in the second sign-in step (MFA code or enrolment);
 * - "public": nobody needs to be signed in (health, sign-in, the web app's files).
 */
export type Access = Permission | "signed_in" | "sign_in_step" | "public";
