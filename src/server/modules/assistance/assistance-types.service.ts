import type { Selectable } from "kysely";
import type { AssistanceTypeInput, AssistanceTypeItem, AssistanceTypePatch } from "../../../shared/api/assistance.js";
import { ASSISTANCE_TYPES, vocabularyLabelKey } from "../../../shared/htcds/index.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { AssistanceTypesTable } from "../../db/schema-cases.js";

type TypeRow = Selectable<AssistanceTypesTable>;

const BUILT_IN: readonly string[] = ASSISTANCE_TYPES;

function isBuiltIn(code: string): boolean {
  return BUILT_IN.includes(code);
}

/** "safetransport" would read as the built-in SafeTransport in reports: codes must differ beyond case. */
function clashesWithBuiltIn(code: string): boolean {
  return BUILT_IN.some((builtIn) => builtIn.toLowerCase() === code.toLowerCase());
}

function toItem(row: TypeRow): AssistanceTypeItem {
  return { code: row.code, builtIn: false, labelKey: null, labels: row.labels, disabled: row.disabled_at !== null };
}

/**
 * A type a new or changed assistance record may use: built in, or the organisation's own and not
 * disabled. A record keeps a type disabled after it was recorded, so an unchanged type is not checked.
 */
export async function checkAssistanceType(db: ScopedDb, code: string, field: string): Promise<void> {
  if (isBuiltIn(code)) return;
  const row = await db
    .selectFrom("assistance_types")
    .select("code")
    .where("code", "=", code)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!row) throw invalidField(field, "unknown_value");
}

/** The built-in catalogue (labels come from the translations) and the organisation's own types. */
export async function listAssistanceTypes(db: ScopedDb) {
  const rows = await db.selectFrom("assistance_types").selectAll().orderBy("code").execute();
  const builtIn: AssistanceTypeItem[] = ASSISTANCE_TYPES.map((code) => ({
    code,
    builtIn: true,
    labelKey: vocabularyLabelKey("assistanceType", code) ?? null,
    labels: null,
    disabled: false,
  }));
  return { items: [...builtIn, ...rows.map(toItem)] };
}

export async function createAssistanceType(db: ScopedDb, input: AssistanceTypeInput): Promise<AssistanceTypeItem> {
  if (clashesWithBuiltIn(input.code)) throw invalidField("body.code", "taken");
  const existing = await db
    .selectFrom("assistance_types")
    .select("code")
    .where("code", "=", input.code)
    .executeTakeFirst();
  if (existing) throw invalidField("body.code", "taken");
  const [row] = await db
    .insertInto("assistance_types", [
      { organisation_id: db.organisationId, code: input.code, labels: JSON.stringify(input.labels) },
    ])
    .returningAll()
    .execute();
  db.audit({ action: "assistance_type.create", recordType: "assistance_type", recordId: input.code });
  return toItem(row as TypeRow);
}

export async function updateAssistanceType(
  db: ScopedDb,
  code: string,
  patch: AssistanceTypePatch,
): Promise<AssistanceTypeItem> {
  const row = await db
    .selectFrom("assistance_types")
    .selectAll()
    .where("code", "=", code)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  const set: Record<string, unknown> = {};
  if (patch.labels) set.labels = JSON.stringify(patch.labels);
  if (patch.disabled !== undefined && patch.disabled !== (row.disabled_at !== null))
    set.disabled_at = patch.disabled ? new Date() : null;
  const [updated = row] = Object.keys(set).length
    ? await db.updateTable("assistance_types").set(set).where("code", "=", code).returningAll().execute()
    : [];
  db.audit({
    action: "assistance_type.update",
    recordType: "assistance_type",
    recordId: code,
    detail: { fields: Object.keys(set) },
  });
  return toItem(updated);
}
