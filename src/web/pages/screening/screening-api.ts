import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormDetail, FormSummary, ScreeningDetail, ScreeningFigures } from "../../../shared/api/screening.js";
import { api } from "../../api/client.js";
import type { Items } from "../../api/types.js";

/** Every query about forms starts with this key: an import, publish or retire refreshes them all. */
export const FORMS_KEY = ["forms"] as const;
/** Every query about screenings starts with this key: a save or override refreshes lists and pages. */
export const SCREENINGS_KEY = ["screenings"] as const;

export const screeningPath = (id: string) => `/api/screenings/${encodeURIComponent(id)}`;
export const formPath = (id: string) => `/api/forms/${encodeURIComponent(id)}`;

export function useForms(enabled = true) {
  return useQuery({
    queryKey: [...FORMS_KEY, "list"],
    queryFn: ({ signal }) => api.get<Items<FormSummary>>("/api/forms", undefined, signal),
    select: (data) => data.items,
    enabled,
  });
}

/** A form version (the published one when no version is named) with its definition and scoring rules. */
export function useFormDetail(id: string, version?: number, enabled = true) {
  return useQuery({
    queryKey: [...FORMS_KEY, "detail", id, version ?? "published"],
    queryFn: ({ signal }) => api.get<FormDetail>(formPath(id), { version }, signal),
    enabled: enabled && id !== "",
    // A saved version never changes; the published one changes only by a publish, which invalidates.
    staleTime: version === undefined ? 60_000 : Number.POSITIVE_INFINITY,
  });
}

export function useScreening(id: string) {
  return useQuery({
    queryKey: [...SCREENINGS_KEY, "detail", id],
    queryFn: ({ signal }) => api.get<ScreeningDetail>(screeningPath(id), undefined, signal),
  });
}

export function useFigures(query: { from?: string; to?: string; formId?: string }) {
  return useQuery({
    queryKey: [...SCREENINGS_KEY, "figures", query],
    queryFn: ({ signal }) => api.get<ScreeningFigures>("/api/screenings/figures", query, signal),
  });
}

/** Records the screener's own judgement of the level; the computed level is kept beside it. */
export function useOverride(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { level: string; reason: string }) =>
      api.post<ScreeningDetail>(`${screeningPath(id)}/override`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData([...SCREENINGS_KEY, "detail", id], saved);
      return queryClient.invalidateQueries({ queryKey: SCREENINGS_KEY });
    },
  });
}
