import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import type { SitrepCreate, SitrepDetail, SitrepDocument, SitrepSummary } from "../../../shared/api/sitrep.js";
import { api } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";

export const SITREPS_KEY = ["sitreps"] as const;
const detailKey = (id: string) => [...SITREPS_KEY, "detail", id] as const;

export function useSitrepList() {
  return useCursorList<SitrepSummary>([...SITREPS_KEY, "list"], "/api/sitreps", {});
}

/**
 * A report as saved. The editor copies it once and keeps its own working copy, so a background refetch
 * never moves words under a person's cursor; the copy is replaced only by what their own saves return.
 */
export function useSitrep(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api.get<SitrepDetail>(`/api/sitreps/${id}`, undefined, signal),
  });
}

/** An earlier version, read-only. The answer carries the version's document; nothing else is relied on. */
export function useSitrepVersion(id: string, version: number) {
  return useQuery({
    queryKey: [...detailKey(id), "version", version],
    queryFn: ({ signal }) =>
      api.get<{ document: SitrepDocument; savedAt?: string }>(`/api/sitreps/${id}`, { version }, signal),
    // A saved version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The organisation's offices for the picker; the server leaves retired ones out unless asked. */
export function useOffices() {
  return useQuery({
    queryKey: ["offices"],
    queryFn: async ({ signal }) => (await api.get<{ items: OfficeDetail[] }>("/api/offices", undefined, signal)).items,
    staleTime: 5 * 60_000,
  });
}

export function useCreateSitrep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SitrepCreate) => api.post<SitrepDetail>("/api/sitreps", input),
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...SITREPS_KEY, "list"] });
    },
  });
}

export type SitrepStep =
  | { kind: "save"; version: number; document: SitrepDocument; note?: string }
  | { kind: "refresh"; version: number }
  | { kind: "publish"; version: number };

/** Save, refresh and publish each answer with the report as it now is (a new version, or published). */
export function useSitrepStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: SitrepStep) => {
      switch (step.kind) {
        case "save":
          return api.put<SitrepDetail>(`/api/sitreps/${id}`, {
            version: step.version,
            document: step.document,
            ...(step.note ? { note: step.note } : {}),
          });
        case "refresh":
          return api.post<SitrepDetail>(`/api/sitreps/${id}/refresh`, { version: step.version });
        case "publish":
          return api.post<SitrepDetail>(`/api/sitreps/${id}/publish`, { version: step.version });
      }
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...SITREPS_KEY, "list"] });
    },
  });
}

/** Fetches the report as saved now, bypassing what is cached: after someone else saved a newer version. */
export function useFetchLatestSitrep(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: detailKey(id),
      queryFn: () => api.get<SitrepDetail>(`/api/sitreps/${id}`),
      staleTime: 0,
    });
}

export const EXPORT_FORMATS = ["html", "pdf", "docx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where a download of the report comes from: the current version, or the one named. */
export function exportUrl(id: string, format: ExportFormat, version?: number): string {
  return `/api/sitreps/${id}/export.${format}${version ? `?version=${version}` : ""}`;
}

export function photoUrl(activityId: string, photoId: string): string {
  return `/api/activities/${activityId}/photos/${photoId}`;
}
