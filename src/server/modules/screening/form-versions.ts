import { sql } from "kysely";
import type { FormDefinition } from "../../../shared/forms/definition.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * Writes a checked definition: a new form (a draft), or the next version of the form with the same
 * form_id, keeping that form's scoring rules. Published forms stay on their published version until
 * the new one is published.
 */
export async function saveFormVersion(
  db: ScopedDb,
  definition: FormDefinition,
  options: { scoring?: unknown; builtIn?: boolean; status?: "draft" | "published" } = {},
): Promise<{ formId: string; version: number; created: boolean }> {
  const existing = await db
    .selectFrom("forms")
    .selectAll()
    .where("form_key", "=", definition.formId)
    .forUpdate()
    .executeTakeFirst();
  const now = new Date();
  if (!existing) {
    const id = crypto.randomUUID();
    const status = options.status ?? "draft";
    await db
      .insertInto("forms", [
        {
          organisation_id: db.organisationId,
          id,
          form_key: definition.formId,
          title: JSON.stringify(definition.title),
          status,
          built_in: options.builtIn ?? false,
          latest_version: 1,
          published_version: status === "published" ? 1 : null,
          created_by: db.actor.userId,
        },
      ])
      .execute();
    await insertVersion(db, id, 1, definition, options.scoring ?? null);
    return { formId: id, version: 1, created: true };
  }
  const version = existing.latest_version + 1;
  const previous = await db
    .selectFrom("form_versions")
    .select("scoring")
    .where("form_id", "=", existing.id)
    .where("version", "=", existing.latest_version)
    .executeTakeFirstOrThrow();
  await insertVersion(db, existing.id, version, definition, options.scoring ?? previous.scoring ?? null);
  await db
    .updateTable("forms")
    .set({ latest_version: version, title: JSON.stringify(definition.title), updated_at: now })
    .where("id", "=", existing.id)
    .execute();
  return { formId: existing.id, version, created: false };
}

async function insertVersion(
  db: ScopedDb,
  formId: string,
  version: number,
  definition: FormDefinition,
  scoring: unknown,
) {
  await db
    .insertInto("form_versions", [
      {
        organisation_id: db.organisationId,
        form_id: formId,
        version,
        version_label: definition.version,
        definition: JSON.stringify(definition),
        scoring: scoring === null || scoring === undefined ? null : JSON.stringify(scoring),
        created_by: db.actor.userId,
      },
    ])
    .execute();
}

/** Scoring rules that the next version would keep: those of the form's latest version, if any. */
export async function inheritedScoring(db: ScopedDb, formKey: string): Promise<unknown> {
  const row = await db
    .selectFrom("forms")
    .innerJoin("form_versions", (join) =>
      join
        .onRef("form_versions.organisation_id", "=", "forms.organisation_id")
        .onRef("form_versions.form_id", "=", "forms.id")
        .onRef("form_versions.version", "=", sql.ref("forms.latest_version")),
    )
    .select("form_versions.scoring")
    .where("forms.form_key", "=", formKey)
    .executeTakeFirst();
  return row?.scoring ?? null;
}
