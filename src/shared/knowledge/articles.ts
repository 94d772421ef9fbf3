import { LANGUAGES, type Language } from "../i18n/languages.js";

/** What the knowledge base knows about articles, the same for the server and the browser. */

export const ARTICLE_CATEGORIES = ["script", "referral_contacts", "legal_facts", "safety", "other"] as const;
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];

export const ARTICLE_STATUSES = ["draft", "published", "retired"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Articles are written in the interface languages. */
export const ARTICLE_LANGUAGES = LANGUAGES;

/** How long an article stays trusted after a review, when the reviewer names no date. */
export const REVIEW_INTERVAL_MONTHS = 6;

/** A calendar date months later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The review date a review sets when none is given. */
export function defaultNextReview(today: string): string {
  return addMonths(today, REVIEW_INTERVAL_MONTHS);
}

/** A review date that has passed: the article may be out of date (rules change, numbers move). */
export function isReviewOverdue(reviewOn: string, today: string): boolean {
  return reviewOn < today;
}

/**
 * The language to show an article in: the first of the preferences it has, else English, else the
 * first of its languages in the interface's order.
 */
export function pickLanguage(available: readonly string[], preferences: readonly (string | undefined)[]): Language {
  const has = (lang: string | undefined): lang is Language => !!lang && available.includes(lang);
  return (
    preferences.find(has) ??
    (has("en") ? "en" : undefined) ??
    LANGUAGES.find((lang) => available.includes(lang)) ??
    "en"
  );
}
