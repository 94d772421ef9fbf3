import { z } from "zod";
import { REFERRAL_URGENCIES } from "../referrals/vocab.js";
import { isoDate } from "./people.js";

/**
 * Referral figures (the referral funnel): counts of the referrals sent in a period for reporting, never a
 * referral, a case or a person. A referral counts in the period of the local day it was sent (the
 * organisation's time zone); drafts never count. A count from 1 to threshold-1 is withheld (null), and where a
 * withheld cell could be worked out from a total, another is withheld with it.
 */

export const REFERRAL_FIGURE_DIRECTIONS = ["outgoing", "incoming"] as const;
export type ReferralFigureDirection = (typeof REFERRAL_FIGURE_DIRECTIONS)[number];

export const referralFiguresQuery = z.strictObject({
  /** First local day of the period (inclusive). */
  from: isoDate.optional(),
  /** Last local day of the period (inclusive). */
  to: isoDate.optional(),
  /** The referrals the organisation sent (the default) or those it received. */
  direction: z.enum(REFERRAL_FIGURE_DIRECTIONS).optional(),
});

/** A count, or null where the cell is too small to publish. */
const cell = z.object({ key: z.string(), count: z.number().int().nullable() });
const count = z.number().int().nullable();

/** A time in hours over a group of referrals; null for a group smaller than the threshold. */
const times = z.object({ medianHours: z.number().nullable(), meanHours: z.number().nullable() });
/** The same with the referrals it is measured over: a funnel stage, withheld as that is. */
const duration = times.extend({ referrals: count });

export const referralFigures = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  direction: z.enum(REFERRAL_FIGURE_DIRECTIONS),
  /** The zone the days and months are counted in. */
  timeZone: z.string(),
  /** Cells below this are withheld. */
  threshold: z.number().int(),
  /**
   * How far the referrals got, by their status now, each stage a part of the one before: sent; acknowledged
   * (answered: acknowledged, accepted, in progress, completed, not completed or declined); accepted (accepted,
   * in progress, completed or not completed); completed. Withdrawn and expired referrals are exits, in the
   * statuses. A stage is withheld where it would let a withheld status be worked out.
   */
  funnel: z.object({ sent: count, acknowledged: count, accepted: count, completed: count }),
  /** Still awaiting an answer (sent or acknowledged) past the time it was due, now; withheld with those statuses. */
  overdue: count,
  /** Closed referrals (declined, completed, not completed, withdrawn, expired) and the share completed, as the funnel. */
  completion: z.object({ closed: count, completed: count, share: z.number().nullable() }),
  /** Referrals by their status now. */
  byStatus: z.array(cell),
  byServiceType: z.array(cell),
  /** The other organisation: the provider referred to (outgoing), the referring organisation (incoming). */
  byPartner: z.array(cell),
  byUrgency: z.array(cell),
  /** Referrals by local "YYYY-MM" of sending, oldest first. */
  byMonth: z.array(cell),
  /** Declined referrals by the reason given. */
  byDeclineReason: z.array(cell),
  /** Referrals closed as not completed by the reason given. */
  byNotCompletedReason: z.array(cell),
  times: z.object({
    /** From sent to the first answer (acknowledged, accepted or declined), over the acknowledged stage. */
    acknowledge: duration,
    /** From sent to completed, over completed referrals. */
    complete: duration,
    /** The same by urgency; how many referrals each is over is not published (it would cross the statuses). */
    byUrgency: z.array(z.object({ urgency: z.enum(REFERRAL_URGENCIES), acknowledge: times, complete: times })),
  }),
});

export type ReferralFiguresQuery = z.infer<typeof referralFiguresQuery>;
export type ReferralFigures = z.infer<typeof referralFigures>;
export type ReferralFigureCell = z.infer<typeof cell>;
export type ReferralDuration = z.infer<typeof duration>;
export type ReferralTimes = z.infer<typeof times>;
