import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api } from "../../api/client.js";
import type { CaseIntake } from "../cases/case-types.js";
import { emptyDraft, type IntakeDraft } from "../cases/intake-draft.js";
import { EMPTY_PERSON } from "../cases/person-form.js";
import { screeningPath } from "./screening-api.js";

/**
 * Which screening the intake draft of this tab was filled from. Under the intake drafts' prefix, so that
 * signing out clears it with them.
 */
const markKey = (userId: string) => `safepath.intake.from-screening.${userId}`;

function readMark(userId: string): string | null {
  try {
    return window.sessionStorage.getItem(markKey(userId));
  } catch {
    return null;
  }
}

function writeMark(userId: string, screeningId: string): void {
  try {
    window.sessionStorage.setItem(markKey(userId), screeningId);
  } catch {
    // Without storage a reload fills the intake from the screening again, which is also right.
  }
}

/** The intake form's draft made from the server's case draft of a screening: checked and completed by hand. */
export function intakeFromScreening(caseDraft: Partial<CaseIntake>, today: string): IntakeDraft {
  const draft = emptyDraft(today);
  if (caseDraft.personId) {
    return {
      ...draft,
      step: "details",
      existing: { personId: caseDraft.personId, displayName: "", birthYear: null, caseNumbers: [] },
    };
  }
  const person = caseDraft.person;
  if (!person) return draft;
  return {
    ...draft,
    person: {
      ...EMPTY_PERSON,
      firstName: person.identity.firstName ?? "",
      secondName: person.identity.secondName ?? "",
      sex: person.sex ?? null,
      birthYear: person.birthYear == null ? "" : String(person.birthYear),
      birthYearEstimated: person.birthYearEstimated ?? false,
      citizenships: [...(person.citizenships ?? [])],
      primaryLanguage: person.primaryLanguage ?? null,
      vulnerabilityFlags: [...(person.vulnerabilityFlags ?? [])],
    },
  };
}

/**
 * On /cases/new?screening=<id>: fetches the case draft of the screening and hands it to the intake once.
 * A draft already restored from this same screening (after a reload) is kept as the caseworker left it.
 */
export function useScreeningPrefill(
  userId: string,
  screeningId: string | null,
  hasRestoredDraft: boolean,
  today: string,
  apply: (draft: IntakeDraft) => void,
) {
  const keepRestored = useRef(screeningId !== null && hasRestoredDraft && readMark(userId) === screeningId);
  const applied = useRef(false);
  const query = useQuery({
    queryKey: ["screenings", "case-draft", screeningId],
    queryFn: ({ signal }) =>
      api.get<Partial<CaseIntake>>(`${screeningPath(screeningId ?? "")}/case-draft`, undefined, signal),
    enabled: screeningId !== null && userId !== "" && !keepRestored.current,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    if (!query.data || applied.current || !screeningId) return;
    applied.current = true;
    writeMark(userId, screeningId);
    apply(intakeFromScreening(query.data, today));
  }, [query.data, screeningId, userId, today, apply]);
  return { loading: query.isFetching, error: query.error };
}
