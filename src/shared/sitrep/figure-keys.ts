/**
 * The figures a situation report carries, by key. Each key has a sentence (sitrep.figures.<key>, with
 * plural forms) and a short label (sitrep.labels.<key>) in the catalogues; src/shared/sitrep/figure-text.ts
 * renders them in the report's language.
 */

/**
 * Figures counted from the records of people (cases, screenings, helpline contacts, referrals): small
 * counts are withheld, since they could point to a person.
 */
export const RECORD_FIGURES = [
  "people_assisted",
  "people_assisted_by_type",
  "victims_assisted",
  "others_assisted",
  "cases_opened",
  "people_screened",
  "hotline_contacts",
  "hotline_consultations",
  "hotline_persons_assisted",
  "referrals_sent",
  "referrals_completed",
] as const;

/**
 * Figures summed from approved activities: trainees, meetings, leaflets, reach. They count professionals
 * and materials, not people in need of protection, so they are shown as reported, small or not.
 */
export const ACTIVITY_FIGURES = [
  "trainings",
  "training_participants",
  "training_participants_by_group",
  "awareness_activities",
  "materials_produced",
  "materials_printed",
  "materials_distributed",
  "materials_distributed_total",
  "reach_people_met",
  "reach_views",
  "reach_impressions",
  "reach_spots",
  "meetings",
  "meetings_chaired",
  "guidance_products",
  "research_exercises",
  "research_sample",
] as const;

export type RecordFigureKey = (typeof RECORD_FIGURES)[number];
export type ActivityFigureKey = (typeof ACTIVITY_FIGURES)[number];
export type FigureKey = RecordFigureKey | ActivityFigureKey;

export const FIGURE_KEYS: readonly FigureKey[] = [...RECORD_FIGURES, ...ACTIVITY_FIGURES];

/** Sources of record figures, each named by a missing-figure entry when it has nothing for an office. */
export const RECORD_SOURCES = ["assistance", "cases", "screenings", "hotline", "referrals"] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** Why a figure could not be given (sitrep.missing.<reason>). */
export const MISSING_REASONS = [
  "no_records_in_period",
  "office_has_no_teams",
  "no_main_office",
  "office_not_found",
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** Breakdown parameters by sex, in the order a sentence names them. */
export const SEX_PARAMS = ["female", "male", "other"] as const;
