/**
 * Vocabulary of the ILO/European Commission "Operational indicators of trafficking in human beings"
 * (Delphi survey, 2009): four indicator lists, six dimensions each, every indicator graded.
 */

export const DELPHI_LIST_IDS = ["adult_labour", "adult_sexual", "child_labour", "child_sexual"] as const;
export type DelphiListId = (typeof DELPHI_LIST_IDS)[number];

/** The six elements of the Palermo definition as the ILO document splits them. */
export const DELPHI_DIMENSIONS = [
  "deceptive",
  "coercive",
  "abuse_recruitment",
  "exploitation",
  "coercion_destination",
  "abuse_destination",
] as const;
export type DelphiDimension = (typeof DELPHI_DIMENSIONS)[number];

export const RECRUITMENT_DIMENSIONS: readonly DelphiDimension[] = ["deceptive", "coercive", "abuse_recruitment"];
export const DESTINATION_DIMENSIONS: readonly DelphiDimension[] = ["coercion_destination", "abuse_destination"];

export const DELPHI_GRADES = ["strong", "medium", "weak"] as const;
export type DelphiGrade = (typeof DELPHI_GRADES)[number];

export type DelphiVictimGroup = "adult" | "child";

export interface DelphiIndicator {
  /** Stable id: `<list>.<dimension>.<key>`, e.g. `adult_labour.deceptive.nature_of_job`. */
  id: string;
  list: DelphiListId;
  dimension: DelphiDimension;
  /** Names the indicator within its dimension; also the i18n key `screening.delphi.indicators.<key>`. */
  key: string;
  grade: DelphiGrade;
}

export interface DelphiList {
  id: DelphiListId;
  group: DelphiVictimGroup;
  exploitation: "labour" | "sexual";
  indicators: readonly DelphiIndicator[];
}

export function isDelphiListId(value: string): value is DelphiListId {
  return (DELPHI_LIST_IDS as readonly string[]).includes(value);
}

export function isDelphiDimension(value: string): value is DelphiDimension {
  return (DELPHI_DIMENSIONS as readonly string[]).includes(value);
}
