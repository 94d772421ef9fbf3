import { compileScoring } from "../../../shared/screening/scoring/index.js";
import { AppError, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { compiledVersion } from "./compiled-forms.js";
import { saveFormVersion } from "./form-versions.js";
import { getForm } from "./forms.service.js";

/** Rules that do not fit the form: each problem with its place in the rules ("flags[2].when"). */
export class RulesRejected extends AppError {
  constructor(readonly issues: { path: string; code: string; params?: Record<string, string | number> }[]) {
    super("validation", [{ field: "body.rules", problem: "rules_invalid", params: { count: issues.length } }]);
  }
}

/**
 * Scoring rules for a form that came without them (an XLSForm from another tool): checked against the
 * form's latest version and saved as the next version, with the same questions. It takes effect when
 * that version is published, so screenings in progress keep the rules they started with.
 */
export async function saveScoringRules(db: ScopedDb, formId: string, rules: unknown) {
  const form = await db.selectFrom("forms").select(["latest_version"]).where("id", "=", formId).executeTakeFirst();
  if (!form) throw notFound();
  const latest = await compiledVersion(db, formId, form.latest_version);
  const checked = compileScoring(latest.form, rules);
  if (!checked.ok) throw new RulesRejected(checked.issues);
  const saved = await saveFormVersion(db, latest.form.definition, { scoring: rules });
  db.audit({ action: "form.scoring", recordType: "form", recordId: formId, detail: { version: saved.version } });
  return getForm(db, formId, saved.version);
}
