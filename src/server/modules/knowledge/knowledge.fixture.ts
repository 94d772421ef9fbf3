import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { send, type TestSession } from "../../testing/http.js";

/** Helpers for the knowledge base tests: write an article over HTTP and fail loudly when that does not work. */

/** A short call script in two languages, as most tests write it. */
export const SCRIPT = {
  en: { title: "First contact: greeting the caller", body: "Say who you are and that the call is **confidential**." },
  uk: { title: "Перший контакт: привітання", body: "Скажіть, хто ви, і що розмова **конфіденційна**." },
};

export interface Written {
  id: string;
  currentVersion: number;
  status: string;
  reviewOn: string;
  reviewOverdue: boolean;
}

export type TranslationsInput = Partial<Record<"en" | "uk" | "ru" | "pl" | "ro", { title: string; body: string }>>;

export async function writeArticle(
  app: FastifyInstance,
  session: TestSession,
  translations: TranslationsInput,
  extra: Record<string, unknown> = {},
): Promise<Written> {
  const response = await send(app, {
    method: "POST",
    url: "/api/knowledge/articles",
    session,
    payload: { category: "script", status: "published", translations, ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Written;
}

export interface Listed {
  id: string;
  language: string;
  snippet: string;
  titles: Record<string, string>;
  reviewOverdue: boolean;
  status: string;
}

export async function search(
  app: FastifyInstance,
  session: TestSession,
  query: Record<string, string>,
): Promise<{ items: Listed[]; nextCursor: string | null }> {
  const url = `/api/knowledge/articles?${new URLSearchParams(query).toString()}`;
  const response = await send(app, { method: "GET", url, session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Listed[]; nextCursor: string | null };
}
