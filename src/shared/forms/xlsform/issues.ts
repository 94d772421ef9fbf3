import { XLSFORM_LIMITS, type XlsformIssue, type XlsformIssueCode, type XlsformSheet } from "./types.js";

interface Where {
  row?: number;
  column?: string;
  detail?: string;
}

/** Collects issues, capped so that a sheet with thousands of bad rows gives a readable report. */
export class IssueList {
  readonly items: XlsformIssue[] = [];
  private dropped = 0;
  private droppedError = false;

  error(sheet: XlsformSheet, code: XlsformIssueCode, where: Where = {}): void {
    this.add({ sheet, code, severity: "error", ...defined(where) });
  }

  warn(sheet: XlsformSheet, code: XlsformIssueCode, where: Where = {}): void {
    this.add({ sheet, code, severity: "warning", ...defined(where) });
  }

  add(issue: XlsformIssue): void {
    if (this.items.length < XLSFORM_LIMITS.issues) this.items.push(issue);
    else {
      this.dropped += 1;
      if (issue.severity === "error") this.droppedError = true;
    }
  }

  get hasErrors(): boolean {
    return this.droppedError || this.items.some((issue) => issue.severity === "error");
  }

  /** The issues, with one closing "too_many_issues" saying how many were left out. */
  list(): XlsformIssue[] {
    if (this.dropped === 0) return [...this.items];
    const severity = this.droppedError ? "error" : "warning";
    return [...this.items, { sheet: "file", code: "too_many_issues", detail: String(this.dropped), severity }];
  }
}

function defined(where: Where): Where {
  const out: Where = {};
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  if (where.detail !== undefined) out.detail = where.detail;
  return out;
}
