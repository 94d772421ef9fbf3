/**
 * Safepath extension: direct assistance, which HTCDS does not model beyond support plans. The catalogue is
 * the assistance the counter-trafficking situation reports count (transport, shelter, health, MHPSS, legal,
 * cash and allowances, livelihoods, courses, in-kind items, tracing, return).
 */
export const ASSISTANCE_TYPES = [
  "SafeTransport",
  "ShelterAndAccommodation",
  "Medical",
  "Mhpss",
  "Legal",
  "Cash",
  "FamilyAndHousingAllowance",
  "EmploymentSupport",
  "MicroBusinessCourse",
  "WorkPermitFees",
  "EducationAndLanguageCourses",
  "Food",
  "Hygiene",
  "Clothing",
  "Medicines",
  "OtherInKind",
  "IncomeGeneratingEquipment",
  "FamilyTracing",
  "VoluntaryReturnAndReintegration",
  "Other",
] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

/** Workflow state of one assistance item; Safepath's own, hence lower case like other workflow values. */
export const ASSISTANCE_STATUSES = ["planned", "provided", "cancelled"] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

/** What a quantity counts, so that "3" reads as three nights of shelter or three counselling sessions. */
export const ASSISTANCE_UNITS = [
  "item",
  "kit",
  "person",
  "session",
  "hour",
  "day",
  "night",
  "month",
  "trip",
  "payment",
  "course",
] as const;
export type AssistanceUnit = (typeof ASSISTANCE_UNITS)[number];
