import { useQuery } from "@tanstack/react-query";
import type { HotlineFigures } from "../../../shared/api/hotline-figures.js";
import { api } from "../../api/client.js";

/** The helpline figures of a period of local days (counts only; small cells come back as null). */
export function useHotlineFigures(query: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ["hotline", "figures", query],
    queryFn: ({ signal }) => api.get<HotlineFigures>("/api/hotline/figures", query, signal),
  });
}
