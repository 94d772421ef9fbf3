import type { z } from "zod";
import type { formImportIssue, formImportResult } from "../../../shared/api/screening.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { readXlsform, writeXlsform } from "../forms/xlsform-file.js";
import { inheritedScoring, saveFormVersion } from "./form-versions.js";
import { checkVersion, FormRejected, getForm } from "./forms.service.js";

type ImportIssue = z.infer<typeof formImportIssue>;
type ImportResult = z.infer<typeof formImportResult>;

/** Reads an uploaded XLSForm outside any transaction: a parse never holds the database. */
export async function readFormUpload(bytes: Buffer) {
  return readXlsform(bytes);
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
  if (read.ok) issues.push(...checkVersion(read.definition, await inheritedScoring(db, read.definition.formId)));
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
  const form = await getForm(db, formId, version).catch(() => {
    throw notFound();
  });
  db.audit({ action: "form.export", recordType: "form", recordId: formId, detail: { version: form.version } });
  return {
    fileName: `${form.formKey}-v${form.version}.xlsx`,
    body: await writeXlsform(form.definition as Parameters<typeof writeXlsform>[0]),
  };
}
