import { type ActivityDetails, activityDetails } from "../../../../shared/api/activities.js";
import type { SitrepFigure } from "../../../../shared/api/sitrep.js";

/**
 * Figures summed from approved activities: trainings and their participants, materials and reach,
 * meetings, guidance products, research. They are shown as reported, small or not: they count
 * professionals trained, meetings held and leaflets printed, none of which points to a person in need of
 * protection, and a report that hid "3 trainings for 4 border guards" would lose what it is for.
 */

/** The organisation's own labels of list values, by "<list>:<code>", in the report's language. */
export type ListLabels = ReadonlyMap<string, string>;

const MATERIAL_MEASURES = ["produced", "printed", "distributed"] as const;
const REACH_MEASURES = [
  ["peopleMet", "reach_people_met"],
  ["views", "reach_views"],
  ["impressions", "reach_impressions"],
  ["spots", "reach_spots"],
] as const;

interface Sums {
  trainings: number;
  participants: { total: number; female: number; male: number; other: number };
  byGroup: Map<string, number>;
  awareness: number;
  materials: Map<string, Record<(typeof MATERIAL_MEASURES)[number], number>>;
  reach: Record<(typeof REACH_MEASURES)[number][0], number>;
  meetings: number;
  chaired: number;
  guidance: number;
  research: number;
  sample: number;
}

function emptySums(): Sums {
  return {
    trainings: 0,
    participants: { total: 0, female: 0, male: 0, other: 0 },
    byGroup: new Map(),
    awareness: 0,
    materials: new Map(),
    reach: { peopleMet: 0, views: 0, impressions: 0, spots: 0 },
    meetings: 0,
    chaired: 0,
    guidance: 0,
    research: 0,
    sample: 0,
  };
}

const add = (map: Map<string, number>, key: string, amount: number) => map.set(key, (map.get(key) ?? 0) + amount);

function addActivity(sums: Sums, details: ActivityDetails): void {
  switch (details.kind) {
    case "training": {
      const { participants, byProfile, targetGroups } = details.training;
      sums.trainings += 1;
      sums.participants.total += participants.total;
      sums.participants.female += participants.female;
      sums.participants.male += participants.male;
      sums.participants.other += participants.other;
      // Without a breakdown by profile, a training for one target group trained that group only.
      const profiles =
        byProfile.length > 0
          ? byProfile
          : targetGroups.length === 1
            ? [{ profile: targetGroups[0] as string, count: participants.total }]
            : [];
      for (const { profile, count } of profiles) add(sums.byGroup, profile, count);
      return;
    }
    case "awareness": {
      sums.awareness += 1;
      for (const line of details.awareness.materials) {
        const material = sums.materials.get(line.material) ?? { produced: 0, printed: 0, distributed: 0 };
        for (const measure of MATERIAL_MEASURES) material[measure] += line[measure] ?? 0;
        sums.materials.set(line.material, material);
      }
      for (const [field] of REACH_MEASURES) sums.reach[field] += details.awareness.reach[field] ?? 0;
      return;
    }
    case "coordination":
      sums.meetings += 1;
      if (details.coordination.role === "chair" || details.coordination.role === "co_chair") sums.chaired += 1;
      return;
    case "guidance":
      sums.guidance += 1;
      return;
    case "research":
      sums.research += 1;
      sums.sample += details.research.sampleSize ?? 0;
      return;
  }
}

/** The details as the activity was saved; null if they no longer read as any kind (then no figures, no failure). */
export function parsedDetails(details: unknown): ActivityDetails | null {
  const parsed = activityDetails.safeParse(details);
  return parsed.success ? parsed.data : null;
}

const plain = (key: string, value: number, params: SitrepFigure["params"] = {}): SitrepFigure => ({
  key,
  value,
  suppressed: false,
  params,
});

function labelled(param: string, list: string, code: string, labels: ListLabels): SitrepFigure["params"] {
  const label = labels.get(`${list}:${code}`);
  return label ? { [param]: code, label } : { [param]: code };
}

const largestFirst = <T>(entries: Iterable<[string, T]>, size: (value: T) => number) =>
  [...entries].sort(([a, x], [b, y]) => size(y) - size(x) || a.localeCompare(b));

/**
 * The figures of a set of activities (an office's in a section, or all of the report's). headline keeps
 * the few the report's opening lists: trainings and participants, materials distributed, reach.
 */
export function activityFigures(
  activities: readonly { details: ActivityDetails | null }[],
  labels: ListLabels,
  options: { headline?: boolean } = {},
): SitrepFigure[] {
  const sums = emptySums();
  for (const activity of activities) if (activity.details) addActivity(sums, activity.details);
  const figures: SitrepFigure[] = [];
  if (sums.trainings > 0) figures.push(plain("trainings", sums.trainings));
  if (sums.participants.total > 0) {
    const { total, female, male, other } = sums.participants;
    figures.push(plain("training_participants", total, { female, male, other }));
  }
  if (!options.headline) {
    for (const [group, count] of largestFirst(sums.byGroup, (n) => n))
      if (count > 0)
        figures.push(plain("training_participants_by_group", count, labelled("group", "target_group", group, labels)));
    if (sums.awareness > 0) figures.push(plain("awareness_activities", sums.awareness));
    for (const [material, measures] of largestFirst(sums.materials, (m) => m.distributed + m.printed + m.produced)) {
      for (const measure of MATERIAL_MEASURES) {
        if (measures[measure] > 0)
          figures.push(
            plain(`materials_${measure}`, measures[measure], labelled("material", "material", material, labels)),
          );
      }
    }
  } else {
    const distributed = [...sums.materials.values()].reduce((total, m) => total + m.distributed, 0);
    if (distributed > 0) figures.push(plain("materials_distributed_total", distributed));
  }
  for (const [field, key] of REACH_MEASURES) if (sums.reach[field] > 0) figures.push(plain(key, sums.reach[field]));
  if (options.headline) return figures;
  if (sums.meetings > 0) figures.push(plain("meetings", sums.meetings));
  if (sums.chaired > 0) figures.push(plain("meetings_chaired", sums.chaired));
  if (sums.guidance > 0) figures.push(plain("guidance_products", sums.guidance));
  if (sums.research > 0) figures.push(plain("research_exercises", sums.research));
  if (sums.sample > 0) figures.push(plain("research_sample", sums.sample));
  return figures;
}
