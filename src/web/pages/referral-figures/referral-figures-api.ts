import { useQuery } from "@tanstack/react-query";
import type { ReferralFigureDirection, ReferralFigures } from "../../../shared/api/referral-figures.js";
import { api } from "../../api/client.js";

/** The referral figures of a period of local days, sent or received (counts only; small cells come back as null). */
export function useReferralFigures(query: { from?: string; to?: string; direction: ReferralFigureDirection }) {
  return useQuery({
    queryKey: ["referrals", "figures", query],
    queryFn: ({ signal }) => api.get<ReferralFigures>("/api/referrals/figures", query, signal),
  });
}
