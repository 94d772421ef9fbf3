import { z } from "zod";

/**
 * The shape of a form as Safepath stores it: one JSON document per form version,
 * made from an XLSForm or shipped as a built-in instrument. The engine compiles it
 * once (expressions parsed into ASTs) and the same compiled form validates on the
 * server and renders in the browser.
 */

/** Text per language code ("en", "uk", …); "default" holds text given without a language. */
export const localizedText = z.record(z.string().min(1).max(35), z.string().max(20_000));
export type LocalizedText = z.infer<typeof localizedText>;

export const QUESTION_TYPES = [
  "text",
  "integer",
  "decimal",
  "date",
  "select_one",
  "select_multiple",
  "note",
  "calculate",
  "acknowledge",
  "geopoint",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** XLSForm names: a letter or underscore, then letters, digits, "_", "-" or ".". */
export const fieldName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/);

/** An expression in XLSForm syntax, parsed by the engine; kept as written. */
const expression = z.string().min(1).max(10_000);

export const questionSchema = z.object({
  kind: z.literal("question"),
  name: fieldName,
  type: z.enum(QUESTION_TYPES),
  /** For select_one / select_multiple: the choice list's name. */
  listName: z.string().min(1).max(120).optional(),
  label: localizedText.optional(),
  hint: localizedText.optional(),
  /** "yes" / "no" as in XLSForm, or an expression. */
  required: z.string().max(10_000).optional(),
  requiredMessage: localizedText.optional(),
  relevant: expression.optional(),
  constraint: expression.optional(),
  constraintMessage: localizedText.optional(),
  calculation: expression.optional(),
  choiceFilter: expression.optional(),
  default: z.string().max(10_000).optional(),
  appearance: z.string().max(200).optional(),
  readOnly: z.boolean().optional(),
  /** HXL hashtag from the `hxl` column, kept as metadata. */
  hxl: z.string().max(200).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export interface Group {
  kind: "group";
  name: string;
  label?: LocalizedText;
  relevant?: string;
  appearance?: string;
  hxl?: string;
  items: FormItem[];
}

export interface Repeat {
  kind: "repeat";
  name: string;
  label?: LocalizedText;
  relevant?: string;
  /** Expression or number fixing how many instances there are. */
  repeatCount?: string;
  appearance?: string;
  hxl?: string;
  items: FormItem[];
}

export type FormItem = Question | Group | Repeat;

const groupFields = {
  name: fieldName,
  label: localizedText.optional(),
  relevant: expression.optional(),
  appearance: z.string().max(200).optional(),
  hxl: z.string().max(200).optional(),
};

export const formItemSchema: z.ZodType<FormItem> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    questionSchema,
    z.object({ kind: z.literal("group"), ...groupFields, items: z.array(formItemSchema).max(5_000) }),
    z.object({
      kind: z.literal("repeat"),
      ...groupFields,
      repeatCount: expression.optional(),
      items: z.array(formItemSchema).max(5_000),
    }),
  ]),
);

export const choiceSchema = z.object({
  name: z.string().min(1).max(200),
  label: localizedText,
  /** Extra columns of the choices sheet (used by choice_filter), e.g. { country: "UA" }. */
  properties: z.record(z.string(), z.string()).optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

export const formLanguageSchema = z.object({
  /** ISO 639-1 where known ("en"), else the name as written; "default" for unlabelled columns. */
  code: z.string().min(1).max(35),
  /** The name as written in the XLSForm column, e.g. "English". */
  name: z.string().max(100).optional(),
});

export const formDefinitionSchema = z.object({
  formId: fieldName,
  version: z.string().min(1).max(100),
  title: localizedText,
  defaultLanguage: z.string().min(1).max(35),
  languages: z.array(formLanguageSchema).min(1).max(50),
  items: z.array(formItemSchema).min(1).max(5_000),
  choiceLists: z.record(z.string(), z.array(choiceSchema).max(5_000)),
  /** Other settings-sheet columns, kept so that an export gives them back. */
  settings: z.record(z.string(), z.string()).optional(),
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** A submitted answer. select_multiple: string[]; geopoint: { lat, lon, alt?, accuracy? }; date: "YYYY-MM-DD". */
export type AnswerValue = string | number | boolean | string[] | GeoPoint | null;
export interface GeoPoint {
  lat: number;
  lon: number;
  alt?: number;
  accuracy?: number;
}
/** Answers by field name; a repeat holds one Answers object per instance. */
export interface Answers {
  [name: string]: AnswerValue | Answers[] | undefined;
}
