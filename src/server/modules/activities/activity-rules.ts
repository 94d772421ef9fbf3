import type { ActivityDetails } from "../../../shared/api/activities.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { AppError, type FieldProblem } from "../../access/errors.js";

/*
 * Rules an activity keeps beyond its schema: figures that must agree with each other and dates in order.
 * Each broken rule is a problem naming the request field, so that the form can point at it; all of them are
 * answered at once.
 */

/** Every problem code this capability answers with (each has a message under "validation." in five languages). */
export const ACTIVITY_PROBLEMS = [
  "unknown_office",
  "sexes_do_not_add_up",
  "profiles_do_not_add_up",
  "distributed_more_than_printed",
  "printed_more_than_produced",
  "organisations_fewer_than_named",
  "ends_before_start",
  "future_date",
  "kind_cannot_change",
  "participant_list_training_only",
  "not_draft",
  "activity_not_submitted",
  "activity_already_draft",
  "period_locked",
  "wrong_kind",
  "unknown_product_version",
  "photo_type_not_allowed",
  "activity_file_type_not_allowed",
  "list_code_built_in",
  "list_value_nothing_to_change",
] as const;
export type ActivityProblem = (typeof ACTIVITY_PROBLEMS)[number];

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The reporting period's dates: in order, and not ahead of today by more than a day (time zones east of UTC). */
export function dateProblems(startsOn: string, endsOn: string, today = todayIso()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (endsOn < startsOn) problems.push({ field: "body.endsOn", problem: "ends_before_start" });
  if (endsOn > addDays(today, 1)) problems.push({ field: "body.endsOn", problem: "future_date" });
  return problems;
}

/** Figures of a kind's details that must agree: sexes and profiles with the total, distributed with printed … */
export function detailProblems(details: ActivityDetails): FieldProblem[] {
  const at = `body.details.${details.kind}`;
  switch (details.kind) {
    case "training": {
      const { participants, byProfile } = details.training;
      const problems: FieldProblem[] = [];
      const sexes = participants.female + participants.male + participants.other;
      if (sexes !== participants.total) {
        problems.push({
          field: `${at}.participants.total`,
          problem: "sexes_do_not_add_up",
          params: { sum: sexes, total: participants.total },
        });
      }
      const profiles = sum(byProfile.map((line) => line.count));
      if (byProfile.length > 0 && profiles !== participants.total) {
        problems.push({
          field: `${at}.byProfile`,
          problem: "profiles_do_not_add_up",
          params: { sum: profiles, total: participants.total },
        });
      }
      problems.push(
        ...duplicates(
          byProfile.map((line) => line.profile),
          (i) => `${at}.byProfile.${i}.profile`,
        ),
      );
      return problems;
    }
    case "awareness":
      return details.awareness.materials.flatMap((line, i) => {
        const problems: FieldProblem[] = [];
        const limit = line.printed ?? line.produced;
        if (line.distributed !== undefined && limit !== undefined && line.distributed > limit) {
          problems.push({ field: `${at}.materials.${i}.distributed`, problem: "distributed_more_than_printed" });
        }
        if (line.printed !== undefined && line.produced !== undefined && line.printed > line.produced) {
          problems.push({ field: `${at}.materials.${i}.printed`, problem: "printed_more_than_produced" });
        }
        return problems;
      });
    case "coordination": {
      const { organisationCount, organisationsPresent } = details.coordination;
      return organisationCount !== undefined && organisationCount < organisationsPresent.length
        ? [
            {
              field: `${at}.organisationCount`,
              problem: "organisations_fewer_than_named",
              params: { named: organisationsPresent.length },
            },
          ]
        : [];
    }
    case "guidance":
      // Files name the version they belong to by its label: two versions with one label could not be told apart.
      return duplicates(
        details.guidance.versions.map((version) => version.label),
        (i) => `${at}.versions.${i}.label`,
      );
    case "research": {
      const { collectedFrom, collectedTo } = details.research;
      return collectedFrom && collectedTo && collectedTo < collectedFrom
        ? [{ field: `${at}.collectedTo`, problem: "ends_before_start" }]
        : [];
    }
  }
}

/** The second and later occurrences of a value, each named by its position. */
function duplicates(values: readonly string[], field: (index: number) => string): FieldProblem[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [{ field: field(index), problem: "duplicate_values" }];
  });
}

/** Answers 400 with every problem found, or returns when there is none. */
export function refuseProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new AppError("validation", [...problems]);
}

/** A 409 about the state of the activity named in the path (not a draft, already approved …). */
export function stateConflict(problem: ActivityProblem, params?: Record<string, string | number>): AppError {
  return new AppError("conflict", [{ field: "params.id", problem, ...(params ? { params } : {}) }]);
}
