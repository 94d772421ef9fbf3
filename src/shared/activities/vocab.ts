/**
 * The vocabulary of activities and of the situation report. Codes are stored; labels come from the
 * catalogues (activities.kinds.*, activities.sections.*, activities.lists.<list>.<code>). An organisation
 * extends the open lists (activity_list_values) with labels of its own.
 */

export const ACTIVITY_KINDS = ["training", "awareness", "coordination", "guidance", "research"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The six sections of the situation report, in the report's order (seed 000). */
export const REPORT_SECTIONS = [
  "direct_assistance",
  "thematic_guidance",
  "convening",
  "advocacy",
  "training",
  "research",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Where an activity of a kind goes unless its author chooses another section. */
export const DEFAULT_SECTION: Readonly<Record<ActivityKind, ReportSection>> = {
  training: "training",
  awareness: "advocacy",
  coordination: "convening",
  guidance: "thematic_guidance",
  research: "research",
};

export const ACTIVITY_STATUSES = ["draft", "submitted", "approved"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Participants by sex. "other" holds other and undisclosed. */
export const PARTICIPANT_SEXES = ["female", "male", "other"] as const;

export const TRAINING_MODALITIES = ["in_person", "online", "e_learning", "blended", "training_of_trainers"] as const;

export const MEETING_ROLES = ["chair", "co_chair", "organiser", "participant"] as const;

export const RESEARCH_STATUSES = ["planned", "in_progress", "completed", "published"] as const;

export const FINDING_UNITS = ["percent", "count", "text"] as const;

/** The open lists: built-in codes here, more per organisation. */
export const BUILT_IN_LISTS = {
  target_group: [
    "border_guards",
    "police",
    "municipal_police",
    "judiciary",
    "prosecutors",
    "labour_inspectors",
    "consular_staff",
    "cabin_crew",
    "airport_staff",
    "social_workers",
    "child_protection_workers",
    "teachers",
    "health_workers",
    "shelter_staff",
    "cultural_mediators",
    "local_authorities",
    "ngo_staff",
    "volunteers",
    "community_members",
    "refugees",
    "other",
  ],
  training_topic: [
    "identification",
    "referral",
    "victim_centred_assistance",
    "child_protection",
    "gbv",
    "labour_exploitation",
    "safe_migration",
    "psea",
    "interviewing",
    "other",
  ],
  material: [
    "leaflet",
    "poster",
    "flyer",
    "brochure",
    "video",
    "social_media_post",
    "transport_spot",
    "radio_spot",
    "interview",
    "information_session",
    "mobile_outreach",
    "hotline_promotion",
    "other",
  ],
  channel: [
    "print",
    "social_media",
    "television",
    "radio",
    "online_media",
    "public_transport",
    "border_crossing",
    "transit_centre",
    "shelter",
    "hotline",
    "face_to_face",
    "other",
  ],
  meeting_type: ["working_group", "task_force", "bilateral", "inter_agency", "briefing", "conference", "other"],
  coordination_topic: [
    "identification",
    "prevention",
    "referral",
    "shelter",
    "labour_exploitation",
    "child_protection",
    "data",
    "other",
  ],
  product_type: ["guideline", "indicator_list", "procedure", "information_material", "e_learning_module", "other"],
  research_method: [
    "survey",
    "interviews",
    "focus_groups",
    "rapid_assessment",
    "displacement_tracking",
    "desk_review",
    "mapping",
    "other",
  ],
} as const;

export type ActivityList = keyof typeof BUILT_IN_LISTS;
export const ACTIVITY_LISTS = Object.keys(BUILT_IN_LISTS) as ActivityList[];

/** A list value of an organisation: lower-case letters, digits and underscores, not clashing with a built-in. */
export const LIST_CODE_PATTERN = /^[a-z][a-z0-9_]{1,49}$/;

/** 5W disaggregation: the age groups ActivityInfo's humanitarian templates use. */
export const AGE_GROUPS = ["children", "adults", "older"] as const;

/** YYYY-MM of a YYYY-MM-DD date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The reporting month of an activity: the month it ended in. */
export function periodMonthOf(endsOn: string): string {
  return `${monthOf(endsOn)}-01`;
}

/** Every YYYY-MM from one month to another, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
