import type { z } from "zod";
import type {
  ActivityDetails,
  activityDetails,
  awarenessDetails,
  coordinationDetails,
  guidanceDetails,
  researchDetails,
  trainingDetails,
} from "../../shared/api/activities.js";
import type { CountryCode } from "../../shared/vocab/countries.js";

/*
 * The shape of a demo activity and the builders the demo activities are written with
 * (demo-activities-2022-*.ts for the seed period, demo-activities-poland.ts for the Polish office's totals).
 * Codes come from the built-in lists only (src/shared/activities/vocab.ts).
 */

type DetailsInput = z.input<typeof activityDetails>;

export interface DemoActivity {
  /** Stable and unique: tests and the idempotent seeder find an activity by it (kept in no column). */
  key: string;
  /** The office's country (demo-offices.ts). */
  office: CountryCode;
  title: string;
  narrative: string;
  partners?: string[];
  place?: string;
  admin1Pcode?: string;
  startsOn: string;
  endsOn: string;
  details: DetailsInput;
}

export type { ActivityDetails };

/** Participants by sex: `female` of `total` women, the rest men. */
export function people(total: number, female: number): { total: number; female: number; male: number; other: number } {
  if (female > total) throw new Error(`more women (${female}) than participants (${total})`);
  return { total, female, male: total - female, other: 0 };
}

export const training = (t: z.input<typeof trainingDetails>): DetailsInput => ({ kind: "training", training: t });
export const awareness = (a: z.input<typeof awarenessDetails>): DetailsInput => ({ kind: "awareness", awareness: a });
export const coordination = (c: z.input<typeof coordinationDetails>): DetailsInput => ({
  kind: "coordination",
  coordination: c,
});
export const guidance = (g: z.input<typeof guidanceDetails>): DetailsInput => ({ kind: "guidance", guidance: g });
export const research = (r: z.input<typeof researchDetails>): DetailsInput => ({ kind: "research", research: r });

/** One day's activity. */
export const on = (day: string) => ({ startsOn: day, endsOn: day });
/** An activity over several days or a whole month. */
export const between = (startsOn: string, endsOn: string) => ({ startsOn, endsOn });

/**
 * The rules the activity service checks besides the schema: participants by sex and by profile add up to the
 * total, nothing distributed beyond what was printed or produced, dates in order. Returns what is wrong.
 */
export function inconsistencies(activity: { startsOn: string; endsOn: string }, details: ActivityDetails): string[] {
  const problems: string[] = [];
  if (activity.endsOn < activity.startsOn) problems.push("ends before it starts");
  if (details.kind === "training") {
    const { participants, byProfile } = details.training;
    if (participants.female + participants.male + participants.other !== participants.total)
      problems.push("participants by sex do not add up");
    const profiled = byProfile.reduce((sum, entry) => sum + entry.count, 0);
    if (byProfile.length > 0 && profiled !== participants.total) problems.push("participants by profile do not add up");
  }
  if (details.kind === "awareness") {
    for (const line of details.awareness.materials) {
      const made = line.printed ?? line.produced;
      if (made !== undefined && line.distributed !== undefined && line.distributed > made)
        problems.push(`${line.material}: more distributed than made`);
    }
  }
  if (details.kind === "research") {
    const { collectedFrom, collectedTo } = details.research;
    if (collectedFrom && collectedTo && collectedTo < collectedFrom) problems.push("collection ends before it starts");
  }
  return problems;
}
