import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.js";
import type { Items } from "../../api/types.js";
import type { CaseDetail, CaseTransition } from "./case-types.js";

/** Every query about cases starts with this key, so one invalidation refreshes lists, pages and tabs alike. */
export const CASES_KEY = ["cases"] as const;
export const TASKS_KEY = ["tasks"] as const;

export const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function caseKey(id: string) {
  return [...CASES_KEY, "detail", id] as const;
}

/** A list or record that belongs to one case: events, plans, notes … */
export function casePartKey(id: string, part: string) {
  return [...CASES_KEY, "part", id, part] as const;
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(casePath(id), undefined, signal),
  });
}

/** A list of a case's records answered as { items } (events, plans, assistance, history …). */
export function useCaseItems<T>(id: string, part: string, enabled = true) {
  return useQuery({
    queryKey: casePartKey(id, part),
    queryFn: ({ signal }) => api.get<Items<T>>(`${casePath(id)}/${part}`, undefined, signal),
    enabled,
  });
}

/** After any change the case's header, tabs and every list showing it are fetched again. */
export function useRefreshCases() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: CASES_KEY }),
      queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
    ]);
}

/** Moves a case through its workflow; the version guards against two people moving it at once. */
export function useTransition(id: string) {
  const refresh = useRefreshCases();
  return useMutation({
    mutationFn: (body: CaseTransition) =>
      api.post<{ stage: string; version: number }>(`${casePath(id)}/transition`, body),
    onSuccess: refresh,
  });
}

/** A mutation that saves something of a case and then refreshes what shows it. */
export function useCaseMutation<TBody, TResult = unknown>(
  request: (body: TBody) => Promise<TResult>,
  onDone?: (result: TResult) => void,
) {
  const refresh = useRefreshCases();
  return useMutation({
    mutationFn: request,
    onSuccess: async (result) => {
      await refresh();
      onDone?.(result);
    },
  });
}
