import { invalidField } from "../../access/errors.js";

/*
 * Rules an entry obeys beyond its schema, as problems rather than errors: the API answers the first with a
 * 400 naming the body field; an import reports each against its row and column.
 */

export interface RuleProblem {
  /** The input field at fault (a service's or provider's own name for it). */
  field: string;
  problem: string;
}

const given = (value: number | null | undefined) => value !== null && value !== undefined;

/** Coordinates come in pairs: a point needs both. The field named is the one missing. */
export function coordinatesProblem(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
): RuleProblem | undefined {
  if (given(latitude) && !given(longitude)) return { field: "longitude", problem: "directory_coordinates_pair" };
  if (given(longitude) && !given(latitude)) return { field: "latitude", problem: "directory_coordinates_pair" };
  return undefined;
}

/** An age range that admits nobody is a typing mistake. */
export function ageRangeProblem(minAge: number | null | undefined, maxAge: number | null | undefined) {
  if (given(minAge) && given(maxAge) && (minAge as number) > (maxAge as number)) {
    return { field: "maxAge", problem: "directory_age_range" } satisfies RuleProblem;
  }
  return undefined;
}

/** The API's answer to a broken rule: a 400 naming the body field. */
export function refuse(...problems: (RuleProblem | undefined)[]): void {
  const problem = problems.find((p) => p !== undefined);
  if (problem) throw invalidField(`body.${problem.field}`, problem.problem);
}

/** A value as it will be after a change: the new one when given (null included), else the stored one. */
export function after<T>(change: T | undefined, stored: T): T {
  return change === undefined ? stored : change;
}
