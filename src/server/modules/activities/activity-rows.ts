import type { ActivityKind, ReportSection } from "../../../shared/activities/vocab.js";
import { monthOf } from "../../../shared/activities/vocab.js";
import type { ActivityDetails, ActivitySummary } from "../../../shared/api/activities.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/*
 * Activities as the API shows them: read with their office's name and whether the office's month is locked,
 * and a headline figure for lists. The details are stored as the schema parsed them, kind included.
 */

/** The columns of a list row, joined with the office and the reporting month. */
export const SUMMARY_COLUMNS = [
  "activities.id",
  "activities.office_id",
  "offices.name as office_name",
  "activities.kind",
  "activities.section",
  "activities.title",
  "activities.country",
  "activities.place",
  "activities.starts_on",
  "activities.ends_on",
  "activities.period_month",
  "activities.status",
  "activities.details",
  "activities.updated_at",
  "reporting_periods.locked_at",
] as const;

/** Activities with their office and their month's lock (if the month has a row at all). */
export function activitiesWithOffice(db: ScopedDb) {
  return db
    .selectFrom("activities")
    .innerJoin("offices", (join) =>
      join
        .onRef("offices.organisation_id", "=", "activities.organisation_id")
        .onRef("offices.id", "=", "activities.office_id"),
    )
    .leftJoin("reporting_periods", (join) =>
      join
        .onRef("reporting_periods.organisation_id", "=", "activities.organisation_id")
        .onRef("reporting_periods.office_id", "=", "activities.office_id")
        .onRef("reporting_periods.month", "=", "activities.period_month"),
    );
}

export interface SummaryRow {
  id: string;
  office_id: string;
  office_name: string;
  kind: string;
  section: string;
  title: string;
  country: string;
  place: string | null;
  starts_on: string;
  ends_on: string;
  period_month: string;
  status: "draft" | "submitted" | "approved";
  details: Record<string, unknown>;
  updated_at: Date;
  locked_at: Date | null;
}

/** Every key a headline figure may have (labels: activities.headline.<key>). */
export const HEADLINE_KEYS = [
  "participants",
  "distributed",
  "people_met",
  "views",
  "impressions",
  "spots",
  "organisations",
  "sample_size",
  "versions",
] as const;
type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** The figure a list shows for an activity, by kind; null when the activity has none to show. */
export function headlineOf(details: ActivityDetails): { key: HeadlineKey; value: number } | null {
  switch (details.kind) {
    case "training":
      return { key: "participants", value: details.training.participants.total };
    case "awareness": {
      const { materials, reach } = details.awareness;
      const distributed = materials.filter((line) => line.distributed !== undefined);
      if (distributed.length > 0) {
        return { key: "distributed", value: distributed.reduce((total, line) => total + (line.distributed ?? 0), 0) };
      }
      // Reach comes in units that do not add up (people met, views, spots): the most direct one given.
      const order = [
        ["people_met", reach.peopleMet],
        ["views", reach.views],
        ["impressions", reach.impressions],
        ["spots", reach.spots],
      ] as const;
      const first = order.find(([, value]) => value !== undefined);
      return first ? { key: first[0], value: first[1] ?? 0 } : null;
    }
    case "coordination": {
      const { organisationCount, organisationsPresent } = details.coordination;
      const value = organisationCount ?? organisationsPresent.length;
      return value > 0 ? { key: "organisations", value } : null;
    }
    case "research":
      return details.research.sampleSize === undefined
        ? null
        : { key: "sample_size", value: details.research.sampleSize };
    case "guidance":
      return { key: "versions", value: details.guidance.versions.length };
  }
}

export function toSummary(row: SummaryRow): ActivitySummary {
  const details = row.details as ActivityDetails;
  return {
    id: row.id,
    officeId: row.office_id,
    officeName: row.office_name,
    kind: row.kind as ActivityKind,
    section: row.section as ReportSection,
    title: row.title,
    country: row.country.trim(),
    place: row.place,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    periodMonth: monthOf(row.period_month),
    status: row.status,
    locked: row.locked_at !== null,
    headline: headlineOf(details),
    updatedAt: row.updated_at.toISOString(),
  };
}
