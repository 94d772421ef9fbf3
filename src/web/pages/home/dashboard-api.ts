import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Dashboard } from "../../../shared/api/dashboard.js";
import { api } from "../../api/client.js";

/** The home page's key figures; `since` left out, the server picks the start of the totals. */
export function useDashboard(since: string | undefined) {
  return useQuery({
    queryKey: ["dashboard", since ?? null],
    queryFn: ({ signal }) => api.get<Dashboard>("/api/dashboard", { since }, signal),
    // A new "since" date keeps the cards on screen until the new totals arrive.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
