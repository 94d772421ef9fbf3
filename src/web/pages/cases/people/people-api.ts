import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { casePersonInput } from "../../../../shared/api/cases.js";
import { api } from "../../../api/client.js";
import { casePath, useCaseMutation } from "../case-api.js";
import type { PersonMatch } from "../case-types.js";

export type CasePersonInput = z.input<typeof casePersonInput>;

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/**
 * People found by name (any spelling or script), birth date, phone, document or case number. The text
 * travels in a POST body, never in an address, and the answers are not kept longer than the page needs.
 */
export function usePeopleSearch(text: string) {
  const query = text.trim();
  const [debounced] = useDebouncedValue(query, 400);
  const asked = debounced.length >= 2;
  const result = useQuery({
    queryKey: ["people", "search", debounced],
    queryFn: () => api.post<{ items: PersonMatch[] }>("/api/people/search", { query: debounced, limit: 20 }),
    enabled: asked,
    placeholderData: keepPreviousData,
    gcTime: 30_000,
    staleTime: 30_000,
  });
  const settled = debounced === query;
  return {
    ...result,
    asked: query.length >= 2,
    searching: query.length >= 2 && (!settled || result.isFetching),
    items: asked && settled ? (result.data?.items ?? []) : [],
  };
}

/** Links a person to the case with a role, or changes the role context of one already linked. */
export function useSaveCasePerson(caseId: string, onDone?: () => void) {
  return useCaseMutation(
    (body: CasePersonInput) => api.post<{ personId: string }>(`${casePath(caseId)}/people`, body),
    onDone,
  );
}

/** Takes a person off the case, with a reason (not the case's main person). */
export function useRemoveCasePerson(caseId: string, onDone?: () => void) {
  return useCaseMutation(
    (body: { personId: string; reason: string; version: number }) =>
      api.post<{ version: number }>(`${casePath(caseId)}/people/remove`, body),
    onDone,
  );
}

export interface MergeResult {
  mergeId: string;
  movedCases: number;
}

/** Merges another record of the same person into the one kept. */
export function useMergePerson(survivorId: string, onDone: (result: MergeResult) => void) {
  return useCaseMutation(
    (mergedId: string) => api.post<MergeResult>(`${personPath(survivorId)}/merge`, { personId: mergedId }),
    onDone,
  );
}

export function useUndoMerge(onDone: (result: { restoredCases: number }) => void) {
  return useCaseMutation(
    (mergeId: string) => api.post<{ restoredCases: number }>(`/api/person-merges/${encodeURIComponent(mergeId)}/undo`),
    onDone,
  );
}

export interface ErasureReport {
  people: number;
  cases: number;
  keysDestroyed: number;
}

export function useErasePerson(personId: string, onDone: (report: ErasureReport) => void) {
  return useCaseMutation(
    (reason: string) => api.post<ErasureReport>(`${personPath(personId)}/erase`, { reason }),
    onDone,
  );
}
