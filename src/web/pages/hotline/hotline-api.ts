import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ContactDetail,
  ContactInput,
  ContactSummary,
  callerLookup,
  escalationInput,
  followUp,
  topic,
} from "../../../shared/api/hotline.js";
import { api } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import type { Items, Page } from "../../api/types.js";

export type CallerLookup = z.infer<typeof callerLookup>;
export type FollowUp = z.infer<typeof followUp>;
export type Topic = z.infer<typeof topic>;
export type Escalation = z.infer<typeof escalationInput>;
export type { ContactDetail, ContactSummary };

/** Every hotline query starts with this key: a save anywhere refreshes the lists, queues and contact pages. */
export const HOTLINE_KEY = ["hotline"] as const;
export const contactKey = (id: string) => [...HOTLINE_KEY, "contact", id] as const;
export const contactPath = (id: string) => `/api/hotline/contacts/${encodeURIComponent(id)}`;

/** How often the home screen asks for calls the phone system put through: a ringing phone cannot wait long. */
const INCOMING_POLL_MS = 4000;

/** One contact. `fresh`: asked for again on mount, so that a form starts from what the server has now. */
export function useContact(id: string, fresh = true) {
  return useQuery({
    queryKey: contactKey(id),
    queryFn: ({ signal }) => api.get<ContactDetail>(contactPath(id), undefined, signal),
    refetchOnMount: fresh ? "always" : false,
  });
}

/** Contacts of one status, newest first; "mine" narrows to the operator's own. */
export function useContactList(status: "queued" | "draft" | "completed", options: { mine?: boolean; limit?: number }) {
  return useCursorList<ContactSummary>(
    [...HOTLINE_KEY, "list", status],
    "/api/hotline/contacts",
    { status, mine: options.mine ? "true" : undefined },
    { limit: options.limit ?? 20 },
  );
}

/**
 * The operator's unfinished contacts, asked for every few seconds: a call the phone system put through
 * arrives here as a new draft. Not polled while the tab is hidden; it asks again when the tab comes back.
 */
export function useMyDrafts() {
  return useQuery({
    queryKey: [...HOTLINE_KEY, "my-drafts"],
    queryFn: ({ signal }) =>
      api.get<Page<ContactSummary>>("/api/hotline/contacts", { status: "draft", mine: "true", limit: 50 }, signal),
    select: (page) => page.items,
    refetchInterval: INCOMING_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useFollowUps(when: "due" | "all") {
  return useCursorList<FollowUp>([...HOTLINE_KEY, "follow-ups"], "/api/hotline/follow-ups", { when }, { limit: 30 });
}

export function useTopics() {
  return useQuery({
    queryKey: [...HOTLINE_KEY, "topics"],
    queryFn: ({ signal }) => api.get<Items<Topic>>("/api/hotline/topics", undefined, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

/** Starts a contact as a draft. The client key makes a repeated click (or a retried request) one contact. */
export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactInput) => api.post<ContactDetail>("/api/hotline/contacts", body),
    onSuccess: (saved) => {
      queryClient.setQueryData(contactKey(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: [...HOTLINE_KEY, "list"] });
    },
  });
}

export function useFollowUpDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => api.patch<ContactDetail>(contactPath(contactId), { followUpDone: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HOTLINE_KEY }),
  });
}

/** Repeat caller: the number goes in the body, never in a URL that proxies and logs keep. */
export function useCallerLookup() {
  return useMutation({
    mutationFn: (number: string) => api.post<CallerLookup>("/api/hotline/lookup", { number }),
  });
}

/** Keeps the contact's cached copy current after an action on it, and the lists in step. */
function useContactAction<Body>(contactId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api.post<ContactDetail>(`${contactPath(contactId)}/${path}`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(contactKey(contactId), saved);
      return queryClient.invalidateQueries({ queryKey: [...HOTLINE_KEY, "list"] });
    },
  });
}

export const useLinkContact = (contactId: string) =>
  useContactAction<{ caseId?: string | null; personId?: string | null }>(contactId, "link");

export const useEscalate = (contactId: string) => useContactAction<Escalation>(contactId, "escalate");
