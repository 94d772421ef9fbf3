import { type RawBuilder, sql } from "kysely";
import type { MigrationStatus } from "../../../shared/htcds/index.js";

/**
 * Population groups as humanitarian 5W reports count them, drawn from a person's migration statuses. A person
 * may hold several statuses (a refugee who is also an unaccompanied child) but is counted in one group, so
 * that the groups add up to the people assisted: the first group of this list that any status falls in.
 * Statuses that say nothing about the group (an unaccompanied child, unknown) leave the person "unknown"
 * unless another status decides.
 */
export const POPULATION_GROUPS = [
  "refugees",
  "idps",
  "stateless",
  "returnees",
  "third_country_nationals",
  "host_community",
  "other",
  "unknown",
] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

const STATUSES_OF: Readonly<Record<Exclude<PopulationGroup, "unknown">, readonly MigrationStatus[]>> = {
  refugees: ["Refugee", "AsylumSeeker", "TemporaryProtection", "ComplementaryProtection"],
  idps: ["InternallyDisplacedPerson"],
  stateless: ["StatelessPerson"],
  returnees: ["Returnee", "Deportee"],
  third_country_nationals: [
    "ThirdCountryNational",
    "MigrantWorker",
    "InternationalStudent",
    "StrandedMigrant",
    "Undocumented",
  ],
  host_community: ["NotAMigrant"],
  other: ["Other"],
};

/** The group of a person, in SQL over a text[] column of migration statuses. */
export function populationGroupSql(column: string): RawBuilder<PopulationGroup> {
  const branches = Object.entries(STATUSES_OF).map(
    ([group, members]) => sql`WHEN ${sql.ref(column)} && ${[...members]}::text[] THEN ${group}`,
  );
  return sql<PopulationGroup>`(CASE ${sql.join(branches, sql` `)} ELSE 'unknown' END)`;
}
