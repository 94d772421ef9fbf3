import { type RawBuilder, sql } from "kysely";
import { plainTextOfMarkdown, searchWords } from "../../../shared/knowledge/search-text.js";
import type { StoredTranslation } from "../../db/schema-knowledge.js";

/**
 * Full-text search of the knowledge base with PostgreSQL's language-neutral 'simple' configuration: no
 * stemming and no stop words for any language, so Ukrainian, Russian, Polish, Romanian and English are
 * treated alike. The words are folded by the application (search-text.ts) before the database sees them,
 * on both sides, so PGlite and PostgreSQL answer the same whatever their locale.
 */

/** The tsvector of a version: every title as weight A, every body as weight B. */
export function searchDocument(translations: readonly StoredTranslation[]): RawBuilder<string> {
  const titles = translations.flatMap((t) => searchWords(t.title)).join(" ");
  // Link targets and Markdown marks are not what a reader searches for.
  const bodies = translations.flatMap((t) => searchWords(plainTextOfMarkdown(t.body))).join(" ");
  return sql<string>`setweight(to_tsvector('simple'::regconfig, ${titles}::text), 'A') || setweight(to_tsvector('simple'::regconfig, ${bodies}::text), 'B')`;
}

/**
 * Every word must be found; the last one as a prefix, so that the list narrows while the word is typed.
 * The words hold letters and digits only (queryWords), so they cannot be read as tsquery operators.
 */
export function searchQuery(words: readonly string[]): RawBuilder<unknown> {
  const text = words.map((word, i) => (i === words.length - 1 ? `'${word}':*` : `'${word}'`)).join(" & ");
  return sql`to_tsquery('simple'::regconfig, ${text}::text)`;
}

/**
 * The rank of an article for a query, rounded so that it can stand in a page cursor exactly: a title
 * match (weight A, 1.0) outranks any number of matches in bodies (weight B, 0.4).
 */
export function rankOf(query: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`round(ts_rank('{0.1, 0.2, 0.4, 1.0}'::float4[], articles.search_document, ${query})::numeric, 6)`;
}

export function matches(query: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`articles.search_document @@ ${query}`;
}
