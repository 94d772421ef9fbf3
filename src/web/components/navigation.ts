import type { Permission } from "../../shared/access/permissions.js";

export interface NavItem {
  to: string;
  label: "nav.home" | "nav.organisations" | "nav.users" | "nav.audit" | "nav.account";
  /** Shown when the person holds any of these; an empty list means everyone who is signed in. */
  anyOf: readonly Permission[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home", anyOf: [] },
  { to: "/admin/organisations", label: "nav.organisations", anyOf: ["deployment.manage", "organisation.manage"] },
  { to: "/admin/users", label: "nav.users", anyOf: ["user.read", "user.manage"] },
  { to: "/audit", label: "nav.audit", anyOf: ["audit.read"] },
  { to: "/account", label: "nav.account", anyOf: [] },
];

export function allowedNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.anyOf.length === 0 || item.anyOf.some((p) => permissions.includes(p)));
}
