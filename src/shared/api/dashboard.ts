import { z } from "zod";

/**
 * The home dashboard: for the caller's role, the current month's key figures against the previous month,
 * monthly trends, and totals since a chosen date ("individuals trained since 2021"). Each figure links to the
 * records behind it (a web path with filters). Only figures the caller's permissions reach are present;
 * counts of people (assisted, screened, callers) are withheld when small.
 */

export const dashboardQuery = z.object({
  /** Totals count from this day (YYYY-MM-DD); default: 1 January three years back. */
  since: z.iso.date().optional(),
  /** The month shown as current, YYYY-MM; default: this month in the organisation's time zone. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

/** Keys are catalogue keys under dashboard.figures (e.g. trainings, participants_trained, people_assisted). */
export const dashboardFigure = z.object({
  key: z.string(),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** Total since the chosen date. */
  sinceTotal: z.number().nullable(),
  /** A path of the web app listing the records behind the figure, e.g. /activities?kind=training&from=2022-05. */
  link: z.string().nullable(),
});

export const dashboard = z.object({
  /** YYYY-MM */
  month: z.string(),
  previousMonth: z.string(),
  since: z.string(),
  figures: z.array(dashboardFigure),
  /** Twelve months up to the current one, per figure key. Values null where withheld. */
  trends: z.array(
    z.object({ key: z.string(), points: z.array(z.object({ month: z.string(), value: z.number().nullable() })) }),
  ),
});

export type DashboardQuery = z.infer<typeof dashboardQuery>;
export type DashboardFigure = z.infer<typeof dashboardFigure>;
export type Dashboard = z.infer<typeof dashboard>;
