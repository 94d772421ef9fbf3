import type { Selectable } from "kysely";
import type { ArticleSummary } from "../../../shared/api/knowledge.js";
import { todayIso } from "../../../shared/dates.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { ARTICLE_LANGUAGES, isReviewOverdue } from "../../../shared/knowledge/articles.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ArticlesTable, StoredTranslation } from "../../db/schema-knowledge.js";

/** The article columns the API reads: everything but the search document. */
export const ARTICLE_COLUMNS = [
  "articles.id",
  "articles.category",
  "articles.country",
  "articles.status",
  "articles.current_version",
  "articles.review_on",
  "articles.last_reviewed_at",
  "articles.last_reviewed_by",
  "articles.created_by",
  "articles.created_at",
  "articles.updated_by",
  "articles.updated_at",
] as const;

export type ArticleRow = Omit<Selectable<ArticlesTable>, "organisation_id" | "search_document">;
export type Translations = Partial<Record<string, StoredTranslation>>;

/** Drafts and retired articles exist only for those who manage the knowledge base. */
export function managesKnowledge(db: ScopedDb): boolean {
  return db.actor.permissions.has("knowledge.manage");
}

/** An article the actor may see, or 404: another organisation's, a draft shown to a reader, or none. */
export async function findArticle(
  db: ScopedDb,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ArticleRow> {
  let query = db.selectFrom("articles").select(ARTICLE_COLUMNS).where("articles.id", "=", id);
  if (!managesKnowledge(db)) query = query.where("articles.status", "=", "published");
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The languages a version has, in the interface's order. */
export function languagesOf(translations: Translations): Language[] {
  return ARTICLE_LANGUAGES.filter((lang) => translations[lang] !== undefined);
}

export function titlesOf(translations: Translations): Partial<Record<Language, string>> {
  return Object.fromEntries(languagesOf(translations).map((lang) => [lang, translations[lang]?.title ?? ""]));
}

/** The translations given, in the interface's order; none at all is a 400 naming body.translations. */
export function givenTranslations(input: Partial<Record<Language, StoredTranslation | undefined>>): {
  byLanguage: Translations;
  list: StoredTranslation[];
} {
  const byLanguage: Translations = {};
  for (const lang of ARTICLE_LANGUAGES) {
    const translation = input[lang];
    if (translation) byLanguage[lang] = { title: translation.title, body: translation.body };
  }
  const list = Object.values(byLanguage).filter((t): t is StoredTranslation => t !== undefined);
  if (list.length === 0) throw invalidField("body.translations", "knowledge_translation_required");
  return { byLanguage, list };
}

export function toSummary(row: ArticleRow, translations: Translations, today = todayIso()): ArticleSummary {
  return {
    id: row.id,
    category: row.category,
    country: row.country,
    status: row.status,
    currentVersion: row.current_version,
    reviewOn: row.review_on,
    reviewOverdue: isReviewOverdue(row.review_on, today),
    languages: languagesOf(translations),
    titles: titlesOf(translations),
    updatedAt: row.updated_at.toISOString(),
  };
}
