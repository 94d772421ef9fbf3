import type { ColumnType, Generated } from "kysely";

/** Row types of the knowledge base (migration 0007). Articles hold no personal data: nothing is sealed. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateText = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type ArticleCategory = "script" | "referral_contacts" | "legal_facts" | "safety" | "other";
export type ArticleStatus = "draft" | "published" | "retired";

/** One language of a version: a title and a Markdown body. */
export interface StoredTranslation {
  title: string;
  body: string;
}

export interface ArticlesTable {
  organisation_id: string;
  id: Generated<string>;
  category: ArticleCategory;
  country: string | null;
  status: Generated<ArticleStatus>;
  current_version: number;
  review_on: DateText;
  last_reviewed_at: Date | null;
  last_reviewed_by: string | null;
  /** tsvector: written only as the expression of modules/knowledge/article-search.ts, never read as text. */
  search_document: ColumnType<string, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** Immutable: the application may insert and read versions, never change them. */
export interface ArticleVersionsTable {
  organisation_id: string;
  article_id: string;
  version: number;
  translations: Json<Partial<Record<string, StoredTranslation>>>;
  change_summary: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface KnowledgeSchema {
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
}
