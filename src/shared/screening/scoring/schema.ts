import { z } from "zod";
import { fieldName, localizedText } from "../../forms/definition.js";
import { DELPHI_DIMENSIONS, DELPHI_LIST_IDS } from "../delphi/types.js";
import { RISK_LEVELS } from "./levels.js";

/**
 * Declarative scoring rules attached to a form version. Conditions are XLSForm expressions over the
 * form's fields, so the people who maintain a form can maintain its scoring in the same language.
 */

const ruleId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z][a-z0-9_]*$/);
const expression = z.string().min(1).max(10_000);

export const riskLevel = z.enum(RISK_LEVELS);

/** A translation key (e.g. "screening.flags.child") or text per language. */
export const ruleLabel = z.union([z.string().min(1).max(200), localizedText]);

const outcome = {
  label: ruleLabel,
  /** The level this flag implies on its own. */
  level: riskLevel,
  needs: z.array(ruleId).max(50).default([]),
  /** Service types suggested whenever the flag is raised, on top of its needs' services. */
  services: z.array(ruleId).max(50).default([]),
  /** Groups of flags that level rules count, e.g. "trafficking", "vulnerability". */
  tags: z.array(ruleId).max(10).default([]),
};

export const flagRule = z.object({ id: ruleId, when: expression, ...outcome });
export type FlagRule = z.infer<typeof flagRule>;

export const needRule = z.object({
  id: ruleId,
  /** Optional: a need may also come only from flags that list it. */
  when: expression.optional(),
  services: z.array(ruleId).max(50).default([]),
});
export type NeedRule = z.infer<typeof needRule>;

/** Counts raised flags: those with the tag, or among the ids (both given: both must match). */
export const flagCount = z.object({
  tag: ruleId.optional(),
  ids: z.array(ruleId).min(1).max(100).optional(),
  atLeast: z.number().int().min(1).max(100),
});
export type FlagCount = z.infer<typeof flagCount>;

/** Raises the level when ALL its conditions hold: the expression and every flag count. */
export const levelRule = z.object({
  id: ruleId,
  label: ruleLabel.optional(),
  level: riskLevel,
  when: expression.optional(),
  flags: z.array(flagCount).max(10).default([]),
});
export type LevelRule = z.infer<typeof levelRule>;

/** A select_multiple question whose choice names are the indicator keys of one dimension. */
const choicesSource = z.object({
  kind: z.literal("select_multiple"),
  field: fieldName,
  dimension: z.enum(DELPHI_DIMENSIONS),
});
/** A question that marks one indicator present when its answer equals `value`. */
const answerSource = z.object({
  kind: z.literal("answer"),
  field: fieldName,
  indicator: z.string().min(1).max(200),
  value: z.string().min(1).max(200).default("yes"),
});
export const delphiSource = z.discriminatedUnion("kind", [choicesSource, answerSource]);
export type DelphiSource = z.infer<typeof delphiSource>;

export const delphiLink = z.object({
  /** The first list whose `when` holds is assessed (age group × type of exploitation). */
  lists: z
    .array(
      z.object({
        list: z.enum(DELPHI_LIST_IDS),
        when: expression,
        sources: z.array(delphiSource).min(1).max(200),
      }),
    )
    .min(1)
    .max(DELPHI_LIST_IDS.length),
  /** The flag raised when the combination rule presumes a victim. */
  presumedVictim: z.object({ id: ruleId, ...outcome }),
  /** The flag raised when a dimension is positive but the person is not a presumed victim. */
  dimensionPositive: z.object({ id: ruleId, ...outcome }).optional(),
});
export type DelphiLink = z.infer<typeof delphiLink>;

export const scoringRules = z.object({
  flags: z.array(flagRule).max(500).default([]),
  needs: z.array(needRule).max(200).default([]),
  levels: z.array(levelRule).max(100).default([]),
  delphi: delphiLink.optional(),
});
export type ScoringRules = z.infer<typeof scoringRules>;
/** What authors write: defaults may be left out. */
export type ScoringRulesInput = z.input<typeof scoringRules>;

/** A screener's different level, with the reason; the server stores who and when. */
export const scoreOverride = z.object({
  level: riskLevel,
  reason: z.string().trim().min(3).max(2_000),
});
export type ScoreOverride = z.infer<typeof scoreOverride>;
