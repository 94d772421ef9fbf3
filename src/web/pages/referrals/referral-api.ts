import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  IncomingDetail,
  IncomingSummary,
  ReferralDetail,
  ReferralSummary,
} from "../../../shared/api/referrals.js";
import { api, isApiError, type QueryValue } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import { CASES_KEY, TASKS_KEY } from "../cases/case-api.js";

/** Every query about referrals starts with this key: any write refreshes lists, pages and the case tab. */
export const REFERRALS_KEY = ["referrals"] as const;

export const OUTGOING_PATH = "/api/referrals";
export const INCOMING_PATH = "/api/incoming-referrals";
export const outgoingPath = (id: string) => `${OUTGOING_PATH}/${encodeURIComponent(id)}`;
export const incomingPath = (id: string) => `${INCOMING_PATH}/${encodeURIComponent(id)}`;

/** A referral as either party reads it: what the shared parts of the pages need. */
export type AnyReferral = ReferralDetail | IncomingDetail;

export function useOutgoingList(filters: Record<string, QueryValue>, options: { enabled?: boolean } = {}) {
  return useCursorList<ReferralSummary>([...REFERRALS_KEY, "outgoing"], OUTGOING_PATH, filters, {
    limit: 25,
    ...options,
  });
}

export function useIncomingList(filters: Record<string, QueryValue>) {
  return useCursorList<IncomingSummary>([...REFERRALS_KEY, "incoming"], INCOMING_PATH, filters, { limit: 50 });
}

export function useOutgoing(id: string) {
  return useQuery({
    queryKey: [...REFERRALS_KEY, "outgoing-detail", id],
    queryFn: ({ signal }) => api.get<ReferralDetail>(outgoingPath(id), undefined, signal),
    enabled: id !== "",
  });
}

export function useIncoming(id: string) {
  return useQuery({
    queryKey: [...REFERRALS_KEY, "incoming-detail", id],
    queryFn: ({ signal }) => api.get<IncomingDetail>(incomingPath(id), undefined, signal),
    enabled: id !== "",
  });
}

export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/**
 * A write to a referral. Afterwards — and after a 409, when someone else changed it meanwhile — the referral,
 * the lists and the case (its history, its assistance, its tasks) are fetched again, so the page shows where
 * things stand now.
 */
export function useReferralWrite<TBody, TResult = unknown>(
  request: (body: TBody) => Promise<TResult>,
  onDone?: (result: TResult) => void,
) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: REFERRALS_KEY }),
      queryClient.invalidateQueries({ queryKey: CASES_KEY }),
      queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
    ]);
  return useMutation({
    mutationFn: request,
    onSuccess: async (result) => {
      await refresh();
      onDone?.(result);
    },
    onError: async (error) => {
      if (isConflict(error)) await refresh();
    },
  });
}

/** Posts a body to a referral's sub-path ("send", "status", "comments" …) on the sender's or receiver's side. */
export function postTo<T = AnyReferral>(base: string, part: string) {
  return (body: unknown) => api.post<T>(`${base}/${part}`, body);
}
