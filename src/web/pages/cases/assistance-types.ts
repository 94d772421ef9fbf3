import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { Items } from "../../api/types.js";
import { currentLanguage } from "../../i18n.js";
import { CASES_KEY } from "./case-api.js";
import type { AssistanceTypeItem } from "./case-types.js";
import type { Option } from "./vocab.js";

/**
 * The built-in assistance catalogue (labels from the translations) and the organisation's own types (labels
 * stored per language). Disabled types still label old records but are not offered for new ones.
 */
export function useAssistanceTypes() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const query = useQuery({
    queryKey: [...CASES_KEY, "assistance-types"],
    queryFn: ({ signal }) => api.get<Items<AssistanceTypeItem>>("/api/assistance-types", undefined, signal),
    staleTime: 5 * 60_000,
  });
  const items = query.data?.items ?? [];
  const labelOf = (item: AssistanceTypeItem) =>
    item.labelKey
      ? t(item.labelKey, { defaultValue: item.code })
      : (item.labels?.[lang] ?? item.labels?.en ?? item.code);
  const byCode = new Map(items.map((item) => [item.code, item]));
  const label = (code: string) => {
    const item = byCode.get(code);
    return item ? labelOf(item) : code;
  };
  const options: Option[] = items
    .filter((item) => !item.disabled)
    .map((item) => ({ value: item.code, label: labelOf(item) }));
  return { ...query, label, options };
}
