import type { CasePerson } from "../case-types.js";
import type { CasePersonInput } from "./people-api.js";

/** How a person other than the victim stands in the case: the relationship, and for a perpetrator the HTCDS per_ context. */
export interface LinkValues {
  relationship: string;
  perpetratorRoles: string[];
  roleDetails: string;
}

export const EMPTY_LINK: LinkValues = { relationship: "", perpetratorRoles: [], roleDetails: "" };

export function fromLink(entry: CasePerson): LinkValues {
  return {
    relationship: entry.relationship ?? "",
    perpetratorRoles: entry.perpetrator?.perpetratorRoles ?? [],
    roleDetails: entry.perpetrator?.roleDetails ?? "",
  };
}

/**
 * The part of a link a form sends. An emptied relationship is sent as "" rather than null: the server
 * keeps the stored relationship when none is given, and the person asked for it to go.
 */
export function toLink(
  values: LinkValues,
  role: string,
  linked: boolean,
): Pick<CasePersonInput, "relationship" | "perpetrator"> {
  return {
    relationship: values.relationship.trim() || (linked ? "" : null),
    ...(role === "perpetrator"
      ? {
          perpetrator: {
            perpetratorRoles: values.perpetratorRoles as NonNullable<
              CasePersonInput["perpetrator"]
            >["perpetratorRoles"],
            roleDetails: values.roleDetails.trim() || null,
          },
        }
      : {}),
  };
}
