import type { LocalizedText } from "../../../../shared/forms/definition.js";
import { pickText } from "../form-text.js";

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Label = string | LocalizedText | undefined;

/** The parts of a form version's scoring rules that name things (src/shared/screening/scoring/schema.ts). */
interface ScoringLabels {
  flags?: { id: string; label?: Label }[];
  levels?: { id: string; label?: Label }[];
  delphi?: { presumedVictim?: { id: string; label?: Label }; dimensionPositive?: { id: string; label?: Label } };
}

/**
 * Labels of flags and level rules: a rule's label is a catalogue key ("screening.flags.child") or text per
 * language written by the form's author; without one, the shared catalogue is tried by the rule's id.
 */
export function scoringLabeller(scoring: unknown, lang: string, t: Translate) {
  const rules = (scoring ?? {}) as ScoringLabels;
  const flagLabels = new Map<string, Label>();
  for (const flag of rules.flags ?? []) flagLabels.set(flag.id, flag.label);
  for (const flag of [rules.delphi?.presumedVictim, rules.delphi?.dimensionPositive]) {
    if (flag) flagLabels.set(flag.id, flag.label);
  }
  const levelLabels = new Map((rules.levels ?? []).map((rule) => [rule.id, rule.label] as const));
  const text = (label: Label, fallbackKey: string, id: string) => {
    if (typeof label === "string") return t(label, { defaultValue: label });
    if (label) return pickText(label, lang, "en");
    return t(fallbackKey, { defaultValue: id });
  };
  return {
    flag: (id: string) => text(flagLabels.get(id), `screening.flags.${id}`, id),
    levelRule: (id: string) => text(levelLabels.get(id), `screening.levelRules.${id}`, id),
  };
}
