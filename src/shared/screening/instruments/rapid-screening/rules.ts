// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { ScoringRulesInput } from "../../scoring/schema.js";
import { flag, needsFromQuestion, PROTECTION_NEEDS } from "../common-rules.js";

const VULNERABILITY = ["vulnerability"];
const TRAFFICKING = ["trafficking"];

/**
 * Vulnerability flags alone stay low or medium (being Roma or older is not a risk by itself); they
 * raise the level when they meet a trafficking-risk flag. Immediate danger is kept for someone who is
 * not free to leave while the person controlling them is present or controls their travel.
 */
export const RAPID_SCREENING_RULES: ScoringRulesInput = {
  flags: [
    flag("child", "${age_group} = 'child'", "low", { tags: VULNERABILITY }),
    flag("child_unaccompanied", "${child_care} = 'alone'", "high", {
      needs: ["child_protection", "family_tracing"],
      services: ["safe_accommodation"],
      tags: [...VULNERABILITY, "unsafe_care"],
    }),
    flag("child_separated", "${child_care} = 'relative'", "medium", {
      needs: ["child_protection", "family_tracing"],
      tags: VULNERABILITY,
    }),
    flag("child_with_unrelated_adult", "${child_care} = 'unrelated_adult'", "high", {
      needs: ["child_protection"],
      tags: [...VULNERABILITY, "unsafe_care"],
    }),
    flag("disability", "${wg_disability} = 'yes'", "medium", { tags: VULNERABILITY }),
    flag("older_person", "${age_group} = 'older'", "low", { tags: VULNERABILITY }),
    flag("pregnancy", "${pregnant} = 'yes'", "medium", { needs: ["medical"], tags: VULNERABILITY }),
    flag("urgent_medical", "${urgent_medical} = 'yes'", "high", { needs: ["medical"] }),
    flag("roma", "${roma} = 'yes'", "low", { tags: VULNERABILITY }),
    flag("third_country_national", "${third_country_national} = 'yes'", "low", {
      needs: ["legal", "information"],
      tags: VULNERABILITY,
    }),
    flag("gbv_disclosed", "${gbv_disclosed} = 'yes'", "high", {
      needs: ["psychosocial", "medical", "safety"],
      tags: VULNERABILITY,
    }),
    flag("no_identity_documents", "${has_id_document} = 'no'", "low", { needs: ["documents"] }),
    flag("travelling_with_recent_contact", "${travel_with} = 'recent_contact'", "medium", { tags: TRAFFICKING }),
    flag("unclear_job_offer", "${job_offer} = 'yes'", "medium", { needs: ["information"], tags: TRAFFICKING }),
    flag("documents_held_by_someone", "${documents_held} = 'yes'", "high", {
      needs: ["documents", "legal"],
      tags: TRAFFICKING,
    }),
    flag("unpaid_work", "${unpaid_work} = 'yes'", "medium", { needs: ["legal"], tags: TRAFFICKING }),
    flag("not_free_to_leave", "${not_free} = 'yes_past' or ${not_free} = 'yes_now'", "high", {
      needs: ["psychosocial", "legal"],
      tags: TRAFFICKING,
    }),
    flag(
      "not_free_and_controlled_now",
      "${not_free} = 'yes_now' and (${controller_nearby} = 'yes' or ${travel_controlled} = 'yes')",
      "immediate_danger",
      { needs: ["safety"], services: ["law_enforcement"], tags: TRAFFICKING },
    ),
    flag("debt_to_recruiter", "${debt} = 'yes'", "medium", { needs: ["legal"], tags: TRAFFICKING }),
    flag("travel_controlled", "${travel_controlled} = 'yes'", "high", { tags: TRAFFICKING }),
    flag("forced_to_work", "${forced} = 'yes'", "high", { needs: ["legal", "psychosocial"], tags: TRAFFICKING }),
    flag("threatened", "${threatened} = 'yes'", "high", { needs: ["safety"], tags: TRAFFICKING }),
    flag("feels_unsafe", "${feels_safe} = 'no'", "high", { needs: ["safety"] }),
    flag(
      "screener_concern",
      "count-selected(${screener_signs}) > 0 and not(selected(${screener_signs}, 'none'))",
      "medium",
      { tags: TRAFFICKING },
    ),
  ],
  needs: [...needsFromQuestion("needs"), ...PROTECTION_NEEDS],
  levels: [
    {
      id: "several_trafficking_risks",
      label: "screening.levelRules.several_trafficking_risks",
      level: "high",
      flags: [{ tag: "trafficking", atLeast: 2 }],
    },
    {
      id: "vulnerable_with_trafficking_risk",
      label: "screening.levelRules.vulnerable_with_trafficking_risk",
      level: "high",
      flags: [
        { tag: "vulnerability", atLeast: 1 },
        { tag: "trafficking", atLeast: 1 },
      ],
    },
    {
      id: "child_alone_with_trafficking_risk",
      label: "screening.levelRules.child_alone_with_trafficking_risk",
      level: "immediate_danger",
      flags: [
        { tag: "unsafe_care", atLeast: 1 },
        { tag: "trafficking", atLeast: 1 },
      ],
    },
  ],
};
