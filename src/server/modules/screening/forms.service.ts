import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { z } from "zod";
import type { FormDetail, FormSummary, formImportIssue, formListQuery } from "../../../shared/api/screening.js";
import type { FormDefinition } from "../../../shared/forms/definition.js";
import { AppError, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { FormsTable } from "../../db/schema-screening.js";
import { installBuiltInForms } from "./built-in-forms.js";

type ImportIssue = z.infer<typeof formImportIssue>;

/** An upload that cannot become a form version: the issues say where and why; nothing was written. */
export class FormRejected extends AppError {
  constructor(readonly issues: ImportIssue[]) {
    super("validation", [{ field: "body.file", problem: "form_invalid", params: { count: issues.length } }]);
  }
}

function summary(row: Selectable<FormsTable>, definition: FormDefinition): FormSummary {
  return {
    id: row.id,
    formKey: row.form_key,
    title: row.title,
    status: row.status,
    builtIn: row.built_in,
    latestVersion: row.latest_version,
    publishedVersion: row.published_version,
    versionLabel: definition.version,
    languages: definition.languages,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The organisation's form library, the built-in instruments included (installed on first use). */
export async function listForms(db: ScopedDb, query: z.infer<typeof formListQuery>): Promise<FormSummary[]> {
  await installBuiltInForms(db);
  let q = db
    .selectFrom("forms")
    .innerJoin("form_versions", (join) =>
      join
        .onRef("form_versions.organisation_id", "=", "forms.organisation_id")
        .onRef("form_versions.form_id", "=", "forms.id")
        .onRef("form_versions.version", "=", sql.ref("forms.latest_version")),
    )
    .selectAll("forms")
    .select(
      sql<FormDefinition>`jsonb_build_object('version', form_versions.definition->'version', 'languages', form_versions.definition->'languages')`.as(
        "head",
      ),
    );
  if (query.status) q = q.where("forms.status", "=", query.status);
  const rows = await q.orderBy("forms.built_in", "desc").orderBy("forms.form_key").execute();
  return rows.map(({ head, ...row }) => summary(row, head));
}

/** One version of a form (the published one, else the latest), with its definition and scoring rules. */
export async function getForm(db: ScopedDb, formId: string, version?: number): Promise<FormDetail> {
  const form = await db.selectFrom("forms").selectAll().where("id", "=", formId).executeTakeFirst();
  if (!form) throw notFound();
  const wanted = version ?? form.published_version ?? form.latest_version;
  const row = await db
    .selectFrom("form_versions")
    .select(["version", "definition", "scoring"])
    .where("form_id", "=", formId)
    .where("version", "=", wanted)
    .executeTakeFirst();
  if (!row) throw notFound();
  const definition = row.definition as FormDefinition;
  return { ...summary(form, definition), version: row.version, definition, scoring: row.scoring ?? null };
}

/** Publishes a version (the latest by default): new screenings use it. A retired form can come back. */
export async function publishForm(db: ScopedDb, formId: string, version?: number): Promise<FormDetail> {
  const form = await db.selectFrom("forms").selectAll().where("id", "=", formId).forUpdate().executeTakeFirst();
  if (!form) throw notFound();
  const wanted = version ?? form.latest_version;
  if (wanted > form.latest_version)
    throw new AppError("validation", [{ field: "body.version", problem: "unknown_version" }]);
  await db
    .updateTable("forms")
    .set({ status: "published", published_version: wanted, updated_at: new Date() })
    .where("id", "=", formId)
    .execute();
  db.audit({ action: "form.publish", recordType: "form", recordId: formId, detail: { version: wanted } });
  return getForm(db, formId, wanted);
}

/** Retires a form: no new screenings; the screenings made with it stay as they are. */
export async function retireForm(db: ScopedDb, formId: string): Promise<FormDetail> {
  const form = await db.selectFrom("forms").select("id").where("id", "=", formId).forUpdate().executeTakeFirst();
  if (!form) throw notFound();
  await db.updateTable("forms").set({ status: "retired", updated_at: new Date() }).where("id", "=", formId).execute();
  db.audit({ action: "form.retire", recordType: "form", recordId: formId });
  return getForm(db, formId);
}
