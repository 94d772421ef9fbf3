import type { ScoringRulesInput } from "../scoring/schema.js";
import { NEED_SERVICES } from "./common-choices.js";

type NeedInput = NonNullable<ScoringRulesInput["needs"]>[number];
type FlagInput = NonNullable<ScoringRulesInput["flags"]>[number];

/** One need per choice of a "needs" select_multiple question, with its service types. */
export function needsFromQuestion(field: string): NeedInput[] {
  return Object.entries(NEED_SERVICES).map(([id, services]) => ({
    id,
    when: `selected(\${${field}}, '${id}')`,
    services: [...services],
  }));
}

/** Needs that only flags raise. */
export const PROTECTION_NEEDS: NeedInput[] = [
  { id: "child_protection", services: ["child_protection"] },
  { id: "safety", services: ["safe_accommodation"] },
  { id: "family_tracing", services: ["family_tracing"] },
];

export const flagLabel = (id: string) => `screening.flags.${id}`;

/** A flag rule labelled from the catalogue by its id. */
export const flag = (
  id: string,
  when: string,
  level: FlagInput["level"],
  more: Partial<FlagInput> = {},
): FlagInput => ({
  id,
  label: flagLabel(id),
  when,
  level,
  ...more,
});
