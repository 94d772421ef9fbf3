import type { DelphiDimension, DelphiGrade, DelphiIndicator, DelphiList, DelphiListId } from "./types.js";
import { DELPHI_DIMENSIONS, DELPHI_LIST_IDS } from "./types.js";

/**
 * The four lists of the ILO/EC operational indicators (revised September 2009), by dimension and grade.
 * Keys name the published indicator (text in `screening.delphi.indicators.<key>`); the same key in two
 * dimensions is the same published wording, graded by each dimension on its own (confiscation of
 * documents is medium at recruitment but strong at destination). Grades differ between the lists on
 * purpose: the experts judged several adult "weak" indicators medium or strong for children.
 */
type Graded = Partial<Record<DelphiGrade, readonly string[]>>;
type ListSpec = Record<DelphiDimension, Graded>;

const DECEPTION_MEDIUM = [
  "contract",
  "family_reunification",
  "housing_living",
  "legal_documentation",
  "travel_recruitment",
  "wages",
  "marriage_adoption",
] as const;

const COERCIVE_MEDIUM_ADULT = [
  "abduction_selling",
  "confiscation_documents",
  "debt_bondage",
  "isolation",
  "threats_of_violence",
  "threat_inform_family",
  "threat_denunciation",
  "violence_on_family",
  "withholding_money",
] as const;

const COERCIVE_CHILD: Graded = {
  strong: ["violence_on_victim", "threats_of_violence", "abduction_selling", "debt_bondage"],
  medium: [
    "confiscation_documents",
    "isolation",
    "threat_inform_family",
    "threat_denunciation",
    "violence_on_family",
    "withholding_money",
  ],
};

const ABUSE_RECRUITMENT_MEDIUM = [
  "difficult_family_situation",
  "illegal_status",
  "lack_of_education",
  "lack_of_information",
  "control_by_exploiters",
  "economic_reasons",
  "false_info_migration",
  "family_situation",
  "personal_situation",
  "emotional_dependency",
  "relationship_authorities",
  "difficulties_past",
  "difficulty_travel",
] as const;

const ABUSE_RECRUITMENT_ADULT: Graded = {
  medium: [...ABUSE_RECRUITMENT_MEDIUM, "false_info_law"],
  weak: ["cultural_beliefs", "general_context"],
};

/** The child lists drop "false information about law" and raise the two weak items to medium. */
const ABUSE_RECRUITMENT_CHILD: Graded = {
  medium: [...ABUSE_RECRUITMENT_MEDIUM, "cultural_beliefs", "general_context"],
};

const EXPLOITATION_MEDIUM_COMMON = [
  "low_no_salary",
  "wage_manipulation",
  "bad_living_conditions",
  "bad_working_conditions",
  "labour_law_breach",
] as const;

const COERCION_DESTINATION_MEDIUM_COMMON = [
  "act_against_peers",
  "lie_to_authorities",
  "threat_denunciation",
  "threat_worse_conditions",
  "violence_on_family",
  "withholding_wages",
] as const;

const COERCION_DESTINATION_CHILD: Graded = {
  strong: [
    "confiscation_documents",
    "debt_bondage",
    "isolation",
    "violence_on_victim",
    "threats_of_violence",
    "illicit_activities",
    "forced_tasks_clients",
    "strong_influence",
  ],
  medium: [...COERCION_DESTINATION_MEDIUM_COMMON, "threat_inform_family"],
};

const ABUSE_DESTINATION_MEDIUM = [
  "dependency_on_exploiters",
  "unknown_area",
  "economic_reasons",
  "family_situation",
  "relationship_authorities",
] as const;

const ABUSE_DESTINATION_ADULT: Graded = {
  medium: ABUSE_DESTINATION_MEDIUM,
  weak: ["difficulties_past", "personal_characteristics"],
};

const ABUSE_DESTINATION_CHILD: Graded = {
  medium: [...ABUSE_DESTINATION_MEDIUM, "difficulties_past", "personal_characteristics"],
};

