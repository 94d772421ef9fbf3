import type { Answers } from "../../forms/definition.js";
import type { CompiledForm } from "../../forms/engine/types.js";
import { answersOf, type Condition, compileCondition } from "./condition.js";
import { compileDelphiLink, type DelphiRunner } from "./delphi-link.js";
import { higherLevel, type RiskLevel } from "./levels.js";
import { type ScoringRules, scoringRules } from "./schema.js";
import type { CompileScoringResult, RaisedFlag, ScoringIssue, ScreeningScore } from "./types.js";

interface FlagDef {
  id: string;
  level: RiskLevel;
  needs: readonly string[];
  services: readonly string[];
  tags: readonly string[];
}

interface CompiledFlag extends FlagDef {
  index: number;
  when: Condition;
}

interface CompiledNeed {
  id: string;
  when?: Condition;
  services: readonly string[];
}

interface CompiledLevelRule {
  id: string;
  level: RiskLevel;
  when?: Condition;
  /** Per flag count: whether each flag (by index) is counted, and how many must be raised. */
  counts: { counted: readonly boolean[]; atLeast: number }[];
}

/**
 * Validates scoring rules against a compiled form and prepares them for repeated use: expressions are
 * compiled once, flag counts become lookup tables, so scoring an evaluation is a few passes over arrays.
 */
export function compileScoring(form: CompiledForm, input: unknown): CompileScoringResult {
  const parsed = scoringRules.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path
          .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
          .join("")
          .replace(/^\./, ""),
        code: "invalid_rules" as const,
        params: { detail: issue.code },
      })),
    };
  }
  const rules = parsed.data;
  const issues: ScoringIssue[] = [];

  const flagDefs: FlagDef[] = [...rules.flags];
  if (rules.delphi) {
    flagDefs.push(rules.delphi.presumedVictim);
    if (rules.delphi.dimensionPositive) flagDefs.push(rules.delphi.dimensionPositive);
  }
  const flagPath = (i: number) =>
    i < rules.flags.length
      ? `flags[${i}]`
      : i === rules.flags.length
        ? "delphi.presumedVictim"
        : "delphi.dimensionPositive";
  reportDuplicates(
    flagDefs.map((f) => f.id),
    (i) => `${flagPath(i)}.id`,
    issues,
  );
  reportDuplicates(
    rules.needs.map((n) => n.id),
    (i) => `needs[${i}].id`,
    issues,
  );
  reportDuplicates(
    rules.levels.map((l) => l.id),
    (i) => `levels[${i}].id`,
    issues,
  );

  const needIds = new Set(rules.needs.map((n) => n.id));
  flagDefs.forEach((flag, i) => {
    for (const need of flag.needs) {
      if (!needIds.has(need)) issues.push({ path: `${flagPath(i)}.needs`, code: "unknown_need", params: { id: need } });
    }
  });

  const flags: CompiledFlag[] = [];
  rules.flags.forEach((flag, index) => {
    const when = compileCondition(form, flag.when, `flags[${index}].when`, issues);
    if (when) flags.push({ ...flag, index, when });
  });
  const needs: CompiledNeed[] = rules.needs.map((need, i) => ({
    id: need.id,
    services: need.services,
    when: need.when === undefined ? undefined : compileCondition(form, need.when, `needs[${i}].when`, issues),
  }));
  const levelRules = compileLevelRules(form, rules, flagDefs, issues);
  const delphi = rules.delphi ? compileDelphiLink(form, rules.delphi, issues) : undefined;

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, scorer: makeScorer(rules, flags, needs, levelRules, delphi) };
}

function reportDuplicates(ids: string[], pathOf: (i: number) => string, issues: ScoringIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: pathOf(i), code: "duplicate_id", params: { id } });
    seen.add(id);
  });
}

function compileLevelRules(
  form: CompiledForm,
  rules: ScoringRules,
  flagDefs: readonly FlagDef[],
  issues: ScoringIssue[],
): CompiledLevelRule[] {
  const flagIds = new Set(flagDefs.map((f) => f.id));
  const tags = new Set(flagDefs.flatMap((f) => f.tags));
  return rules.levels.map((rule, i) => {
    const path = `levels[${i}]`;
    if (rule.when === undefined && rule.flags.length === 0) issues.push({ path, code: "empty_condition" });
    const counts = rule.flags.map((count, j) => {
      if (count.tag !== undefined && !tags.has(count.tag)) {
        issues.push({ path: `${path}.flags[${j}].tag`, code: "unknown_tag", params: { tag: count.tag } });
      }
      for (const id of count.ids ?? []) {
        if (!flagIds.has(id)) issues.push({ path: `${path}.flags[${j}].ids`, code: "unknown_flag", params: { id } });
      }
      const counted = flagDefs.map(
        (flag) =>
          (count.tag === undefined || flag.tags.includes(count.tag)) &&
          (count.ids === undefined || count.ids.includes(flag.id)),
      );
      return { counted, atLeast: count.atLeast };
    });
    const when = rule.when === undefined ? undefined : compileCondition(form, rule.when, `${path}.when`, issues);
    return { id: rule.id, level: rule.level, when, counts };
  });
}

function makeScorer(
  rules: ScoringRules,
  flags: readonly CompiledFlag[],
  needs: readonly CompiledNeed[],
  levelRules: readonly CompiledLevelRule[],
  delphi: DelphiRunner | undefined,
) {
  const presumedIndex = rules.flags.length;
  const dimensionIndex = rules.flags.length + 1;
  return {
    rules,
    score({ values }: { values: Answers }): ScreeningScore {
      const raised: RaisedFlag[] = [];
      const raisedIndex: number[] = [];
      const flagNeeds = new Set<string>();
      const flagServices: string[] = [];
      let level: RiskLevel = "low";
      const raise = (def: FlagDef, index: number, answers: RaisedFlag["answers"]) => {
        raised.push({ id: def.id, level: def.level, answers });
        raisedIndex.push(index);
        level = higherLevel(level, def.level);
        for (const need of def.needs) flagNeeds.add(need);
        for (const service of def.services) flagServices.push(service);
      };

      for (const flag of flags) {
        if (flag.when.test(values)) raise(flag, flag.index, answersOf(values, flag.when.references));
      }
      const run = delphi?.(values);
      if (run && rules.delphi) {
        if (run.assessment.presumedVictim) {
          raise(rules.delphi.presumedVictim, presumedIndex, run.answers);
        } else if (rules.delphi.dimensionPositive && run.assessment.dimensions.some((d) => d.positive)) {
          raise(rules.delphi.dimensionPositive, dimensionIndex, run.answers);
        }
      }

      const needIds: string[] = [];
      const services = new Set<string>();
      for (const need of needs) {
        if (flagNeeds.has(need.id) || need.when?.test(values)) {
          needIds.push(need.id);
          for (const service of need.services) services.add(service);
        }
      }
      for (const service of flagServices) services.add(service);

      const matched: string[] = [];
      for (const rule of levelRules) {
        if (rule.when && !rule.when.test(values)) continue;
        const holds = rule.counts.every(({ counted, atLeast }) => {
          let n = 0;
          for (const index of raisedIndex) if (counted[index]) n += 1;
          return n >= atLeast;
        });
        if (!holds) continue;
        matched.push(rule.id);
        level = higherLevel(level, rule.level);
      }

      const score: ScreeningScore = {
        level,
        flags: raised,
        levelRules: matched,
        needs: needIds,
        services: [...services],
      };
      if (run) score.delphi = run.assessment;
      return score;
    },
  };
}
