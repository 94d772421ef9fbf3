import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PeriodSummary } from "../../../shared/api/offices.js";
import { api } from "../../api/client.js";
import type { Items } from "../../api/types.js";

export const PERIODS_KEY = ["reporting-periods"] as const;

/** Every office's state for one month: activities by status, locked or open, and the locks and unlocks. */
export function usePeriods(month: string) {
  return useQuery({
    queryKey: [...PERIODS_KEY, month],
    queryFn: ({ signal }) => api.get<Items<PeriodSummary>>("/api/reporting-periods", { month }, signal),
    select: (data) => data.items,
  });
}

export function usePeriodChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { action: "lock" | "unlock"; officeId: string; month: string; reason?: string }) => {
      const { action, ...body } = change;
      return api.post<unknown>(`/api/reporting-periods/${action}`, body);
    },
    onSuccess: async () => {
      // Locking changes what each activity of the month may do: its list and pages follow.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PERIODS_KEY }),
        queryClient.invalidateQueries({ queryKey: ["activities"] }),
      ]);
    },
  });
}

/** Whether a month can be locked: every activity of it approved (none at all counts as all). */
export function lockable(period: Pick<PeriodSummary, "counts" | "locked">): boolean {
  return !period.locked && period.counts.draft === 0 && period.counts.submitted === 0;
}
