export { DELPHI_LISTS, delphiIndicator, delphiIndicators } from "./lists.js";
export {
  assessDelphi,
  type DelphiAssessment,
  type DelphiElement,
  type DelphiReasonCode,
  type DimensionAssessment,
  type DimensionRuleId,
  dimensionRule,
  type GradeCounts,
} from "./rule.js";
export * from "./types.js";
