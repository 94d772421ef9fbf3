import type { Choice, Group } from "../../../forms/definition.js";
import en from "../../../i18n/locales/screening/en.json" with { type: "json" };
import pl from "../../../i18n/locales/screening/pl.json" with { type: "json" };
import ro from "../../../i18n/locales/screening/ro.json" with { type: "json" };
import ru from "../../../i18n/locales/screening/ru.json" with { type: "json" };
import uk from "../../../i18n/locales/screening/uk.json" with { type: "json" };
import { DELPHI_LISTS, delphiIndicators } from "../../delphi/lists.js";
import { DELPHI_DIMENSIONS, DELPHI_LIST_IDS, type DelphiDimension, type DelphiListId } from "../../delphi/types.js";
import type { DelphiLink } from "../../scoring/schema.js";
import { group, INSTRUMENT_LANGUAGES, select, type Text } from "../text.js";

/**
 * The indicator questions come from the Delphi lists themselves and their text from the screening
 * catalogues, so the form, the rule and the translations cannot drift apart.
 */
type DelphiCatalogue = (typeof en)["screening"]["delphi"];
const DELPHI_TEXT: Record<(typeof INSTRUMENT_LANGUAGES)[number], DelphiCatalogue> = {
  en: en.screening.delphi,
  uk: uk.screening.delphi,
  ru: ru.screening.delphi,
  pl: pl.screening.delphi,
  ro: ro.screening.delphi,
};

function text(pick: (catalogue: DelphiCatalogue) => string | undefined, what: string): Text {
  const out = {} as Text;
  for (const language of INSTRUMENT_LANGUAGES) {
    const value = pick(DELPHI_TEXT[language]);
    if (value === undefined) throw new Error(`missing ${language} text for ${what}`);
    out[language] = value;
  }
  return out;
}

const PROMPT: Text = {
  en: "{dimension}: tick every indicator the information supports",
  uk: "{dimension}: позначте кожен індикатор, який підтверджує інформація",
  ru: "{dimension}: отметьте каждый индикатор, который подтверждает информация",
  pl: "{dimension}: zaznacz każdy wskaźnik potwierdzony przez zebrane informacje",
  ro: "{dimension}: bifați fiecare indicator susținut de informații",
};

export const fieldFor = (list: DelphiListId, dimension: DelphiDimension) => `${list}_${dimension}`;

export const LIST_RELEVANCE: Record<DelphiListId, string> = Object.fromEntries(
  DELPHI_LIST_IDS.map((id) => [
    id,
    `\${person_group} = '${DELPHI_LISTS[id].group}' and \${exploitation_type} = '${DELPHI_LISTS[id].exploitation}'`,
  ]),
) as Record<DelphiListId, string>;

/** One group per list, one select_multiple per dimension; choice names are the indicator keys. */
export const DELPHI_GROUPS: Group[] = DELPHI_LIST_IDS.map((list) =>
  group(
    list,
    text((c) => c.lists[list], `list ${list}`),
    DELPHI_DIMENSIONS.map((dimension) => {
      const name = text((c) => c.dimensions[dimension], `dimension ${dimension}`);
      const label = {} as Text;
      for (const language of INSTRUMENT_LANGUAGES)
        label[language] = PROMPT[language].replace("{dimension}", name[language]);
      return select(fieldFor(list, dimension), "select_multiple", fieldFor(list, dimension), label);
    }),
    LIST_RELEVANCE[list],
  ),
);

export const DELPHI_CHOICE_LISTS: Record<string, Choice[]> = Object.fromEntries(
  DELPHI_LIST_IDS.flatMap((list) =>
    DELPHI_DIMENSIONS.map((dimension) => [
      fieldFor(list, dimension),
      delphiIndicators(list, dimension).map((indicator) => ({
        name: indicator.key,
        label: text((c) => (c.indicators as Record<string, string>)[indicator.key], `indicator ${indicator.key}`),
      })),
    ]),
  ),
);

export const DELPHI_FORM_LINK: DelphiLink["lists"] = DELPHI_LIST_IDS.map((list) => ({
  list,
  when: LIST_RELEVANCE[list],
  sources: DELPHI_DIMENSIONS.map((dimension) => ({
    kind: "select_multiple" as const,
    field: fieldFor(list, dimension),
    dimension,
  })),
}));
