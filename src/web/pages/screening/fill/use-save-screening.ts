import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import type { ScreeningDetail } from "../../../../shared/api/screening.js";
import { api, isApiError } from "../../../api/client.js";
import { SCREENINGS_KEY } from "../screening-api.js";

export interface ScreeningBody {
  formId: string;
  formVersion: number;
  answers: Record<string, unknown>;
  screenedAt: string;
  location: { country: string | null; place: string | null; siteType: string | null };
  interviewLanguage: string | null;
  clientKey: string;
}

const ANSWERS = "body.answers.";

/** Problems the server found in the answers, by the engine's path ("body.answers.age" → "age"). */
export function answerProblems(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const field of error.fields) {
    if (!field.field.startsWith(ANSWERS)) continue;
    const path = field.field.slice(ANSWERS.length);
    out[path] ??= field.message;
  }
  return out;
}

/** Saves the screening, then opens its page; the same client key again is the same screening. */
export function useSaveScreening(onSaved: () => void) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: ScreeningBody) => api.post<ScreeningDetail>("/api/screenings", body),
    onSuccess: (saved) => {
      onSaved();
      queryClient.setQueryData([...SCREENINGS_KEY, "detail", saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: SCREENINGS_KEY });
      void navigate(`/screenings/${saved.id}`);
    },
  });
}
