import { z } from "zod";
import { isoDate } from "./people.js";

/**
 * Helpline figures: counts of completed contacts and their consultations for reporting, never a record.
 * Days, hours and weekdays are the hotline's local ones (the organisation's time zone). A count from 1 to
 * threshold-1 is withheld (null), and where a withheld cell could be worked out by subtraction another is
 * withheld with it.
 */

export const hotlineFiguresQuery = z.strictObject({
  /** First local day of the period (inclusive). */
  from: isoDate.optional(),
  /** Last local day of the period (inclusive). */
  to: isoDate.optional(),
});

/** A count, or null where the cell is too small to publish. */
const cell = z.object({ key: z.string(), count: z.number().int().nullable() });
const count = z.number().int().nullable();

export const hotlineFigures = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The zone the days, hours and weekdays are counted in. */
  timeZone: z.string(),
  /** Cells below this are withheld. */
  threshold: z.number().int(),
  totals: z.object({
    contacts: count,
    consultations: count,
    /** Distinct callers helped: a linked person, else a phone number, else each anonymous contact. */
    personsAssisted: count,
    /** Contacts whose outcome helped someone (not dropped, abusive or a test call). */
    contactsAssisted: count,
    escalations: count,
  }),
  handling: z.object({
    /** Contacts with a duration (an end time). */
    contacts: count,
    totalMinutes: z.number().int().nullable(),
    averageMinutes: z.number().nullable(),
  }),
  /** Contacts by "YYYY-MM", oldest first. */
  byMonth: z.array(cell),
  byChannel: z.array(cell),
  byDirection: z.array(cell),
  /** Contacts by language of the contact ("unknown" when not recorded). */
  byLanguage: z.array(cell),
  /** Consultations by topic: a contact with three consultations counts three times here. */
  byTopic: z.array(cell),
  /** Consultations by service given. */
  byService: z.array(cell),
  byCallerType: z.array(cell),
  byOutcome: z.array(cell),
  byCountry: z.array(cell),
  byEscalation: z.array(cell),
  /** Contacts by local hour "0" … "23", every hour listed. */
  byHour: z.array(cell),
  /** Contacts by ISO weekday "1" (Monday) … "7", every day listed. */
  byWeekday: z.array(cell),
  /** Labels of the organisation's own topics that appear in byTopic (built-in ones are in the catalogues). */
  customTopics: z.array(z.object({ code: z.string(), labels: z.record(z.string(), z.string()) })),
});

export type HotlineFiguresQuery = z.infer<typeof hotlineFiguresQuery>;
export type HotlineFigures = z.infer<typeof hotlineFigures>;
export type FigureCell = z.infer<typeof cell>;

/** The headline numbers the situation report quotes, suppressed the same way. */
export interface HotlineReportFigures {
  from: string;
  to: string;
  timeZone: string;
  threshold: number;
  contacts: number | null;
  consultations: number | null;
  personsAssisted: number | null;
  byChannel: FigureCell[];
  byLanguage: FigureCell[];
  /** The most frequent topics with a published count, most consultations first (at most five). */
  topTopics: { key: string; count: number }[];
  customTopics: HotlineFigures["customTopics"];
}
