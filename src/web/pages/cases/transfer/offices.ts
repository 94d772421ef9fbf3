import { useQuery } from "@tanstack/react-query";
import type { ProviderSummary } from "../../../../shared/api/directory.js";
import { api } from "../../../api/client.js";
import type { Page } from "../../../api/types.js";

export interface OfficeOption {
  value: string;
  label: string;
}

/**
 * The offices a case can be transferred to: directory entries that are organisations of this deployment, other
 * than the caller's own (the server answers "not_an_office" for anything else, so it is not offered).
 */
export function officeOptions(providers: readonly ProviderSummary[], ownOrganisationId: string): OfficeOption[] {
  return providers
    .filter((provider) => provider.memberOrganisationId && provider.memberOrganisationId !== ownOrganisationId)
    .map((provider) => ({
      value: provider.id,
      label: [provider.name, provider.city].filter(Boolean).join(", "),
    }));
}

/** Directory providers matching the typed words; the first 200 are plenty to choose an office from. */
export function useOffices(words: string, ownOrganisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["directory", "providers", "offices", words],
    queryFn: ({ signal }) =>
      api.get<Page<ProviderSummary>>(
        "/api/directory/providers",
        { limit: 200, ...(words ? { q: words } : {}) },
        signal,
      ),
    enabled,
    select: (page) => officeOptions(page.items, ownOrganisationId),
    placeholderData: (previous) => previous,
  });
}
