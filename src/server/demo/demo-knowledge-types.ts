import type { ArticleCategory } from "../../shared/knowledge/articles.js";
import type { CountryCode } from "../../shared/vocab/countries.js";

export type DemoTranslations = Partial<Record<"en" | "uk" | "ru" | "pl" | "ro", { title: string; body: string }>>;

/** A demo article: its first version, the edits made to it since, and when it is due for review. */
export interface DemoArticle {
  key: string;
  category: ArticleCategory;
  country?: CountryCode;
  /** Days from the day of seeding to the review date; negative: overdue. */
  reviewInDays: number;
  translations: DemoTranslations;
  revisions?: readonly { changeSummary: string; translations: DemoTranslations }[];
}
