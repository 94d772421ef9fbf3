import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/api/common.js";
import {
  articleDetail,
  articleInput,
  articleListItem,
  articleListQuery,
  articlePatch,
  articleReviewInput,
  articleVersionInput,
  articleVersionQuery,
  articleVersionSummary,
} from "../../../shared/api/knowledge.js";
import { listArticles } from "./article-list.service.js";
import { articleHistory, readArticle } from "./article-read.service.js";
import { addArticleVersion, createArticle, markArticleReviewed, updateArticle } from "./articles.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["knowledge"];

/** The operators' knowledge base: scripts, referral contacts, legal facts and safety guidance. */
export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/knowledge/articles",
    {
      config: { access: "knowledge.read", action: "knowledge.list" },
      schema: {
        tags: TAGS,
        summary:
          "Articles, newest change first; with q, a full-text search over the titles and bodies of every language, best match first (title matches above body matches, the last word as a prefix). Drafts and retired articles only for knowledge.manage",
        querystring: articleListQuery,
        response: { 200: page(articleListItem) },
      },
    },
    async (request) => request.scoped((db) => listArticles(db, request.query, request.language)),
  );

  app.post(
    "/api/knowledge/articles",
    {
      config: { access: "knowledge.manage", action: "knowledge.create" },
      schema: {
        tags: TAGS,
        summary: "Write an article: its first version in one or more languages, a draft unless published at once",
        body: articleInput,
        response: { 201: articleDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await request.scoped((db) => createArticle(db, request.body))),
  );

  app.get(
    "/api/knowledge/articles/:id",
    {
      config: { access: "knowledge.read", action: "knowledge.read" },
      schema: {
        tags: TAGS,
        summary: "An article in one version (the current one unless asked) with all its translations",
        params: idParams,
        querystring: articleVersionQuery,
        response: { 200: articleDetail },
      },
    },
    async (request) => request.scoped((db) => readArticle(db, request.params.id, request.query.version)),
  );

  app.patch(
    "/api/knowledge/articles/:id",
    {
      config: { access: "knowledge.manage", action: "knowledge.update" },
      schema: {
        tags: TAGS,
        summary: "Change an article's status, review date, category or country (its text changes by a new version)",
        params: idParams,
        body: articlePatch,
        response: { 200: articleDetail },
      },
    },
    async (request) => request.scoped((db) => updateArticle(db, request.params.id, request.body)),
  );

  app.get(
    "/api/knowledge/articles/:id/versions",
    {
      config: { access: "knowledge.read", action: "knowledge.history" },
      schema: {
        tags: TAGS,
        summary: "Every version of an article, newest first, with its change summary, author and languages",
        params: idParams,
        response: { 200: z.object({ items: z.array(articleVersionSummary) }) },
      },
    },
    async (request) => ({ items: await request.scoped((db) => articleHistory(db, request.params.id)) }),
  );

  app.post(
    "/api/knowledge/articles/:id/versions",
    {
      config: { access: "knowledge.manage", action: "knowledge.version" },
      schema: {
        tags: TAGS,
        summary:
          "Edit an article: its next version, made current; earlier versions stay as they were. baseVersion must be the current version (else 409)",
        params: idParams,
        body: articleVersionInput,
        response: { 201: articleDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await request.scoped((db) => addArticleVersion(db, request.params.id, request.body))),
  );

  app.post(
    "/api/knowledge/articles/:id/review",
    {
      config: { access: "knowledge.manage", action: "knowledge.review" },
      schema: {
        tags: TAGS,
        summary: "Mark an article reviewed: the next review date is set (six months from today unless given)",
        params: idParams,
        body: articleReviewInput,
        response: { 200: articleDetail },
      },
    },
    async (request) => request.scoped((db) => markArticleReviewed(db, request.params.id, request.body)),
  );
};
