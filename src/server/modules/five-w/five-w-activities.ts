import { type ActivityKind, PARTICIPANT_SEXES } from "../../../shared/activities/vocab.js";
import { type ActivityDetails, activityDetails } from "../../../shared/api/activities.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { FiveWLabels } from "./five-w-labels.js";
import type { FiveWRow } from "./five-w-rows.js";

export interface Period {
  /** YYYY-MM-01 of the first month and of the month after the last. */
  fromDay: string;
  toDayExclusive: string;
  officeId: string | null;
}

/**
 * An activity's details as stored: the kind's fields, either alone or under the kind's name as the API
 * sends them. Anything that does not read as the kind's fields counts nothing rather than failing the file.
 */
export function readDetails(kind: string, stored: unknown): ActivityDetails | undefined {
  const whole = activityDetails.safeParse(stored);
  if (whole.success && whole.data.kind === kind) return whole.data;
  const inner = activityDetails.safeParse({ kind, [kind]: stored });
  return inner.success ? inner.data : undefined;
}

type Figure = Pick<FiveWRow, "indicator" | "item" | "indicatorCode" | "sex" | "targetGroup" | "value">;

const figure = (indicator: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  indicator,
  item: null,
  indicatorCode: indicator,
  sex: null,
  targetGroup: "",
  value,
  ...extra,
});

/**
 * What one approved activity adds to the table. A training's participants by sex, with its target groups in
 * a column of their own (they are whom the training built capacity in, not a population group of people
 * assisted); the counts by target group are not split further, as participants are not typed by sex and
 * target group together. Awareness: materials distributed per material and the reach; coordination: one
 * meeting; guidance: one product per product type; research: the people interviewed or surveyed.
 */
export function activityFigures(details: ActivityDetails, labels: FiveWLabels): Figure[] {
  switch (details.kind) {
    case "training": {
      const training = details.training;
      const targetGroup = training.targetGroups.map((code) => labels.listValue("target_group", code)).join("; ");
      return PARTICIPANT_SEXES.filter((sex) => training.participants[sex] > 0).map((sex) =>
        figure("people_trained", training.participants[sex], { sex, targetGroup }),
      );
    }
    case "awareness": {
      const { materials, reach } = details.awareness;
      const distributed = materials
        .filter((line) => (line.distributed ?? 0) > 0)
        .map((line) =>
          figure("materials_distributed", line.distributed ?? 0, {
            item: labels.listValue("material", line.material),
            indicatorCode: `materials_distributed:${line.material}`,
          }),
        );
      const reached = (
        [
          ["people_reached", reach.peopleMet],
          ["views", reach.views],
          ["impressions", reach.impressions],
          ["spots", reach.spots],
        ] as const
      )
        .filter(([, value]) => (value ?? 0) > 0)
        .map(([indicator, value]) => figure(indicator, value ?? 0));
      return [...distributed, ...reached];
    }
    case "coordination":
      return [figure("meetings_held", 1)];
    case "guidance": {
      const type = details.guidance.productType;
      return [
        figure("products_issued", 1, {
          item: labels.listValue("product_type", type),
          indicatorCode: `products_issued:${type}`,
        }),
      ];
    }
    case "research": {
      const sample = details.research.sampleSize ?? 0;
      return sample > 0 ? [figure("people_interviewed", sample)] : [];
    }
  }
}

/** Rows of the approved activities whose reporting month falls in the period; drafts and submitted ones never count. */
export async function activityRows(db: ScopedDb, period: Period, labels: FiveWLabels): Promise<FiveWRow[]> {
  let query = db
    .selectFrom("activities")
    .select(["office_id", "kind", "country", "admin1_pcode", "partners", "period_month", "details"])
    .where("status", "=", "approved")
    .where("period_month", ">=", period.fromDay)
    .where("period_month", "<", period.toDayExclusive);
  if (period.officeId) query = query.where("office_id", "=", period.officeId);
  const activities = await query.execute();
  const rows: FiveWRow[] = [];
  for (const activity of activities) {
    const details = readDetails(activity.kind, activity.details);
    if (!details) continue;
    const where = {
      month: String(activity.period_month).slice(0, 7),
      officeId: activity.office_id,
      country: activity.country.trim(),
      admin1Pcode: activity.admin1_pcode,
      activity: activity.kind as ActivityKind,
      partner: activity.partners.join("; "),
      ageGroup: null,
      populationGroup: null,
      note: null,
    };
    for (const one of activityFigures(details, labels)) rows.push({ ...where, ...one });
  }
  return rows;
}
