import type { z } from "zod";
import type { assistanceTypeInput, assistanceTypePatch } from "../../../shared/api/assistance.js";
import { api } from "../../api/client.js";
import { useCaseMutation } from "../cases/case-api.js";
import type { AssistanceTypeItem } from "../cases/case-types.js";

export type AssistanceTypeInput = z.input<typeof assistanceTypeInput>;
export type AssistanceTypePatch = z.input<typeof assistanceTypePatch>;

const typePath = (code: string) => `/api/assistance-types/${encodeURIComponent(code)}`;

/** The catalogue is read under the cases key, so a change shows at once in every assistance form. */
export function useCreateAssistanceType(onDone: (item: AssistanceTypeItem) => void) {
  return useCaseMutation(
    (body: AssistanceTypeInput) => api.post<AssistanceTypeItem>("/api/assistance-types", body),
    onDone,
  );
}

export function useUpdateAssistanceType(onDone: (item: AssistanceTypeItem) => void) {
  return useCaseMutation(
    ({ code, patch }: { code: string; patch: AssistanceTypePatch }) =>
      api.patch<AssistanceTypeItem>(typePath(code), patch),
    onDone,
  );
}

/** A code suggested from the English name: "Baby food" → "baby_food". */
export function suggestCode(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 41);
  return slug.replace(/_+$/, "");
}
