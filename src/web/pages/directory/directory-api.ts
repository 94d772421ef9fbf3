import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  directoryOrganisation,
  ProviderDetail,
  ProviderInput,
  ProviderPatch,
  ProviderSummary,
  ServiceDetail,
  ServiceInput,
  ServicePatch,
  serviceMap,
} from "../../../shared/api/directory.js";
import { api, type QueryValue } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import type { Items } from "../../api/types.js";

export type ServiceMap = z.infer<typeof serviceMap>;
export type DirectoryOrganisation = z.infer<typeof directoryOrganisation>;

/** Every query about the directory starts with this key: any write refreshes lists, the map and entries. */
export const DIRECTORY_KEY = ["directory"] as const;

export const DIRECTORY_PATH = "/api/directory";
export const SERVICES_PATH = `${DIRECTORY_PATH}/services`;
export const PROVIDERS_PATH = `${DIRECTORY_PATH}/providers`;
export const servicePath = (id: string) => `${SERVICES_PATH}/${encodeURIComponent(id)}`;
export const providerPath = (id: string) => `${PROVIDERS_PATH}/${encodeURIComponent(id)}`;

export function useServiceList(filters: Record<string, QueryValue>, options: { enabled?: boolean } = {}) {
  return useCursorList<ServiceDetail>([...DIRECTORY_KEY, "services"], SERVICES_PATH, filters, {
    limit: 25,
    ...options,
  });
}

export function useProviderList(filters: Record<string, QueryValue>, options: { enabled?: boolean } = {}) {
  return useCursorList<ProviderSummary>([...DIRECTORY_KEY, "providers"], PROVIDERS_PATH, filters, {
    limit: 100,
    ...options,
  });
}

/**
 * Every located service matching the filters (up to the server's cap; `truncated` says more matched): the map
 * draws them all at once, so there is no paging.
 */
export function useServicePoints(filters: Record<string, QueryValue>) {
  return useQuery({
    queryKey: [...DIRECTORY_KEY, "map", filters],
    queryFn: ({ signal }) => api.get<ServiceMap>(`${DIRECTORY_PATH}/map`, filters, signal),
  });
}

/** The deployment's organisations, for naming the one a provider is (where referrals to it arrive). */
export function useDirectoryOrganisations(enabled = true) {
  return useQuery({
    queryKey: [...DIRECTORY_KEY, "organisations"],
    queryFn: ({ signal }) =>
      api.get<Items<DirectoryOrganisation>>(`${DIRECTORY_PATH}/organisations`, undefined, signal),
    select: (data) => data.items,
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useService(id: string) {
  return useQuery({
    queryKey: [...DIRECTORY_KEY, "service", id],
    queryFn: ({ signal }) => api.get<ServiceDetail>(servicePath(id), undefined, signal),
    enabled: id !== "",
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: [...DIRECTORY_KEY, "provider", id],
    queryFn: ({ signal }) => api.get<ProviderDetail>(providerPath(id), undefined, signal),
    enabled: id !== "",
  });
}

function useDirectoryWrite<I, O>(write: (input: I) => Promise<O>, onSaved?: (saved: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY });
      onSaved?.(saved);
    },
  });
}

/** Reloads every directory query: after a refused stale save, the form starts again from what is stored now. */
export function useRefreshDirectory() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY });
}

export const useCreateService = (onSaved?: (saved: ServiceDetail) => void) =>
  useDirectoryWrite((input: ServiceInput) => api.post<ServiceDetail>(SERVICES_PATH, input), onSaved);

export const usePatchService = (id: string, onSaved?: (saved: ServiceDetail) => void) =>
  useDirectoryWrite((patch: ServicePatch) => api.patch<ServiceDetail>(servicePath(id), patch), onSaved);

export const useVerifyService = (id: string, onSaved?: (saved: ServiceDetail) => void) =>
  useDirectoryWrite<void, ServiceDetail>(() => api.post<ServiceDetail>(`${servicePath(id)}/verify`), onSaved);

export const useCreateProvider = (onSaved?: (saved: ProviderDetail) => void) =>
  useDirectoryWrite((input: ProviderInput) => api.post<ProviderDetail>(PROVIDERS_PATH, input), onSaved);

export const usePatchProvider = (id: string, onSaved?: (saved: ProviderDetail) => void) =>
  useDirectoryWrite((patch: ProviderPatch) => api.patch<ProviderDetail>(providerPath(id), patch), onSaved);
