import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  BUILT_IN_TOPICS,
  CALLER_TYPES,
  CHANNELS,
  DIRECTIONS,
  OUTCOMES,
  SERVICES,
} from "../../../shared/hotline/vocab.js";
import { LANGUAGE_CODES, languageName } from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import { countryName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { type Topic, useTopics } from "./hotline-api.js";

export interface Option {
  value: string;
  label: string;
}

/**
 * Labels of the hotline's codes in the interface language, and the options of its pickers. Topics include
 * the organisation's own (labelled per language, falling back to English, then the code); retired ones are
 * labelled but not offered.
 */
export function useHotlineLabels() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const topics = useTopics();
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    const sorted = (items: Option[]) => items.sort((a, b) => collator.compare(a.label, b.label));
    const own = new Map<string, Topic>((topics.data ?? []).map((topic) => [topic.code, topic]));
    const topic = (code: string) =>
      own.get(code)?.labels[lang] ?? own.get(code)?.labels.en ?? t(`hotline.topic.${code}`, { defaultValue: code });
    const vocab = (list: string) => (code: string | null | undefined) =>
      code ? t(`hotline.${list}.${code}`, { defaultValue: code }) : "";
    const channel = vocab("channel");
    const callerType = vocab("callerType");
    const service = vocab("service");
    const outcome = vocab("outcome");
    return {
      lang,
      topic,
      channel,
      direction: vocab("direction"),
      callerType,
      service,
      outcome,
      escalation: vocab("escalation"),
      status: vocab("status"),
      language: (code: string | null | undefined) => (code ? languageName(code, lang) : ""),
      country: (code: string | null | undefined) => (code ? countryName(code, lang) : ""),
      channelOptions: CHANNELS.map((value) => ({ value, label: channel(value) })),
      directionOptions: DIRECTIONS.map((value) => ({ value, label: vocab("direction")(value) })),
      callerTypeOptions: CALLER_TYPES.map((value) => ({ value, label: callerType(value) })),
      serviceOptions: SERVICES.map((value) => ({ value, label: service(value) })),
      outcomeOptions: OUTCOMES.map((value) => ({ value, label: outcome(value) })),
      // The built-in topics until the organisation's list has arrived, so that the first call is not held up.
      topicOptions: (topics.data ?? BUILT_IN_TOPICS.map((code) => ({ code, retired: false })))
        .filter((item) => !item.retired)
        .map((item) => ({ value: item.code, label: topic(item.code) })),
      languageOptions: sorted(LANGUAGE_CODES.map((value) => ({ value, label: languageName(value, lang) }))),
      countryOptions: sorted(COUNTRY_CODES.map((value) => ({ value, label: countryName(value, lang) }))),
    };
  }, [t, lang, topics.data]);
}

export type HotlineLabels = ReturnType<typeof useHotlineLabels>;
