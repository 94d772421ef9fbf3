/** Risk levels, least to most urgent. */
export const RISK_LEVELS = ["low", "medium", "high", "immediate_danger"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2, immediate_danger: 3 };

export function higherLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RANK[b] > RANK[a] ? b : a;
}

export function levelRank(level: RiskLevel): number {
  return RANK[level];
}
