import { sql } from "kysely";
import type { ArticleDetail, ArticleVersionSummary } from "../../../shared/api/knowledge.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { userNames } from "../cases/case-read.service.js";
import { findArticle, languagesOf, type Translations, titlesOf, toSummary } from "./article-rows.js";

/** One version of an article (the current one unless asked) with all its translations. */
export async function readArticle(db: ScopedDb, id: string, version?: number): Promise<ArticleDetail> {
  const article = await findArticle(db, id);
  const wanted = version ?? article.current_version;
  const shown = await db
    .selectFrom("article_versions")
    .selectAll()
    .where("article_id", "=", id)
    .where("version", "=", wanted)
    .executeTakeFirst();
  if (!shown) throw notFound();
  // The list and the summary describe the article as it is now: its current version's languages and titles.
  const current =
    wanted === article.current_version
      ? shown.translations
      : (
          await db
            .selectFrom("article_versions")
            .select("translations")
            .where("article_id", "=", id)
            .where("version", "=", article.current_version)
            .executeTakeFirstOrThrow()
        ).translations;
  const names = await userNames(db, [shown.created_by, article.last_reviewed_by]);
  return {
    ...toSummary(article, current),
    version: shown.version,
    translations: shown.translations as ArticleDetail["translations"],
    changeSummary: shown.change_summary,
    versionCreatedAt: shown.created_at.toISOString(),
    versionCreatedBy: names.get(shown.created_by ?? "") ?? null,
    lastReviewedAt: article.last_reviewed_at?.toISOString() ?? null,
    lastReviewedBy: names.get(article.last_reviewed_by ?? "") ?? null,
    createdAt: article.created_at.toISOString(),
  };
}

/** Every version of an article, newest first: who wrote it, when, why, and in which languages. */
export async function articleHistory(db: ScopedDb, id: string): Promise<ArticleVersionSummary[]> {
  await findArticle(db, id);
  // Titles only: the bodies of every version are not needed to tell the versions apart.
  const rows = await db
    .selectFrom("article_versions")
    .select([
      "version",
      "change_summary",
      "created_by",
      "created_at",
      sql<Translations>`(SELECT jsonb_object_agg(t.key, jsonb_build_object('title', t.value->'title', 'body', '')) FROM jsonb_each(article_versions.translations) t)`.as(
        "titles",
      ),
    ])
    .where("article_id", "=", id)
    .orderBy("version", "desc")
    .execute();
  const names = await userNames(
    db,
    rows.map((row) => row.created_by),
  );
  return rows.map((row) => ({
    version: row.version,
    changeSummary: row.change_summary,
    languages: languagesOf(row.titles) as Language[],
    titles: titlesOf(row.titles),
    createdAt: row.created_at.toISOString(),
    createdBy: names.get(row.created_by ?? "") ?? null,
  }));
}
