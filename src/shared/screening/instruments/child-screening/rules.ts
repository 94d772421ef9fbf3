// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { ScoringRulesInput } from "../../scoring/schema.js";
import { flag, needsFromQuestion, PROTECTION_NEEDS } from "../common-rules.js";

const PROTECTION = ["protection"];
const TRAFFICKING = ["trafficking"];

/**
 * Every unaccompanied child is at least high; a child who has nowhere safe to sleep tonight, fears
 * the adult with them, or is alone and approached by recruiters is in immediate danger.
 */
export const CHILD_SCREENING_RULES: ScoringRulesInput = {
  flags: [
    flag("child_unaccompanied", "${care_situation} = 'alone' or ${care_situation} = 'other_children'", "high", {
      needs: ["child_protection", "family_tracing"],
      services: ["safe_accommodation"],
      tags: [...PROTECTION, "unsafe_care"],
    }),
    flag("child_with_unrelated_adult", "${care_situation} = 'unrelated_adult'", "high", {
      needs: ["child_protection"],
      tags: [...PROTECTION, "unsafe_care"],
    }),
    flag("child_separated", "${care_situation} = 'relative'", "medium", {
      needs: ["child_protection", "family_tracing"],
      tags: PROTECTION,
    }),
    flag("child_in_institution_group", "${care_situation} = 'institution'", "medium", {
      needs: ["child_protection"],
      tags: PROTECTION,
    }),
    flag("parents_not_reachable", "${parents_contact} = 'no'", "medium", { needs: ["family_tracing"] }),
    flag("no_guardian_identified", "${guardian_identified} = 'no'", "high", {
      needs: ["child_protection", "legal"],
      tags: PROTECTION,
    }),
    flag("guardian_documents_missing", "${guardian_documents} = 'none' or ${guardian_documents} = 'unclear'", "high", {
      needs: ["child_protection", "legal"],
      tags: PROTECTION,
    }),
    flag("accounts_do_not_match", "${accounts_match} = 'no'", "high", {
      needs: ["child_protection"],
      tags: [...PROTECTION, ...TRAFFICKING],
    }),
    flag(
      "no_safe_place_tonight",
      "${sleep_tonight} = 'recent_contact' or ${sleep_tonight} = 'dont_know'",
      "immediate_danger",
      {
        needs: ["safety", "child_protection"],
        tags: PROTECTION,
      },
    ),
    flag("afraid_of_adult", "${afraid_of_adult} = 'yes'", "immediate_danger", {
      needs: ["safety", "child_protection"],
      services: ["law_enforcement"],
      tags: [...PROTECTION, ...TRAFFICKING],
    }),
    flag("child_harmed", "${harmed} = 'yes'", "high", {
      needs: ["medical", "psychosocial", "child_protection"],
      tags: PROTECTION,
    }),
    flag("stranger_offers", "${stranger_offers} = 'yes'", "high", { needs: ["child_protection"], tags: TRAFFICKING }),
    flag("asked_to_work_or_pay", "${asked_work_pay} = 'yes'", "high", {
      needs: ["child_protection"],
      tags: TRAFFICKING,
    }),
    flag("onward_travel_by_others", "${onward_plan} = 'yes'", "medium", { tags: TRAFFICKING }),
    flag("urgent_medical", "${urgent_medical} = 'yes'", "high", { needs: ["medical"] }),
    flag("severe_distress", "${severe_distress} = 'yes'", "medium", { needs: ["psychosocial"] }),
    flag("no_identity_documents", "selected(${child_documents}, 'none')", "medium", { needs: ["documents"] }),
    flag("authorities_not_informed", "${authority_informed} = 'no'", "medium", { needs: ["child_protection"] }),
    flag("best_interests_procedure_needed", "${bip_needed} = 'yes' and ${bip_open} != 'yes'", "high", {
      needs: ["child_protection"],
      tags: PROTECTION,
    }),
  ],
  needs: [...needsFromQuestion("needs"), ...PROTECTION_NEEDS],
  levels: [
    {
      id: "child_alone_with_trafficking_risk",
      label: "screening.levelRules.child_alone_with_trafficking_risk",
      level: "immediate_danger",
      flags: [
        { tag: "unsafe_care", atLeast: 1 },
        { tag: "trafficking", atLeast: 1 },
      ],
    },
    {
      id: "several_trafficking_risks",
      label: "screening.levelRules.several_trafficking_risks",
      level: "high",
      flags: [{ tag: "trafficking", atLeast: 2 }],
    },
  ],
};