const SPECS: Record<DelphiListId, ListSpec> = {
  adult_labour: {
    deceptive: { strong: ["nature_of_job"], medium: ["conditions_of_work", ...DECEPTION_MEDIUM], weak: ["education"] },
    coercive: { strong: ["violence_on_victim"], medium: COERCIVE_MEDIUM_ADULT },
    abuse_recruitment: ABUSE_RECRUITMENT_ADULT,
    exploitation: {
      strong: ["excessive_hours"],
      medium: [...EXPLOITATION_MEDIUM_COMMON, "hazardous_work", "no_social_protection"],
      weak: ["no_education_access"],
    },
    coercion_destination: {
      strong: ["confiscation_documents", "debt_bondage", "isolation", "violence_on_victim"],
      medium: [
        "threats_of_violence",
        "illicit_activities",
        "forced_tasks_clients",
        "strong_influence",
        ...COERCION_DESTINATION_MEDIUM_COMMON,
      ],
      weak: ["threat_inform_family"],
    },
    abuse_destination: ABUSE_DESTINATION_ADULT,
  },
  adult_sexual: {
    deceptive: {
      strong: ["nature_of_job"],
      medium: ["conditions_of_prostitution", ...DECEPTION_MEDIUM],
      weak: ["education"],
    },
    coercive: {
      strong: ["violence_on_victim", "abduction_selling"],
      medium: COERCIVE_MEDIUM_ADULT.filter((key) => key !== "abduction_selling"),
    },
    abuse_recruitment: ABUSE_RECRUITMENT_ADULT,
    // The sexual-exploitation list has no strong indicator of exploitation: it takes three medium ones.
    exploitation: {
      medium: [...EXPLOITATION_MEDIUM_COMMON, "excessive_hours", "hazardous_work"],
      weak: ["no_social_protection", "no_education_access"],
    },
    coercion_destination: {
      strong: ["confiscation_documents", "debt_bondage", "isolation", "violence_on_victim", "forced_tasks_clients"],
      medium: ["threats_of_violence", "illicit_activities", "strong_influence", ...COERCION_DESTINATION_MEDIUM_COMMON],
      weak: ["threat_inform_family"],
    },
    abuse_destination: ABUSE_DESTINATION_ADULT,
  },
  child_labour: {
    deceptive: { strong: ["nature_of_job", "education"], medium: ["conditions_of_work", ...DECEPTION_MEDIUM] },
    coercive: COERCIVE_CHILD,
    abuse_recruitment: ABUSE_RECRUITMENT_CHILD,
    exploitation: {
      strong: ["excessive_hours"],
      medium: [...EXPLOITATION_MEDIUM_COMMON, "hazardous_work", "no_education_access"],
    },
    coercion_destination: COERCION_DESTINATION_CHILD,
    abuse_destination: ABUSE_DESTINATION_CHILD,
  },
  child_sexual: {
    deceptive: { strong: ["nature_of_job", "education"], medium: ["conditions_of_prostitution", ...DECEPTION_MEDIUM] },
    coercive: COERCIVE_CHILD,
    abuse_recruitment: ABUSE_RECRUITMENT_CHILD,
    exploitation: {
      strong: ["hazardous_work"],
      medium: [...EXPLOITATION_MEDIUM_COMMON, "excessive_hours", "no_education_access"],
    },
    coercion_destination: COERCION_DESTINATION_CHILD,
    abuse_destination: ABUSE_DESTINATION_CHILD,
  },
};

function buildList(id: DelphiListId): DelphiList {
  const indicators: DelphiIndicator[] = [];
  for (const dimension of DELPHI_DIMENSIONS) {
    const graded = SPECS[id][dimension];
    for (const grade of ["strong", "medium", "weak"] as const) {
      for (const key of graded[grade] ?? []) {
        indicators.push({ id: `${id}.${dimension}.${key}`, list: id, dimension, key, grade });
      }
    }
  }
  return {
    id,
    group: id.startsWith("child") ? "child" : "adult",
    exploitation: id.endsWith("sexual") ? "sexual" : "labour",
    indicators,
  };
}

export const DELPHI_LISTS: Readonly<Record<DelphiListId, DelphiList>> = Object.fromEntries(
  DELPHI_LIST_IDS.map((id) => [id, buildList(id)]),
) as Record<DelphiListId, DelphiList>;

const BY_ID = new Map<string, DelphiIndicator>(
  DELPHI_LIST_IDS.flatMap((id) => DELPHI_LISTS[id].indicators.map((indicator) => [indicator.id, indicator] as const)),
);

export function delphiIndicator(id: string): DelphiIndicator | undefined {
  return BY_ID.get(id);
}

/** The indicators of one list and dimension, strong first, in published order. */
export function delphiIndicators(list: DelphiListId, dimension: DelphiDimension): DelphiIndicator[] {
  return DELPHI_LISTS[list].indicators.filter((indicator) => indicator.dimension === dimension);
}
