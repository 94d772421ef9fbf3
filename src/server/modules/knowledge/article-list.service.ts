import { sql } from "kysely";
import type { ArticleListItem, ArticleListQuery } from "../../../shared/api/knowledge.js";
import { todayIso } from "../../../shared/dates.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { ARTICLE_LANGUAGES, pickLanguage } from "../../../shared/knowledge/articles.js";
import { matchRanges, plainTextOfMarkdown, queryWords, snippetOf } from "../../../shared/knowledge/search-text.js";
import { forbidden } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { ARTICLE_COLUMNS, type ArticleRow, managesKnowledge, type Translations, toSummary } from "./article-rows.js";
import { matches, rankOf, searchQuery } from "./article-search.js";

const RANK_KEY = /^\d+(\.\d+)?$/;
const UPDATED_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

// Microseconds, as PostgreSQL keeps them: a Date would drop them and skip rows in the same millisecond.
const updatedAtKey = sql<string>`to_char(articles.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The language a result is shown in: the one asked for, else the first (by preference) where a word was found. */
function shownLanguage(
  translations: Translations,
  words: readonly string[],
  asked: Language | undefined,
  preferred: Language,
): Language {
  const available = ARTICLE_LANGUAGES.filter((lang) => translations[lang]);
  if (asked && translations[asked]) return asked;
  const order = [preferred, "en" as const, ...ARTICLE_LANGUAGES];
  const found = order.find((lang) => {
    const t = translations[lang];
    return (
      !!t && (matchRanges(t.title, words).length > 0 || matchRanges(plainTextOfMarkdown(t.body), words).length > 0)
    );
  });
  return words.length > 0 && found ? found : pickLanguage(available, [preferred]);
}

/**
 * The knowledge base's list and search. Without words: newest change first. With words: best match
 * first, a title match above body matches. Keyset pages either way; the rank in the cursor is rounded
 * in SQL so that it compares exactly.
 */
export async function listArticles(
  db: ScopedDb,
  query: ArticleListQuery,
  /** The interface language of the request: results are shown in it unless the query prefers another. */
  preferred: Language,
): Promise<{ items: ArticleListItem[]; nextCursor: string | null }> {
  if (query.status !== "published" && !managesKnowledge(db)) throw forbidden();
  const shownIn = query.prefer ?? preferred;
  const words = queryWords(query.q ?? "");
  const tsQuery = words.length > 0 ? searchQuery(words) : undefined;
  const sortKey = tsQuery ? rankOf(tsQuery) : updatedAtKey;

  let q = db
    .selectFrom("articles")
    .innerJoin("article_versions", (join) =>
      join
        .onRef("article_versions.organisation_id", "=", "articles.organisation_id")
        .onRef("article_versions.article_id", "=", "articles.id")
        .onRef("article_versions.version", "=", "articles.current_version"),
    )
    .select(ARTICLE_COLUMNS)
    .select(["article_versions.translations", sortKey.as("sort_key")]);
  if (query.status !== "all") q = q.where("articles.status", "=", query.status);
  if (query.category) q = q.where("articles.category", "=", query.category);
  if (query.country) q = q.where("articles.country", "=", query.country);
  if (query.language) q = q.where(sql<boolean>`(article_versions.translations -> ${query.language}::text) IS NOT NULL`);
  if (tsQuery) q = q.where(matches(tsQuery));

  // The cursor says which order it continues: a search's cursor is no good for the plain list, and back.
  const order = tsQuery ? "rank" : "updated";
  const after = decodeCursor(query.cursor, 3);
  if (after) {
    const [kind, key, id] = after;
    if (kind !== order || typeof key !== "string" || !isUuid(id)) invalidCursor();
    if (!(tsQuery ? RANK_KEY : UPDATED_KEY).test(key)) invalidCursor();
    q = tsQuery
      ? q.where(sql<boolean>`(${sortKey}, articles.id) < (${key}::numeric, ${id}::uuid)`)
      : q.where(sql<boolean>`(articles.updated_at, articles.id) < (${key}::timestamptz, ${id}::uuid)`);
  }
  const ordered = tsQuery
    ? q.orderBy(sortKey, "desc").orderBy("articles.id", "desc")
    : q.orderBy("articles.updated_at", "desc").orderBy("articles.id", "desc");
  const rows = await ordered.limit(query.limit + 1).execute();
  const page = pageOf(rows, query.limit, (row) => [order, row.sort_key, row.id]);

  const today = todayIso();
  return {
    items: page.items.map(({ translations, sort_key: _, ...row }) => {
      const language = shownLanguage(translations, words, query.language, shownIn);
      return {
        ...toSummary(row as ArticleRow, translations, today),
        language,
        snippet: snippetOf(translations[language]?.body ?? "", words),
      };
    }),
    nextCursor: page.nextCursor,
  };
}
