import { z } from "zod";
import { ARTICLE_CATEGORIES, ARTICLE_LANGUAGES, ARTICLE_STATUSES } from "../knowledge/articles.js";
import { cursorParam, limitParam, plainText } from "./common.js";
import { country, isoDate } from "./people.js";

/**
 * The operators' knowledge base: articles in several languages, each edit an immutable version, with a
 * review date. No personal data belongs in an article.
 */
export { ARTICLE_CATEGORIES, ARTICLE_LANGUAGES, ARTICLE_STATUSES };

const language = z.enum(ARTICLE_LANGUAGES);

/** Markdown (rendered without raw HTML); tabs and line breaks allowed, other control characters not. */
const markdown = plainText(50_000).min(1);

export const articleTranslation = z.strictObject({
  title: plainText(200).min(1),
  body: markdown,
});

/** Title and body per language; at least one language (checked by the service, which names the field). */
export const articleTranslations = z.strictObject({
  en: articleTranslation.optional(),
  uk: articleTranslation.optional(),
  ru: articleTranslation.optional(),
  pl: articleTranslation.optional(),
  ro: articleTranslation.optional(),
});

export const articleInput = z.strictObject({
  category: z.enum(ARTICLE_CATEGORIES),
  country: country.nullable().optional(),
  /** A new article is a draft unless published at once. */
  status: z.enum(["draft", "published"]).default("draft"),
  /** When the article is next due for review; six months from today when absent. */
  reviewOn: isoDate.optional(),
  translations: articleTranslations,
  changeSummary: plainText(500).min(1).optional(),
});

export const articleVersionInput = z.strictObject({
  /** The version the edit started from: an edit of a version that is no longer current answers 409. */
  baseVersion: z.number().int().min(1),
  translations: articleTranslations,
  changeSummary: plainText(500).min(1),
  reviewOn: isoDate.optional(),
});

export const articlePatch = z.strictObject({
  status: z.enum(ARTICLE_STATUSES).optional(),
  reviewOn: isoDate.optional(),
  category: z.enum(ARTICLE_CATEGORIES).optional(),
  country: country.nullable().optional(),
});

export const articleReviewInput = z.strictObject({
  /** The next review; six months from today when absent. Must be after today. */
  nextReviewOn: isoDate.optional(),
});

export const articleListQuery = z.object({
  /** Words to search for in titles and bodies of every language; the last word is taken as a prefix. */
  q: plainText(200).optional(),
  category: z.enum(ARTICLE_CATEGORIES).optional(),
  country: country.optional(),
  /** Only articles with this language; their title and snippet are shown in it. */
  language: language.optional(),
  /** The language to show each result in where it has it (a caller's language); the interface language when absent. */
  prefer: language.optional(),
  /** Published articles unless asked; drafts, retired and "all" only for those who manage the knowledge base. */
  status: z.enum([...ARTICLE_STATUSES, "all"]).default("published"),
  limit: limitParam,
  cursor: cursorParam,
});

export const articleVersionQuery = z.object({
  /** A version number; the current one when absent. */
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

const titles = z.partialRecord(language, z.string());

export const articleSummary = z.object({
  id: z.uuid(),
  category: z.enum(ARTICLE_CATEGORIES),
  country: z.string().nullable(),
  status: z.enum(ARTICLE_STATUSES),
  currentVersion: z.number().int(),
  reviewOn: z.string(),
  reviewOverdue: z.boolean(),
  /** The languages of the current version, in the interface's order. */
  languages: z.array(language),
  titles,
  updatedAt: z.string(),
});

export const articleListItem = articleSummary.extend({
  /** The language the list shows the article in: the one asked for, else one where the words were found. */
  language,
  /** A short plain-text extract of the body in that language, around the first word found. */
  snippet: z.string(),
});

export const articleDetail = articleSummary.extend({
  /** The version shown (the current one unless another was asked for). */
  version: z.number().int(),
  translations: z.partialRecord(language, z.object({ title: z.string(), body: z.string() })),
  changeSummary: z.string(),
  versionCreatedAt: z.string(),
  versionCreatedBy: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  lastReviewedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const articleVersionSummary = z.object({
  version: z.number().int(),
  changeSummary: z.string(),
  languages: z.array(language),
  titles,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export type ArticleInput = z.infer<typeof articleInput>;
export type ArticleVersionInput = z.infer<typeof articleVersionInput>;
export type ArticlePatch = z.infer<typeof articlePatch>;
export type ArticleListQuery = z.infer<typeof articleListQuery>;
export type ArticleTranslations = z.infer<typeof articleTranslations>;
export type ArticleSummary = z.infer<typeof articleSummary>;
export type ArticleListItem = z.infer<typeof articleListItem>;
export type ArticleDetail = z.infer<typeof articleDetail>;
export type ArticleVersionSummary = z.infer<typeof articleVersionSummary>;
