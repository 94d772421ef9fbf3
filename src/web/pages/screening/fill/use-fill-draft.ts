import { useEffect, useMemo, useState } from "react";
import type { Answers, AnswerValue } from "../../../../shared/forms/definition.js";
import { addInstance, type RepeatStep, removeInstance, setAnswer } from "./answer-paths.js";
import { clearFillDraft, draftKey, type FillDraft, loadFillDraft, newDraft, saveFillDraft } from "./fill-draft.js";

interface Options {
  formId: string;
  version: number;
  userId: string;
  /** The respondent language a new interview starts in. */
  startLanguage: string;
}

/** The interview in progress, kept in the tab's session storage on every change. */
export function useFillDraft({ formId, version, userId, startLanguage }: Options) {
  const key = draftKey(formId, version);
  const [restored] = useState(() => loadFillDraft(key, userId));
  const [draft, setDraft] = useState<FillDraft>(() => restored ?? newDraft(userId, startLanguage));
  useEffect(() => saveFillDraft(key, draft), [key, draft]);

  const actions = useMemo(() => {
    const answers = (change: (current: Answers) => Answers) =>
      setDraft((current) => ({ ...current, answers: change(current.answers) }));
    return {
      update: (next: Partial<FillDraft>) => setDraft((current) => ({ ...current, ...next })),
      setAnswer: (steps: readonly RepeatStep[], name: string, value: AnswerValue | undefined) =>
        answers((current) => setAnswer(current, steps, name, value)),
      addInstance: (steps: readonly RepeatStep[], name: string) =>
        answers((current) => addInstance(current, steps, name)),
      removeInstance: (steps: readonly RepeatStep[], name: string, index: number) =>
        answers((current) => removeInstance(current, steps, name, index)),
      /** Forgets the interview (saved, or thrown away) and starts a new one with a new client key. */
      reset: () => {
        clearFillDraft(key);
        setDraft((current) => newDraft(userId, current.respondentLanguage));
      },
      forget: () => clearFillDraft(key),
    };
  }, [key, userId]);

  return { draft, restored: restored !== null, ...actions };
}
