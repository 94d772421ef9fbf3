import type { ContactDetail, ContactPatch } from "../../../shared/api/hotline.js";
import type { CHANNELS, DIRECTIONS, SERVICES } from "../../../shared/hotline/vocab.js";

type Channel = (typeof CHANNELS)[number];
type Direction = (typeof DIRECTIONS)[number];
export type Service = (typeof SERVICES)[number];

/** One consultation as the screen holds it; `key` only tells React rows apart. */
export interface ConsultationRow {
  key: string;
  topic: string;
  service: Service;
  note: string;
}

/** A contact as the operator's form holds it: text as typed, "" for nothing chosen, nothing converted yet. */
export interface ContactForm {
  callerNumber: string;
  channel: Channel;
  direction: Direction;
  language: string;
  callerType: string;
  callerCountry: string;
  callerPlace: string;
  anonymous: boolean;
  callerName: string;
  callerEmail: string;
  notes: string;
  consultations: ConsultationRow[];
  outcome: string;
  followUpOn: string;
  followUpNote: string;
}

export type FormField = keyof ContactForm;

/** The fields in screen order: the first with a problem is where focus goes after a refused finish. */
export const FORM_FIELDS: readonly FormField[] = [
  "callerNumber",
  "channel",
  "direction",
  "language",
  "callerType",
  "callerCountry",
  "callerPlace",
  "anonymous",
  "callerName",
  "callerEmail",
  "notes",
  "consultations",
  "outcome",
  "followUpOn",
  "followUpNote",
];

export const isFormField = (name: string): name is FormField => (FORM_FIELDS as readonly string[]).includes(name);

/** The id of a field's input, so that a problem can move focus to it. */
export const fieldId = (field: FormField) => `contact-${field}`;

let rowCounter = 0;
export const rowKey = () => {
  rowCounter += 1;
  return `row-${rowCounter}`;
};

export function formFromDetail(detail: ContactDetail): ContactForm {
  return {
    callerNumber: detail.callerNumber ?? "",
    channel: detail.channel,
    direction: detail.direction,
    language: detail.language ?? "",
    callerType: detail.callerType ?? "",
    callerCountry: detail.callerCountry ?? "",
    callerPlace: detail.callerPlace ?? "",
    anonymous: detail.anonymous,
    callerName: detail.callerName ?? "",
    callerEmail: detail.callerEmail ?? "",
    notes: detail.notes ?? "",
    consultations: detail.consultations.map((c) => ({
      key: rowKey(),
      topic: c.topic,
      service: c.service,
      note: c.note ?? "",
    })),
    outcome: detail.outcome ?? "",
    followUpOn: detail.followUpOn ?? "",
    followUpNote: detail.followUpNote ?? "",
  };
}

const text = (value: string) => (value.trim() === "" ? null : value.trim());

/** The change the API takes for the given fields of the form: empty text becomes null ("nothing"). */
export function patchOf(form: ContactForm, fields: Iterable<FormField>): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    switch (field) {
      case "channel":
      case "direction":
      case "anonymous":
        patch[field] = form[field];
        break;
      case "consultations":
        patch.consultations = form.consultations.map((c) => ({
          topic: c.topic,
          service: c.service,
          note: text(c.note),
        }));
        break;
      default:
        patch[field] = text(form[field]);
    }
  }
  return patch as ContactPatch;
}

/** Whether two values of a field are the same (consultations compared by content, not by row key). */
export function sameValue<F extends FormField>(field: F, a: ContactForm[F], b: ContactForm[F]): boolean {
  if (field !== "consultations") return a === b;
  return (
    JSON.stringify(patchOf({ consultations: a } as ContactForm, ["consultations"])) ===
    JSON.stringify(patchOf({ consultations: b } as ContactForm, ["consultations"]))
  );
}

/** The form values of the given fields, for keeping on the device until the server has them. */
export function pick(form: ContactForm, fields: Iterable<FormField>): Partial<ContactForm> {
  const values: Partial<ContactForm> = {};
  for (const field of fields) Object.assign(values, { [field]: form[field] });
  return values;
}
