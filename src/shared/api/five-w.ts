import { z } from "zod";
import { AGE_GROUPS } from "../activities/vocab.js";
import { LANGUAGES } from "../i18n/languages.js";

/**
 * The 5W table (who, what, where, when, for whom) as ActivityInfo and the humanitarian clusters take it: one
 * row per reporting month × office × activity and indicator × disaggregation, in long form (the
 * disaggregation in columns of its own, one value per row), so that the file imports without reshaping.
 *
 * Row 1 names the columns in the reader's language; the HXL variant adds row 2 with a hashtag per column,
 * which tools read whatever the language of row 1. Hashtags follow the HXL 1.1 dictionary where it has one:
 * - the value column mixes counts of people (trained, assisted) with counts of things (materials,
 *   meetings, products), so it is the generic `#indicator +value +num`, named by `#indicator +name` and
 *   `+code`; `#reached` would claim every value counts people;
 * - the disaggregation is text in long form, so it cannot be HXL's +f / +children attributes (those tag
 *   numeric columns of a wide table); `#population`, `#reached` and the like must hold numbers, and text
 *   about the people meant to benefit goes under `#beneficiary`: the population group (refugees, IDPs …) as
 *   `#beneficiary +type`, a training's target group (police, border guards …) as `#beneficiary +profile`;
 * - the caller's organisation reports and runs the programme (`#org +prog`); partners implement
 *   (`#org +impl`), or the organisation itself when it worked alone;
 * - the reporting month is an ISO 8601 date of month precision (YYYY-MM), `#date +month`.
 */

/** Whole months, YYYY-MM. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The longest period one file covers. */
export const FIVE_W_MAX_MONTHS = 120;

export const fiveWQuery = z.object({
  /** First and last reporting month, both included. */
  from: month,
  to: month,
  /** One office's rows only; otherwise every office's. */
  officeId: z.uuid().optional(),
  /** Language of the column names and labels; the caller's language otherwise. */
  language: z.enum(LANGUAGES).optional(),
});

export type FiveWQuery = z.infer<typeof fiveWQuery>;

export interface FiveWColumn {
  /** Catalogue key under fiveW.columns. */
  key: FiveWColumnKey;
  hxl: string;
}

export const FIVE_W_COLUMN_KEYS = [
  "month",
  "organisation",
  "implementingPartner",
  "office",
  "country",
  "admin1Name",
  "admin1Pcode",
  "sector",
  "subsector",
  "activity",
  "targetGroup",
  "indicatorCode",
  "indicator",
  "sex",
  "ageGroup",
  "populationGroup",
  "value",
  "note",
] as const;

export type FiveWColumnKey = (typeof FIVE_W_COLUMN_KEYS)[number];

const HXL: Readonly<Record<FiveWColumnKey, string>> = {
  month: "#date +month",
  organisation: "#org +prog +name",
  implementingPartner: "#org +impl +name",
  office: "#loc +name",
  country: "#country +code",
  admin1Name: "#adm1 +name",
  admin1Pcode: "#adm1 +code",
  sector: "#sector +name",
  subsector: "#subsector +name",
  activity: "#activity +name",
  targetGroup: "#beneficiary +profile",
  indicatorCode: "#indicator +code",
  indicator: "#indicator +name",
  sex: "#sex",
  ageGroup: "#age +group",
  populationGroup: "#beneficiary +type",
  value: "#indicator +value +num",
  note: "#meta +note",
};

/** In the order of the file. */
export const FIVE_W_COLUMNS: readonly FiveWColumn[] = FIVE_W_COLUMN_KEYS.map((key) => ({ key, hxl: HXL[key] }));

/** Sex as the 5W counts it: training participants are female, male or other; people assisted also unknown. */
export const FIVE_W_SEXES = ["female", "male", "other", "unknown"] as const;
export type FiveWSex = (typeof FIVE_W_SEXES)[number];

/** Age groups at the date of assistance (AGE_GROUPS of the activities' vocabulary, and unknown). */
export const FIVE_W_AGE_GROUPS = [...AGE_GROUPS, "unknown"] as const;
export type FiveWAgeGroup = (typeof FIVE_W_AGE_GROUPS)[number];

/** The formats of GET /api/five-w.csv, /api/five-w.hxl.csv and /api/five-w.xlsx. */
export type FiveWFormat = "csv" | "hxl" | "xlsx";
