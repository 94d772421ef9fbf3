/**
 * The permission catalogue and the built-in roles. Shared with the web app so that navigation shows
 * only what a role may do; the server enforces the same table.
 */
export const PERMISSIONS = [
  "deployment.manage", // organisations of the whole deployment
  "organisation.read",
  "organisation.manage",
  "user.read",
  "user.manage",
  "audit.read",
  "audit.export",
  "case.read",
  "case.write",
  "case.share",
  "case.approve", // closure approval, return
  "case.assign", // ownership transfer within the organisation
  "case.import",
  "person.erase", // erasure on request (destroys the person's key)
  "vocabulary.manage", // the organisation's assistance catalogue and retention rule
  "screening.read",
  "screening.write",
  "form.read", // the organisation's screening forms (no personal data)
  "form.manage", // the organisation's screening forms: import, publish, retire
  "hotline.read",
  "hotline.write",
  "knowledge.read", // the operators' knowledge base: scripts, referral contacts, legal facts (no personal data)
  "knowledge.manage", // the operators' knowledge base: write, review, retire articles (no personal data)
  "directory.read", // the deployment's service directory (no personal data)
  "directory.manage", // the entries the organisation keeps in the directory: add, change, verify, retire, import
  "referral.read",
  "referral.write",
  "referral.receive",
  "activity.read",
  "activity.write",
  "activity.approve", // approve or return submitted activities; lock and unlock an office's month
  "activity.participants", // read a training's participant list (names: personal data)
  "report.read",
  "report.write",
  "aggregates.read",
  "personal_data.export",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Which records of a capability a role reaches: its own, its team's, its organisation's, or those shared with it. */
export type RecordScope = "own" | "team" | "organisation" | "shared" | "none";

export const ROLES = [
  "deployment_admin",
  "organisation_admin",
  "supervisor",
  "caseworker",
  "hotline_operator",
  "screener",
  "me_officer",
  "partner_caseworker",
  "auditor",
] as const;

export type Role = (typeof ROLES)[number];

interface RoleDefinition {
  permissions: readonly Permission[];
  recordScope: RecordScope;
}

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  deployment_admin: {
    permissions: [
      "deployment.manage",
      "organisation.read",
      "organisation.manage",
      "user.read",
      "user.manage",
      "audit.read",
    ],
    recordScope: "none",
  },
  organisation_admin: {
    permissions: [
      "organisation.read",
      "organisation.manage",
      "user.read",
      "user.manage",
      "audit.read",
      "aggregates.read",
      "vocabulary.manage",
      "form.read",
      "form.manage",
      "knowledge.read",
      "knowledge.manage",
      "directory.read",
      "directory.manage",
    ],
    recordScope: "none",
  },
  supervisor: {
    permissions: [
      "organisation.read",
      "user.read",
      "case.read",
      "case.write",
      "case.share",
      "case.approve",
      "case.assign",
      "case.import",
      "person.erase",
      "screening.read",
      "screening.write",
      "form.read",
      "form.manage",
      "hotline.read",
      "hotline.write",
      "knowledge.read",
      "knowledge.manage",
      "directory.read",
      "directory.manage",
      "referral.read",
      "referral.write",
      "referral.receive",
      "activity.read",
      "activity.write",
      "activity.approve",
      "activity.participants",
      "report.read",
      "report.write",
      "aggregates.read",
      "personal_data.export",
    ],
    recordScope: "organisation",
  },
  caseworker: {
    permissions: [
      "organisation.read",
      "case.read",
      "case.write",
      "case.share",
      "screening.read",
      "screening.write",
      "form.read",
      "knowledge.read",
      "directory.read",
      "referral.read",
      "referral.write",
      "referral.receive",
      "activity.read",
    ],
    recordScope: "team",
  },
  hotline_operator: {
    // Helpline cases belong to the hotline team: any operator of the team opens and carries them on.
    permissions: [
      "organisation.read",
      "hotline.read",
      "hotline.write",
      "knowledge.read",
      "directory.read",
      "case.read",
      "case.write",
      "referral.read",
      "referral.write",
    ],
    recordScope: "team",
  },
  screener: {
    permissions: [
      "organisation.read",
      "screening.read",
      "screening.write",
      "form.read",
      "directory.read",
      "referral.write",
    ],
    recordScope: "own",
  },
  me_officer: {
    permissions: [
      "organisation.read",
      "activity.read",
      "activity.write",
      "report.read",
      "report.write",
      "aggregates.read",
      "form.read",
      "directory.read",
    ],
    recordScope: "none",
  },
  partner_caseworker: {
    permissions: [
      "organisation.read",
      "directory.read",
      "referral.read",
      "referral.receive",
      "case.read",
      "case.write",
    ],
    recordScope: "shared",
  },
  auditor: {
    permissions: ["organisation.read", "user.read", "audit.read", "audit.export"],
    recordScope: "none",
  },
};

const SCOPE_BREADTH: Record<RecordScope, number> = { none: 0, shared: 1, own: 2, team: 3, organisation: 4 };

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_DEFINITIONS[role].permissions));
}

/** The broadest record scope among the roles; "shared" records stay reachable from every wider scope. */
export function recordScopeOf(roles: readonly Role[]): RecordScope {
  return roles.reduce<RecordScope>(
    (widest, role) =>
      SCOPE_BREADTH[ROLE_DEFINITIONS[role].recordScope] > SCOPE_BREADTH[widest]
        ? ROLE_DEFINITIONS[role].recordScope
        : widest,
    "none",
  );
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
