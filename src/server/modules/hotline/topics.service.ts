import type { z } from "zod";
import type { topic, topicInput, topicPatch } from "../../../shared/api/hotline.js";
import { BUILT_IN_TOPICS } from "../../../shared/hotline/vocab.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";

type Topic = z.infer<typeof topic>;
const LANGUAGES = ["en", "uk", "ru", "pl", "ro"] as const;

/** A built-in topic's labels in every language, from the catalogues. */
function builtInLabels(code: string): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, translator(language)(`hotline.topic.${code}`)]));
}

/** The consultation topics: the built-in ones first, then the organisation's own (retired ones last). */
export async function listTopics(db: ScopedDb): Promise<{ items: Topic[] }> {
  const own = await db.selectFrom("hotline_topics").selectAll().orderBy("retired_at", "desc").orderBy("code").execute();
  return {
    items: [
      ...BUILT_IN_TOPICS.map((code) => ({
        id: null,
        code,
        builtIn: true,
        labels: builtInLabels(code),
        retired: false,
      })),
      ...own.map((row) => ({
        id: row.id,
        code: row.code,
        builtIn: false,
        labels: row.labels,
        retired: row.retired_at !== null,
      })),
    ],
  };
}

export async function createTopic(db: ScopedDb, input: z.infer<typeof topicInput>): Promise<Topic> {
  if ((BUILT_IN_TOPICS as readonly string[]).includes(input.code)) throw invalidField("body.code", "topic_taken");
  if (Object.keys(input.labels).length === 0) throw invalidField("body.labels", "required");
  const inserted = await db
    .insertInto("hotline_topics", [
      { organisation_id: db.organisationId, code: input.code, labels: JSON.stringify(input.labels) },
    ])
    .onConflict((oc) => oc.columns(["organisation_id", "code"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!inserted) throw invalidField("body.code", "topic_taken");
  db.audit({ action: "hotline.topic.create", recordType: "hotline_topic", recordId: inserted.id });
  return { id: inserted.id, code: inserted.code, builtIn: false, labels: inserted.labels, retired: false };
}

/** Relabels or retires one of the organisation's own topics; retired topics stay in the figures. */
export async function updateTopic(db: ScopedDb, topicId: string, patch: z.infer<typeof topicPatch>): Promise<Topic> {
  const row = await db.selectFrom("hotline_topics").selectAll().where("id", "=", topicId).executeTakeFirst();
  if (!row) throw notFound();
  const updated = await db
    .updateTable("hotline_topics")
    .set({
      ...(patch.labels ? { labels: JSON.stringify(patch.labels) } : {}),
      ...(patch.retired !== undefined ? { retired_at: patch.retired ? (row.retired_at ?? new Date()) : null } : {}),
    })
    .where("id", "=", topicId)
    .returningAll()
    .executeTakeFirstOrThrow();
  db.audit({ action: "hotline.topic.update", recordType: "hotline_topic", recordId: topicId });
  return {
    id: updated.id,
    code: updated.code,
    builtIn: false,
    labels: updated.labels,
    retired: updated.retired_at !== null,
  };
}
