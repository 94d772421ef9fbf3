import type { Answers, AnswerValue } from "../../forms/definition.js";
import type { DelphiAssessment } from "../delphi/rule.js";
import type { RiskLevel } from "./levels.js";
import type { ScoringRules } from "./schema.js";

export const SCORING_ISSUE_CODES = [
  "invalid_rules",
  "duplicate_id",
  "unknown_field",
  "bad_expression",
  "unknown_flag",
  "unknown_need",
  "unknown_tag",
  "empty_condition",
  "not_select_multiple",
  "not_yes_no",
  "unknown_indicator",
  "duplicate_list",
] as const;
export type ScoringIssueCode = (typeof SCORING_ISSUE_CODES)[number];

/** Why rules do not compile; `path` points into the rules ("flags[3].when"), codes are i18n keys under screening.issues. */
export interface ScoringIssue {
  path: string;
  code: ScoringIssueCode;
  params?: Record<string, string | number>;
}

/** An answer behind a flag: one field its condition reads, with the value it had. */
export interface FlagAnswer {
  field: string;
  value: AnswerValue;
}

export interface RaisedFlag {
  id: string;
  level: RiskLevel;
  answers: FlagAnswer[];
}

export interface ScreeningScore {
  /** The highest level implied by a raised flag or a matching level rule; "low" when nothing matched. */
  level: RiskLevel;
  flags: RaisedFlag[];
  /** Ids of the level rules that matched, so the level explains itself. */
  levelRules: string[];
  needs: string[];
  services: string[];
  /** The ILO/EC assessment, when the rules link an indicator list and one applies. */
  delphi?: DelphiAssessment;
}

export interface Scorer {
  readonly rules: ScoringRules;
  /** Scores an evaluation of the form the rules were compiled against. */
  score(evaluation: { values: Answers }): ScreeningScore;
}

export type CompileScoringResult = { ok: true; scorer: Scorer } | { ok: false; issues: ScoringIssue[] };
