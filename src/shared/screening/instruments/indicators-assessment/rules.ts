// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { ScoringRulesInput } from "../../scoring/schema.js";
import { flagLabel, PROTECTION_NEEDS } from "../common-rules.js";
import { DELPHI_FORM_LINK } from "./delphi-items.js";

/** The level follows the ILO/EC combination rule; danger now overrides it. */
export const INDICATORS_ASSESSMENT_RULES: ScoringRulesInput = {
  flags: [
    {
      id: "in_danger_now",
      label: flagLabel("in_danger_now"),
      when: "${in_danger_now} = 'yes'",
      level: "immediate_danger",
      needs: ["safety"],
      services: ["law_enforcement"],
    },
    {
      id: "child",
      label: flagLabel("child"),
      when: "${person_group} = 'child'",
      level: "medium",
      needs: ["child_protection"],
    },
  ],
  needs: [
    ...PROTECTION_NEEDS,
    { id: "legal", services: ["legal"] },
    { id: "psychosocial", services: ["mhpss"] },
    { id: "information", services: ["information"] },
  ],
  delphi: {
    lists: DELPHI_FORM_LINK,
    presumedVictim: {
      id: "delphi_presumed_victim",
      label: flagLabel("delphi_presumed_victim"),
      level: "high",
      needs: ["legal", "psychosocial", "safety"],
      tags: ["trafficking"],
    },
    dimensionPositive: {
      id: "delphi_dimension_positive",
      label: flagLabel("delphi_dimension_positive"),
      level: "medium",
      needs: ["information"],
      tags: ["trafficking"],
    },
  },
};
