import type { SupportPlanType } from "../htcds/events.js";
import type { VulnerabilityFlag } from "../htcds/extensions/person.js";
import type { VictimVulnerability } from "../htcds/victim.js";
import { isServiceType, type ServiceType } from "./vocab.js";

/**
 * What a case's facts say a person needs from the directory, for service matching. The flags are in order
 * of urgency: a child alone or a medical emergency comes before an income, so the services they call for
 * rank first when nothing the caseworker planned says otherwise.
 */
export const FLAG_SERVICE_TYPES: Readonly<Partial<Record<VulnerabilityFlag | VictimVulnerability, ServiceType[]>>> = {
  UnaccompaniedChild: ["ShelterForChildren", "ChildProtectionAuthority"],
  SeparatedChild: ["ShelterForChildren", "ChildProtectionAuthority"],
  Child: ["ShelterForChildren", "ChildProtectionAuthority"],
  UrgentMedicalNeed: ["Medical"],
  TraffickingSurvivor: ["SpecialisedShelterForVictims"],
  NoSafeAccommodation: ["ShelterAndAccommodation"],
  Homelessness: ["ShelterAndAccommodation"],
  GbvSurvivor: ["Mhpss", "Gbv"],
  MentalHealthCondition: ["Mhpss"],
  MentalHealth: ["Mhpss"],
  Pregnancy: ["Medical"],
  LanguageBarrier: ["Interpretation"],
  NoIdentityDocuments: ["Legal"],
  NoIncome: ["EmploymentSupport", "Cash"],
  Poverty: ["Cash"],
};

/** HTCDS support plan types (`spl_Type`) and the services that carry such a plan out. */
export const PLAN_SERVICE_TYPES: Readonly<Record<SupportPlanType, ServiceType[]>> = {
  Health: ["Medical", "Mhpss"],
  Legal: ["Legal"],
  SocialCare: ["SocialServices"],
  Financial: ["Cash"],
  Livelihood: ["EmploymentSupport", "MicroBusinessCourse"],
  Education: ["EducationAndLanguageCourses"],
  LabourExploitationRehabilitation: ["Mhpss", "EmploymentSupport"],
  SexualExploitationRehabilitation: ["Mhpss", "Medical"],
  RightsBasedTraining: ["Legal"],
};

const FLAG_ORDER = Object.keys(FLAG_SERVICE_TYPES);

/** Service types a set of vulnerability flags calls for, most urgent first, each once. */
export function serviceTypesFromFlags(flags: readonly string[]): ServiceType[] {
  const present = new Set(flags);
  return unique(
    FLAG_ORDER.filter((flag) => present.has(flag)).flatMap(
      (flag) => FLAG_SERVICE_TYPES[flag as keyof typeof FLAG_SERVICE_TYPES] ?? [],
    ),
  );
}

/** Service types of support plan types, in the plans' order. */
export function serviceTypesFromPlans(planTypes: readonly string[]): ServiceType[] {
  return unique(planTypes.flatMap((type) => PLAN_SERVICE_TYPES[type as SupportPlanType] ?? []));
}

/**
 * Assistance types are service types by name (the directory's catalogue starts with the case assistance
 * catalogue); an organisation's own assistance types and "Other" say nothing a directory can match.
 */
export function serviceTypesFromAssistance(assistanceTypes: readonly string[]): ServiceType[] {
  return unique(assistanceTypes.filter((type): type is ServiceType => type !== "Other" && isServiceType(type)));
}

/** Keeps the first of each, so that the order of importance survives merging lists. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
