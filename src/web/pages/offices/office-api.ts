import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OfficeDetail, OfficeInput, OfficePatch } from "../../../shared/api/offices.js";
import { api } from "../../api/client.js";
import type { Items } from "../../api/types.js";

export const OFFICES_KEY = ["offices"] as const;
const OFFICES_PATH = "/api/offices";
const officePath = (id: string) => `${OFFICES_PATH}/${encodeURIComponent(id)}`;

/** The organisation's offices in report order (retired ones too: old activities still name them). */
export function useOffices(enabled = true) {
  return useQuery({
    queryKey: OFFICES_KEY,
    queryFn: ({ signal }) => api.get<Items<OfficeDetail>>(OFFICES_PATH, undefined, signal),
    select: (data) => data.items,
    enabled,
    staleTime: 60_000,
  });
}

function useOfficeWrite<I, O>(write: (input: I) => Promise<O>, onDone?: (saved: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: OFFICES_KEY }),
        queryClient.invalidateQueries({ queryKey: ["reporting-periods"] }),
      ]);
      onDone?.(saved);
    },
  });
}

export const useCreateOffice = (onDone?: (saved: OfficeDetail) => void) =>
  useOfficeWrite((input: OfficeInput) => api.post<OfficeDetail>(OFFICES_PATH, input), onDone);

export const usePatchOffice = (id: string, onDone?: (saved: OfficeDetail) => void) =>
  useOfficeWrite((patch: OfficePatch) => api.patch<OfficeDetail>(officePath(id), patch), onDone);

/** Which office a team's records count for; null sends them to the main office. */
export const useTeamOffice = () =>
  useOfficeWrite(({ teamId, officeId }: { teamId: string; officeId: string | null }) =>
    api.put<unknown>(`/api/teams/${encodeURIComponent(teamId)}/office`, { officeId }),
  );
