import { unique } from "./needs-from-flags.js";
import type { ServiceType } from "./vocab.js";

/**
 * The needs and suggested services a screening records (the ids of the built-in instruments' scoring rules,
 * src/shared/screening/instruments) as directory service types. In order of urgency, not of the form's
 * questions: safety and child protection before food and information. An imported form's own ids that are
 * not listed here match nothing.
 */
export const SCREENING_SERVICE_TYPES: Readonly<Record<string, ServiceType[]>> = {
  safety: ["SpecialisedShelterForVictims"],
  safe_accommodation: ["SpecialisedShelterForVictims", "ShelterAndAccommodation"],
  child_protection: ["ChildProtectionAuthority", "ShelterForChildren"],
  law_enforcement: ["LawEnforcement"],
  medical: ["Medical"],
  shelter: ["ShelterAndAccommodation"],
  family_tracing: ["FamilyTracing"],
  psychosocial: ["Mhpss"],
  mhpss: ["Mhpss"],
  legal: ["Legal"],
  documents: ["Legal", "ConsularAssistance"],
  food: ["Food"],
  hygiene: ["Hygiene"],
  clothing: ["Clothing"],
  medicines: ["Medicines"],
  non_food_items: ["Hygiene", "Clothing", "OtherInKind"],
  transport: ["SafeTransport"],
  information: ["Hotline"],
};

const URGENCY = Object.keys(SCREENING_SERVICE_TYPES);

/** Adult accommodation a child is not placed in: a child's shelter instead. */
const FOR_A_CHILD: Partial<Record<ServiceType, ServiceType>> = {
  ShelterAndAccommodation: "ShelterForChildren",
  SpecialisedShelterForVictims: "ShelterForChildren",
};

/** Service types of a screening's needs and suggested services, most urgent first, each once. */
export function serviceTypesFromScreening(
  needs: readonly string[],
  services: readonly string[],
  options: { child: boolean },
): ServiceType[] {
  const found = new Set([...needs, ...services]);
  const types = URGENCY.filter((id) => found.has(id)).flatMap((id) => SCREENING_SERVICE_TYPES[id] ?? []);
  return unique(options.child ? types.map((type) => FOR_A_CHILD[type] ?? type) : types);
}
