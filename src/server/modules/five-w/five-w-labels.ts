import type { TFunction } from "i18next";
import type { ActivityList } from "../../../shared/activities/vocab.js";
import { vocabularyLabelKey } from "../../../shared/htcds/index.js";
import type { Language } from "../../../shared/i18n/languages.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";

/** Everything the table's text needs, in one language, read once per file. */
export interface FiveWLabels {
  language: Language;
  t: TFunction;
  organisationName: string;
  /** The organisation's country, for records that count for no office. */
  organisationCountry: string;
  /** A value of an activity list: the organisation's own label, else the catalogue's, else the code. */
  listValue(list: ActivityList, code: string): string;
  assistanceType(code: string): string;
}

type LabelsByLanguage = Record<string, string>;

const pick = (labels: LabelsByLanguage, language: Language) => labels[language] || labels.en || undefined;

export async function loadLabels(db: ScopedDb, language: Language): Promise<FiveWLabels> {
  const t = translator(language);
  const organisation = await db
    .selectFrom("organisations")
    .select(["name", "country"])
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const listRows = await db.selectFrom("activity_list_values").select(["list", "code", "labels"]).execute();
  const ownLists = new Map(listRows.map((row) => [`${row.list}:${row.code}`, row.labels as LabelsByLanguage]));
  const typeRows = await db.selectFrom("assistance_types").select(["code", "labels"]).execute();
  const ownTypes = new Map(typeRows.map((row) => [row.code, row.labels as LabelsByLanguage]));
  return {
    language,
    t,
    organisationName: organisation.name,
    organisationCountry: organisation.country,
    listValue(list, code) {
      const own = ownLists.get(`${list}:${code}`);
      return (own && pick(own, language)) ?? t(`activities.lists.${list}.${code}`, { defaultValue: code });
    },
    assistanceType(code) {
      const own = ownTypes.get(code);
      if (own) return pick(own, language) ?? code;
      const key = vocabularyLabelKey("assistanceType", code);
      return key ? t(key, { defaultValue: code }) : code;
    },
  };
}
