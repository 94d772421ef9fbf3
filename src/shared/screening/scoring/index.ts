export { compileScoring } from "./compile.js";
export { higherLevel, levelRank, RISK_LEVELS, type RiskLevel } from "./levels.js";
export {
  type DelphiLink,
  type DelphiSource,
  delphiLink,
  type FlagRule,
  flagRule,
  type LevelRule,
  levelRule,
  type NeedRule,
  needRule,
  riskLevel,
  type ScoreOverride,
  type ScoringRules,
  type ScoringRulesInput,
  scoreOverride,
  scoringRules,
} from "./schema.js";
export { ScoringRulesError, scoreScreening } from "./score.js";
export {
  type CompileScoringResult,
  type FlagAnswer,
  type RaisedFlag,
  SCORING_ISSUE_CODES,
  type Scorer,
  type ScoringIssue,
  type ScoringIssueCode,
  type ScreeningScore,
} from "./types.js";
