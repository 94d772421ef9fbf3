import type { Permission } from "../../shared/access/permissions.js";

export interface NavItem {
  to: string;
  label:
    | "nav.home"
    | "nav.cases"
    | "nav.approvals"
    | "nav.tasks"
    | "nav.referrals"
    | "nav.incomingReferrals"
    | "nav.screenings"
    | "nav.screeningFigures"
    | "nav.hotlineFigures"
    | "nav.referralFigures"
    | "nav.activities"
    | "nav.reportingPeriods"
    | "nav.offices"
    | "nav.sitreps"
    | "nav.hotline"
    | "nav.forms"
    | "nav.knowledge"
    | "nav.directory"
    | "nav.organisations"
    | "nav.users"
    | "nav.assistanceTypes"
    | "nav.audit"
    | "nav.account";
  /** Shown when the person holds any of these; an empty list means everyone who is signed in. */
  anyOf: readonly Permission[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home", anyOf: [] },
  { to: "/cases", label: "nav.cases", anyOf: ["case.read"] },
  { to: "/cases/approvals", label: "nav.approvals", anyOf: ["case.approve"] },
  { to: "/tasks", label: "nav.tasks", anyOf: ["case.read"] },
  { to: "/referrals", label: "nav.referrals", anyOf: ["referral.read"] },
  { to: "/referrals/incoming", label: "nav.incomingReferrals", anyOf: ["referral.receive"] },
  { to: "/screenings", label: "nav.screenings", anyOf: ["screening.read"] },
  { to: "/screenings/figures", label: "nav.screeningFigures", anyOf: ["aggregates.read"] },
  { to: "/hotline", label: "nav.hotline", anyOf: ["hotline.read"] },
  { to: "/hotline/figures", label: "nav.hotlineFigures", anyOf: ["aggregates.read"] },
  { to: "/referrals/figures", label: "nav.referralFigures", anyOf: ["aggregates.read"] },
  { to: "/activities", label: "nav.activities", anyOf: ["activity.read"] },
  { to: "/reporting-periods", label: "nav.reportingPeriods", anyOf: ["activity.read"] },
  { to: "/sitreps", label: "nav.sitreps", anyOf: ["report.read"] },
  { to: "/forms", label: "nav.forms", anyOf: ["form.read"] },
  { to: "/knowledge", label: "nav.knowledge", anyOf: ["knowledge.read"] },
  { to: "/directory", label: "nav.directory", anyOf: ["directory.read"] },
  { to: "/admin/organisations", label: "nav.organisations", anyOf: ["deployment.manage", "organisation.manage"] },
  { to: "/offices", label: "nav.offices", anyOf: ["organisation.manage"] },
  { to: "/admin/users", label: "nav.users", anyOf: ["user.read", "user.manage"] },
  { to: "/admin/assistance-types", label: "nav.assistanceTypes", anyOf: ["vocabulary.manage"] },
  { to: "/audit", label: "nav.audit", anyOf: ["audit.read"] },
  { to: "/account", label: "nav.account", anyOf: [] },
];

/**
 * The entry for a path: the longest one it starts with, so "/cases/approvals" marks the approval queue,
 * not the case list as well.
 */
export function activeNavItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) => (item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

export function allowedNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.anyOf.length === 0 || item.anyOf.some((p) => permissions.includes(p)));
}
