import type { Selectable } from "kysely";
import { type ActivityList, BUILT_IN_LISTS } from "../../../shared/activities/vocab.js";
import type { ActivityDetails, ListValuePatch } from "../../../shared/api/activities.js";
import type { ListValue, ListValueInput } from "../../../shared/api/offices.js";
import { AppError, type FieldProblem, invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ActivityListValuesTable } from "../../db/schema-activities.js";

/*
 * The open lists of activities (target groups, materials, channels …): built-in codes, plus values an
 * organisation adds with labels of its own. A value is retired rather than deleted, since activities keep it.
 */

type ListValueRow = Selectable<ActivityListValuesTable>;

/** A list code an activity uses, and the request field it came from. */
interface CodeUse {
  list: ActivityList;
  code: string;
  field: string;
}

const isBuiltIn = (list: ActivityList, code: string) => (BUILT_IN_LISTS[list] as readonly string[]).includes(code);

/** Every list code in an activity's details, with its field path. */
export function codesOf(details: ActivityDetails): CodeUse[] {
  const at = `body.details.${details.kind}`;
  const each = (list: ActivityList, codes: readonly string[], path: string) =>
    codes.map((code, i) => ({ list, code, field: `${at}.${path}.${i}` }));
  switch (details.kind) {
    case "training": {
      const { topics, targetGroups, byProfile } = details.training;
      return [
        ...each("training_topic", topics, "topics"),
        ...each("target_group", targetGroups, "targetGroups"),
        ...byProfile.map((line, i) => ({
          list: "target_group" as const,
          code: line.profile,
          field: `${at}.byProfile.${i}.profile`,
        })),
      ];
    }
    case "awareness":
      return [
        ...details.awareness.materials.map((line, i) => ({
          list: "material" as const,
          code: line.material,
          field: `${at}.materials.${i}.material`,
        })),
        ...each("channel", details.awareness.channels, "channels"),
      ];
    case "coordination":
      return [
        { list: "meeting_type", code: details.coordination.meetingType, field: `${at}.meetingType` },
        ...each("coordination_topic", details.coordination.topics, "topics"),
      ];
    case "guidance":
      return [{ list: "product_type", code: details.guidance.productType, field: `${at}.productType` }];
    case "research":
      return [{ list: "research_method", code: details.research.method, field: `${at}.method` }];
  }
}

/**
 * Codes that are neither built in nor an active value of the organisation. A code the activity already held
 * (`kept`: its stored details) stays valid after its value is retired, so that an old record can still be saved.
 */
export async function unknownCodeProblems(
  db: ScopedDb,
  details: ActivityDetails,
  kept?: ActivityDetails,
): Promise<FieldProblem[]> {
  const keptCodes = new Set(kept ? codesOf(kept).map((use) => `${use.list}:${use.code}`) : []);
  const open = codesOf(details).filter(
    (use) => !isBuiltIn(use.list, use.code) && !keptCodes.has(`${use.list}:${use.code}`),
  );
  if (open.length === 0) return [];
  const rows = await db
    .selectFrom("activity_list_values")
    .select(["list", "code"])
    .where("list", "in", [...new Set(open.map((use) => use.list))])
    .where("code", "in", [...new Set(open.map((use) => use.code))])
    .where("retired_at", "is", null)
    .execute();
  const active = new Set(rows.map((row) => `${row.list}:${row.code}`));
  return open
    .filter((use) => !active.has(`${use.list}:${use.code}`))
    .map((use) => ({ field: use.field, problem: "unknown_value" }));
}

function toListValue(row: ListValueRow): ListValue {
  return {
    id: row.id,
    list: row.list,
    code: row.code,
    labels: row.labels,
    builtIn: false,
    retired: row.retired_at !== null,
  };
}

/** Every list: its built-in values in their order (labels come from the catalogues), then the organisation's. */
export async function listActivityLists(db: ScopedDb): Promise<{ items: ListValue[] }> {
  const rows = await db.selectFrom("activity_list_values").selectAll().orderBy("list").orderBy("code").execute();
  const builtIn = (Object.keys(BUILT_IN_LISTS) as ActivityList[]).flatMap((list) =>
    BUILT_IN_LISTS[list].map((code) => ({ id: null, list, code, labels: null, builtIn: true, retired: false })),
  );
  return { items: [...builtIn, ...rows.map(toListValue)] };
}

export async function addListValue(db: ScopedDb, input: ListValueInput): Promise<ListValue> {
  const list = input.list as ActivityList;
  if (isBuiltIn(list, input.code)) throw invalidField("body.code", "list_code_built_in");
  const taken = await db
    .selectFrom("activity_list_values")
    .select("id")
    .where("list", "=", list)
    .where("code", "=", input.code)
    .executeTakeFirst();
  if (taken) throw new AppError("conflict", [{ field: "body.code", problem: "taken" }]);
  const row = await db
    .insertInto("activity_list_values", [
      { organisation_id: db.organisationId, list, code: input.code, labels: JSON.stringify(input.labels) },
    ])
    .returningAll()
    .executeTakeFirstOrThrow();
  db.audit({
    action: "activity.list_value_add",
    recordType: "activity_list_value",
    recordId: row.id,
    detail: { list, code: input.code },
  });
  return toListValue(row as ListValueRow);
}

export async function updateListValue(db: ScopedDb, id: string, patch: ListValuePatch): Promise<ListValue> {
  if (patch.retired === undefined && patch.labels === undefined)
    throw invalidField("body", "list_value_nothing_to_change");
  const row = await db
    .selectFrom("activity_list_values")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  const updated = await db
    .updateTable("activity_list_values")
    .set({
      ...(patch.labels ? { labels: JSON.stringify(patch.labels) } : {}),
      ...(patch.retired === undefined ? {} : { retired_at: patch.retired ? (row.retired_at ?? new Date()) : null }),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  db.audit({
    action: "activity.list_value_update",
    recordType: "activity_list_value",
    recordId: id,
    detail: { list: row.list, code: row.code, changed: Object.keys(patch).sort() },
  });
  return toListValue(updated as ListValueRow);
}
