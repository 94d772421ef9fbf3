import type { z } from "zod";
import type {
  ArticleDetail,
  ArticleInput,
  ArticlePatch,
  ArticleVersionInput,
  articleReviewInput,
} from "../../../shared/api/knowledge.js";
import { todayIso } from "../../../shared/dates.js";
import { defaultNextReview } from "../../../shared/knowledge/articles.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { readArticle } from "./article-read.service.js";
import { findArticle, givenTranslations, languagesOf, type Translations } from "./article-rows.js";
import { searchDocument } from "./article-search.js";

/*
 * Writing the knowledge base. An edit never changes a version: it adds the next one and makes it current,
 * so what an operator read during a call can always be found again in the history. Every write is audited
 * with what changed, never with the text (it is not personal data, but the trail is not the place for it).
 */

async function insertVersion(
  db: ScopedDb,
  articleId: string,
  version: number,
  translations: Translations,
  changeSummary: string,
): Promise<void> {
  await db
    .insertInto("article_versions", [
      {
        organisation_id: db.organisationId,
        article_id: articleId,
        version,
        translations: JSON.stringify(translations),
        change_summary: changeSummary,
        created_by: db.actor.userId,
      },
    ])
    .execute();
}

/** A new article (a draft unless published at once) with its first version. */
export async function createArticle(db: ScopedDb, input: ArticleInput): Promise<ArticleDetail> {
  const { byLanguage, list } = givenTranslations(input.translations);
  const id = crypto.randomUUID();
  await db
    .insertInto("articles", [
      {
        organisation_id: db.organisationId,
        id,
        category: input.category,
        country: input.country ?? null,
        status: input.status,
        current_version: 1,
        review_on: input.reviewOn ?? defaultNextReview(todayIso()),
        search_document: searchDocument(list),
        created_by: db.actor.userId,
        updated_by: db.actor.userId,
      },
    ])
    .execute();
  await insertVersion(db, id, 1, byLanguage, input.changeSummary ?? "");
  db.audit({
    action: "knowledge.create",
    recordType: "article",
    recordId: id,
    detail: { version: 1, status: input.status, category: input.category, languages: languagesOf(byLanguage) },
  });
  return readArticle(db, id);
}

/** An edit: the next version, made current. An edit of a version that is no longer current is a conflict. */
export async function addArticleVersion(db: ScopedDb, id: string, input: ArticleVersionInput): Promise<ArticleDetail> {
  const article = await findArticle(db, id, { forUpdate: true });
  if (input.baseVersion !== article.current_version) throw new AppError("conflict");
  const { byLanguage, list } = givenTranslations(input.translations);
  const version = article.current_version + 1;
  await insertVersion(db, id, version, byLanguage, input.changeSummary);
  await db
    .updateTable("articles")
    .set({
      current_version: version,
      search_document: searchDocument(list),
      ...(input.reviewOn ? { review_on: input.reviewOn } : {}),
      updated_by: db.actor.userId,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  db.audit({
    action: "knowledge.version",
    recordType: "article",
    recordId: id,
    detail: { version, languages: languagesOf(byLanguage) },
  });
  return readArticle(db, id);
}

/** Status, review date, category or country: the article's own facts, not its text (no new version). */
export async function updateArticle(db: ScopedDb, id: string, patch: ArticlePatch): Promise<ArticleDetail> {
  await findArticle(db, id, { forUpdate: true });
  const changes = {
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.reviewOn !== undefined ? { review_on: patch.reviewOn } : {}),
    ...(patch.category !== undefined ? { category: patch.category } : {}),
    ...(patch.country !== undefined ? { country: patch.country } : {}),
  };
  if (Object.keys(changes).length > 0) {
    await db
      .updateTable("articles")
      .set({ ...changes, updated_by: db.actor.userId, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
  }
  db.audit({
    action: "knowledge.update",
    recordType: "article",
    recordId: id,
    detail: { changed: Object.keys(patch).sort(), ...(patch.status ? { status: patch.status } : {}) },
  });
  return readArticle(db, id);
}

/** Someone checked the article and it still holds: the next review date moves on (six months by default). */
export async function markArticleReviewed(
  db: ScopedDb,
  id: string,
  input: z.infer<typeof articleReviewInput>,
): Promise<ArticleDetail> {
  await findArticle(db, id, { forUpdate: true });
  const today = todayIso();
  const next = input.nextReviewOn ?? defaultNextReview(today);
  if (next <= today) throw invalidField("body.nextReviewOn", "knowledge_review_not_future");
  await db
    .updateTable("articles")
    .set({
      review_on: next,
      last_reviewed_at: new Date(),
      last_reviewed_by: db.actor.userId,
      updated_by: db.actor.userId,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  db.audit({ action: "knowledge.review", recordType: "article", recordId: id, detail: { nextReviewOn: next } });
  return readArticle(db, id);
}
