import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api } from "../../api/client.js";
import type { CaseIntake } from "../cases/case-types.js";
import type { IntakeDraft } from "../cases/intake-draft.js";
import { intakeFromScreening } from "../screening/intake-prefill.js";
import { contactPath } from "./hotline-api.js";

/**
 * Which contact the intake draft of this tab was filled from. Under the intake drafts' prefix, so that
 * signing out clears it with them.
 */
const markKey = (userId: string) => `safepath.intake.from-contact.${userId}`;

function readMark(userId: string): string | null {
  try {
    return window.sessionStorage.getItem(markKey(userId));
  } catch {
    return null;
  }
}

function writeMark(userId: string, contactId: string): void {
  try {
    window.sessionStorage.setItem(markKey(userId), contactId);
  } catch {
    // Without storage a reload fills the intake from the contact again, which is also right.
  }
}

/** The intake form's draft made from the server's case draft of a contact: the caller's name, number, e-mail. */
export function intakeFromContact(caseDraft: Partial<CaseIntake>, today: string): IntakeDraft {
  const draft = intakeFromScreening(caseDraft, today);
  const identity = caseDraft.person?.identity;
  if (caseDraft.personId || !identity) return draft;
  return {
    ...draft,
    person: { ...draft.person, phones: [...(identity.phones ?? [])], emails: [...(identity.emails ?? [])] },
  };
}

/**
 * On /cases/new?contact=<id>: fetches the case draft of the contact and hands it to the intake once.
 * A draft already restored from this same contact (after a reload) is kept as the operator left it.
 */
export function useContactPrefill(
  userId: string,
  contactId: string | null,
  hasRestoredDraft: boolean,
  today: string,
  apply: (draft: IntakeDraft) => void,
) {
  const keepRestored = useRef(contactId !== null && hasRestoredDraft && readMark(userId) === contactId);
  const applied = useRef(false);
  const query = useQuery({
    queryKey: ["hotline", "case-draft", contactId],
    queryFn: ({ signal }) =>
      api.get<Partial<CaseIntake>>(`${contactPath(contactId ?? "")}/case-draft`, undefined, signal),
    enabled: contactId !== null && userId !== "" && !keepRestored.current,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    if (!query.data || applied.current || !contactId) return;
    applied.current = true;
    writeMark(userId, contactId);
    apply(intakeFromContact(query.data, today));
  }, [query.data, contactId, userId, today, apply]);
  return { loading: query.isFetching, error: query.error };
}
