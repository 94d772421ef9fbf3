import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.js";
import type { Items, Organisation, Page, Team } from "../../api/types.js";

export const USERS_KEY = ["users"] as const;
export const TEAMS_KEY = ["teams"] as const;

/** Teams of one organisation; without an id the server answers for the person's own organisation. */
export function useTeams(organisationId: string | null | undefined) {
  return useQuery({
    queryKey: [...TEAMS_KEY, organisationId ?? "own"],
    queryFn: ({ signal }) => api.get<Items<Team>>("/api/teams", { organisationId }, signal),
  });
}

/** Organisations to choose from, for deployment administrators only; the first 200 are plenty to pick from. */
export function useOrganisationOptions(enabled: boolean) {
  return useQuery({
    queryKey: ["organisations", "options"],
    queryFn: ({ signal }) => api.get<Page<Organisation>>("/api/organisations", { limit: 200 }, signal),
    enabled,
    select: (page) => page.items.map((org) => ({ value: org.id, label: org.name })),
  });
}
