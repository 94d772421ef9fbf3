import { DELPHI_LISTS, delphiIndicator } from "./lists.js";
import type { DelphiDimension, DelphiGrade, DelphiListId, DelphiVictimGroup } from "./types.js";
import { DELPHI_DIMENSIONS, DESTINATION_DIMENSIONS, RECRUITMENT_DIMENSIONS } from "./types.js";

/**
 * The ILO/EC combination rule. A dimension is positive when its present indicators include AT LEAST
 * one of: 2 strong; 1 strong + 1 medium-or-weak; 3 medium; 2 medium + 1 weak. "At least" means extra
 * indicators never turn a positive dimension negative. Each indicator counts once, at its own grade: a
 * weak indicator never stands in for a medium one (1 medium + 2 weak is negative), and a lone strong
 * indicator is not enough.
 */
export type DimensionRuleId = "two_strong" | "strong_and_another" | "three_medium" | "two_medium_and_weak";

export interface GradeCounts {
  strong: number;
  medium: number;
  weak: number;
}

/** Which combination makes the dimension positive, or null when none does. */
export function dimensionRule(counts: GradeCounts): DimensionRuleId | null {
  const { strong, medium, weak } = counts;
  if (strong >= 2) return "two_strong";
  if (strong >= 1 && medium + weak >= 1) return "strong_and_another";
  if (medium >= 3) return "three_medium";
  if (medium >= 2 && weak >= 1) return "two_medium_and_weak";
  return null;
}

export type DelphiElement = "recruitment" | "exploitation" | "destination";

export interface DimensionAssessment {
  dimension: DelphiDimension;
  positive: boolean;
  /** The combination that made it positive. */
  rule: DimensionRuleId | null;
  counts: GradeCounts;
  /** The indicators found in this dimension, each with its grade: what made it positive, or fell short. */
  indicators: { id: string; grade: DelphiGrade }[];
}

/**
 * Adults need all three elements: a positive recruitment dimension (deceptive, coercive or abuse of
 * vulnerability), exploitation, and a positive destination dimension (coercion or abuse of
 * vulnerability). Children, following the ILO document, need recruitment and exploitation only: the
 * means at destination are not required.
 */
export type DelphiReasonCode =
  | "adult_all_elements"
  | "adult_missing_elements"
  | "child_recruitment_and_exploitation"
  | "child_missing_elements";

export interface DelphiAssessment {
  list: DelphiListId;
  group: DelphiVictimGroup;
  dimensions: DimensionAssessment[];
  presumedVictim: boolean;
  reason: {
    code: DelphiReasonCode;
    /** Positive dimensions that satisfy each element the rule needs. */
    met: Partial<Record<DelphiElement, DelphiDimension[]>>;
    /** Elements the rule needs that no positive dimension satisfies. */
    missing: DelphiElement[];
  };
  /** Given ids that are not indicators of this list (another list's, or unknown). */
  ignored: string[];
}

const ELEMENT_DIMENSIONS: Record<DelphiElement, readonly DelphiDimension[]> = {
  recruitment: RECRUITMENT_DIMENSIONS,
  exploitation: ["exploitation"],
  destination: DESTINATION_DIMENSIONS,
};

const REQUIRED: Record<DelphiVictimGroup, readonly DelphiElement[]> = {
  adult: ["recruitment", "exploitation", "destination"],
  child: ["recruitment", "exploitation"],
};

/** Applies the combination rule to the indicators found present (full ids) for one list. */
export function assessDelphi(listId: DelphiListId, present: Iterable<string>): DelphiAssessment {
  const list = DELPHI_LISTS[listId];
  const found = new Map<DelphiDimension, { id: string; grade: DelphiGrade }[]>();
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const id of present) {
    if (seen.has(id)) continue;
    seen.add(id);
    const indicator = delphiIndicator(id);
    if (!indicator || indicator.list !== listId) {
      ignored.push(id);
      continue;
    }
    const bucket = found.get(indicator.dimension) ?? [];
    bucket.push({ id, grade: indicator.grade });
    found.set(indicator.dimension, bucket);
  }

  const dimensions = DELPHI_DIMENSIONS.map((dimension): DimensionAssessment => {
    const indicators = found.get(dimension) ?? [];
    const counts: GradeCounts = { strong: 0, medium: 0, weak: 0 };
    for (const indicator of indicators) counts[indicator.grade] += 1;
    const rule = dimensionRule(counts);
    return { dimension, positive: rule !== null, rule, counts, indicators };
  });
  const positive = new Set(dimensions.filter((d) => d.positive).map((d) => d.dimension));

  const met: Partial<Record<DelphiElement, DelphiDimension[]>> = {};
  const missing: DelphiElement[] = [];
  for (const element of REQUIRED[list.group]) {
    const satisfying = ELEMENT_DIMENSIONS[element].filter((dimension) => positive.has(dimension));
    if (satisfying.length > 0) met[element] = satisfying;
    else missing.push(element);
  }
  const presumedVictim = missing.length === 0;
  const code: DelphiReasonCode =
    list.group === "adult"
      ? presumedVictim
        ? "adult_all_elements"
        : "adult_missing_elements"
      : presumedVictim
        ? "child_recruitment_and_exploitation"
        : "child_missing_elements";
  return { list: listId, group: list.group, dimensions, presumedVictim, reason: { code, met, missing }, ignored };
}
