import type { FormDefinition } from "../../../shared/forms/definition.js";
import type { CompiledForm } from "../../../shared/forms/engine/index.js";
import { compileForm } from "../../../shared/forms/engine/index.js";
import { compileScoring, type Scorer } from "../../../shared/screening/scoring/index.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/** A form version ready to validate and score answers. */
export interface CompiledVersion {
  formId: string;
  formKey: string;
  version: number;
  form: CompiledForm;
  scorer: Scorer | null;
}

/*
 * Form versions never change once written, so their compiled form (expressions parsed into ASTs, the
 * calculation order worked out) is kept per process. Bounded: a deployment has few forms in use, and an
 * evicted version is simply compiled again.
 */
const CACHE_LIMIT = 200;
const cache = new Map<string, CompiledVersion>();

/** Compiles a stored version; a version that no longer compiles (an engine change) is a server fault. */
export function compileStored(
  ids: { formId: string; formKey: string; version: number },
  definition: FormDefinition,
  scoring: unknown,
): CompiledVersion {
  const compiled = compileForm(definition);
  if (!compiled.ok) throw new Error(`stored form version ${ids.formKey} v${ids.version} does not compile`);
  let scorer: Scorer | null = null;
  if (scoring) {
    const result = compileScoring(compiled.form, scoring);
    if (!result.ok) throw new Error(`scoring rules of ${ids.formKey} v${ids.version} do not compile`);
    scorer = result.scorer;
  }
  return { ...ids, form: compiled.form, scorer };
}

/** The compiled version of a form the organisation has, or 404. */
export async function compiledVersion(db: ScopedDb, formId: string, version: number): Promise<CompiledVersion> {
  const cacheKey = `${db.organisationId}:${formId}:${version}`;
  const hit = cache.get(cacheKey);
  if (hit) {
    // Refresh its place: the least recently used version is the one evicted.
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit;
  }
  const row = await db
    .selectFrom("form_versions")
    .innerJoin("forms", (join) =>
      join
        .onRef("forms.id", "=", "form_versions.form_id")
        .onRef("forms.organisation_id", "=", "form_versions.organisation_id"),
    )
    .select(["forms.form_key", "form_versions.definition", "form_versions.scoring"])
    .where("form_versions.form_id", "=", formId)
    .where("form_versions.version", "=", version)
    .executeTakeFirst();
  if (!row) throw notFound();
  const compiled = compileStored(
    { formId, formKey: row.form_key, version },
    row.definition as FormDefinition,
    row.scoring,
  );
  cache.set(cacheKey, compiled);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return compiled;
}
