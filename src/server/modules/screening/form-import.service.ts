import type { z } from "zod";
import type { formImportIssue, formImportResult } from "../../../shared/api/screening.js";
import type { FormDefinition } from "../../../shared/forms/definition.js";
import { compileForm } from "../../../shared/forms/engine/index.js";
import { compileScoring } from "../../../shared/screening/scoring/index.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type readXlsform, writeXlsform } from "../forms/xlsform-file.js";
import { inheritedScoring, saveFormVersion } from "./form-versions.js";
import { FormRejected, getForm } from "./forms.service.js";

type ImportIssue = z.infer<typeof formImportIssue>;
type ImportResult = z.infer<typeof formImportResult>;

/**
 * Problems of the scoring rules a new version would keep, checked against it. The definition itself
 * was checked when the workbook was read (readXlsform compiles it and places each issue in its cell).
 */
function scoringIssues(definition: FormDefinition, scoring: unknown): ImportIssue[] {
  if (!scoring) return [];
  const compiled = compileForm(definition);
  if (!compiled.ok) throw new Error("a checked form definition does not compile");
  const rules = compileScoring(compiled.form, scoring);
  if (rules.ok) return [];
  return rules.issues.map((issue) => ({
    sheet: "scoring",
    code: `scoring_${issue.code}`,
    detail: issue.path,
    severity: "error",
  }));
}

/**
 * An XLSForm becomes a new draft form, or the next version of the organisation's form with the same
 * form_id (scoring rules carried over and checked against it). A dry run (the default) reports and
 * writes nothing; a real run with any error writes nothing and answers 400 with the same issues.
 */
export async function importForm(
  db: ScopedDb,
  read: Awaited<ReturnType<typeof readXlsform>>,
  options: { dryRun: boolean },
): Promise<ImportResult> {
  const issues: ImportIssue[] = read.ok ? [...read.warnings] : [...read.issues];
  if (read.ok) issues.push(...scoringIssues(read.definition, await inheritedScoring(db, read.definition.formId)));
  const ok = !issues.some((issue) => issue.severity === "error");
  if (!ok && !options.dryRun) throw new FormRejected(issues);
  if (!ok || options.dryRun || !read.ok) {
    db.audit({ action: "form.import_check", recordType: "form", detail: { ok, issues: issues.length } });
    return { ok, dryRun: options.dryRun, issues, form: null };
  }
  const saved = await saveFormVersion(db, read.definition);
  db.audit({
    action: "form.import",
    recordType: "form",
    recordId: saved.formId,
    detail: { version: saved.version, created: saved.created },
  });
  const { definition: _d, scoring: _s, version: _v, ...form } = await getForm(db, saved.formId, saved.version);
  return { ok: true, dryRun: false, issues, form };
}

/** A version of a form as an XLSForm workbook, e.g. to edit a built-in instrument and import it back. */
export async function exportForm(db: ScopedDb, formId: string, version?: number) {
  const form = await getForm(db, formId, version);
  db.audit({ action: "form.export", recordType: "form", recordId: formId, detail: { version: form.version } });
  return {
    fileName: `${form.formKey}-v${form.version}.xlsx`,
    body: await writeXlsform(form.definition as Parameters<typeof writeXlsform>[0]),
  };
}
