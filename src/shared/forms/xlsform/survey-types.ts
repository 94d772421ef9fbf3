import type { QuestionType } from "../definition.js";

export type ParsedType =
  | { kind: "question"; type: QuestionType; listName?: string }
  | { kind: "begin" | "end"; container: "group" | "repeat" }
  | { kind: "missing_list_name" }
  | { kind: "unsupported_type" | "unsupported_metadata" | "unknown_type"; detail: string };

const QUESTION_ALIASES: Record<string, QuestionType> = {
  text: "text",
  string: "text",
  integer: "integer",
  int: "integer",
  decimal: "decimal",
  date: "date",
  note: "note",
  calculate: "calculate",
  acknowledge: "acknowledge",
  trigger: "acknowledge",
  geopoint: "geopoint",
  gps: "geopoint",
};

/** XLSForm question types Safepath does not render; a form using them cannot be imported as is. */
const UNSUPPORTED = new Set(
  `image photo audio video file barcode rank range geotrace geoshape datetime time hidden xml-external csv-external
  background-audio background-geopoint begin_table end_table begin_loop end_loop select_one_from_file
  select_multiple_from_file select_one_external select_multiple_external`.split(/\s+/),
);

/** Metadata that ODK collects from the device; dropping them changes no question, so they only warn. */
const METADATA = new Set(
  "start end today deviceid subscriberid simserial username phonenumber email audit start-geopoint".split(" "),
);

const SELECT_PREFIXES: [string, QuestionType][] = [
  ["select_one ", "select_one"],
  ["select one ", "select_one"],
  ["select_multiple ", "select_multiple"],
  ["select multiple ", "select_multiple"],
  ["select all that apply ", "select_multiple"],
];

/** Reads a `type` cell: "select_one countries", "begin group", "integer", … */
export function parseType(cell: string): ParsedType {
  const text = cell.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const structure = /^(begin|end)[ _](group|repeat)$/.exec(lower);
  if (structure) return { kind: structure[1] as "begin" | "end", container: structure[2] as "group" | "repeat" };
  if (lower === "select_one" || lower === "select_multiple") return { kind: "missing_list_name" };
  for (const [prefix, type] of SELECT_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length).trim().split(" ");
    if (rest.length > 1) {
      const extra = rest.slice(1).join(" ");
      return { kind: "unsupported_type", detail: extra.toLowerCase() === "or_other" ? "or_other" : text };
    }
    return { kind: "question", type, listName: rest[0] ?? "" };
  }
  const first = lower.split(" ")[0] ?? "";
  if (UNSUPPORTED.has(first)) return { kind: "unsupported_type", detail: first };
  if (METADATA.has(lower)) return { kind: "unsupported_metadata", detail: lower };
  const type = QUESTION_ALIASES[lower];
  return type ? { kind: "question", type } : { kind: "unknown_type", detail: text };
}

/** The type cell as export writes it. */
export function typeCell(type: QuestionType, listName?: string): string {
  return listName ? `${type} ${listName}` : type;
}
