import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ActivityDetail,
  ActivityInput,
  ActivityPatch,
  ActivitySummary,
  FileSummary,
  ParticipantEntry,
  PhotoSummary,
} from "../../../shared/api/activities.js";
import type { ListValue } from "../../../shared/api/offices.js";
import { api, type QueryValue } from "../../api/client.js";
import { formWithFile, postForm } from "../../api/file-transfer.js";
import { useCursorList } from "../../api/paging.js";
import { useSession } from "../../api/session.js";
import type { Items } from "../../api/types.js";
import { currentLanguage } from "../../i18n.js";

/** Every query about activities starts with this key: any change refreshes lists, the activity and periods. */
export const ACTIVITIES_KEY = ["activities"] as const;

const ACTIVITIES_PATH = "/api/activities";
export const activityPath = (id: string) => `${ACTIVITIES_PATH}/${encodeURIComponent(id)}`;

export function useActivityList(filters: Record<string, QueryValue>) {
  return useCursorList<ActivitySummary>([...ACTIVITIES_KEY, "list"], ACTIVITIES_PATH, filters, { limit: 25 });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, "one", id],
    queryFn: ({ signal }) => api.get<ActivityDetail>(activityPath(id), undefined, signal),
    enabled: id !== "",
  });
}

/** The organisation's own values of the open lists (target groups, materials …), beside the built-in ones. */
export function useActivityLists() {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, "lists"],
    queryFn: ({ signal }) => api.get<Items<ListValue>>("/api/activity-lists", undefined, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

function useActivityWrite<I, O>(write: (input: I) => Promise<O>, onDone?: (saved: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      // Reporting periods count activities by status: they change with every step.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ACTIVITIES_KEY }),
        queryClient.invalidateQueries({ queryKey: ["reporting-periods"] }),
      ]);
      onDone?.(saved);
    },
  });
}

/**
 * Reloads activities, offices and reporting periods: after a save refused because of a change made
 * meanwhile, the page starts again from what is stored now.
 */
export function useRefreshActivities() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [ACTIVITIES_KEY, ["offices"], ["reporting-periods"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export const useCreateActivity = (onSaved?: (saved: ActivityDetail) => void) =>
  useActivityWrite((input: ActivityInput) => api.post<ActivityDetail>(ACTIVITIES_PATH, input), onSaved);

export const usePatchActivity = (id: string, onSaved?: (saved: ActivityDetail) => void) =>
  useActivityWrite((patch: ActivityPatch) => api.patch<ActivityDetail>(activityPath(id), patch), onSaved);

export type ActivityStepName = "submit" | "approve" | "return";

export const useActivityStep = (id: string, onDone?: (saved: ActivityDetail) => void) =>
  useActivityWrite(
    ({ step, version, reason }: { step: ActivityStepName; version: number; reason?: string }) =>
      api.post<ActivityDetail>(`${activityPath(id)}/${step}`, step === "return" ? { version, reason } : { version }),
    onDone,
  );

export interface PhotoUpload {
  file: File;
  caption: string;
  credit: string;
  consent: string;
  consentNote: string;
}

export function useUploadPhoto(id: string, onDone?: () => void) {
  const { data: session } = useSession();
  return useActivityWrite(
    ({ file, ...fields }: PhotoUpload) =>
      postForm<PhotoSummary>(`${activityPath(id)}/photos`, formWithFile(file, fields), {
        csrfToken: session?.csrfToken ?? null,
        language: currentLanguage(),
      }),
    onDone,
  );
}

export interface FileUpload {
  file: File;
  versionLabel: string;
  language: string;
}

export function useUploadFile(id: string, onDone?: () => void) {
  const { data: session } = useSession();
  return useActivityWrite(
    ({ file, ...fields }: FileUpload) =>
      postForm<FileSummary>(`${activityPath(id)}/files`, formWithFile(file, fields), {
        csrfToken: session?.csrfToken ?? null,
        language: currentLanguage(),
      }),
    onDone,
  );
}

export const useDeletePhoto = (id: string) =>
  useActivityWrite((photoId: string) => api.delete(`${activityPath(id)}/photos/${encodeURIComponent(photoId)}`));

export const useDeleteFile = (id: string) =>
  useActivityWrite((fileId: string) => api.delete(`${activityPath(id)}/files/${encodeURIComponent(fileId)}`));

/**
 * A training's participants by name. Read only when the person asks (the server records each reading in the
 * audit trail), never kept in the cache afterwards.
 */
export function useParticipants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, "participants", id],
    queryFn: ({ signal }) => api.get<Items<ParticipantEntry>>(`${activityPath(id)}/participants`, undefined, signal),
    select: (data) => data.items,
    enabled,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
}
