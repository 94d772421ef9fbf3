import { type ActivityKind, DEFAULT_SECTION, type ReportSection } from "../../../../shared/activities/vocab.js";
import type { ActivityDetail, ActivityInput, ActivityPatch } from "../../../../shared/api/activities.js";
import { detailsFrom, kindFormsFrom } from "./kind-details.js";
import { emptyKindForms, type KindForms } from "./kind-forms.js";

export interface ParticipantRow {
  name: string;
  organisation: string;
  position: string;
  sex: string;
}

/** What happens to a participant list already kept: left as it is, replaced by the rows typed, or removed. */
export type ParticipantListAction = "keep" | "replace" | "remove";

export interface ActivityForm {
  kind: ActivityKind | null;
  officeId: string;
  section: ReportSection | "";
  /** Once the section is chosen by hand, changing the kind no longer moves it. */
  sectionChosen: boolean;
  title: string;
  narrative: string;
  partners: string[];
  country: string | null;
  admin1Pcode: string;
  place: string;
  startsOn: string;
  endsOn: string;
  details: KindForms;
  participantRows: ParticipantRow[];
  /** How many names are kept already (null: none); the names themselves are never loaded into the form. */
  keptParticipants: number | null;
  participantAction: ParticipantListAction;
}

export const emptyParticipantRow = (): ParticipantRow => ({ name: "", organisation: "", position: "", sex: "" });

export function emptyActivityForm(defaults: { officeId?: string; country?: string | null } = {}): ActivityForm {
  return {
    kind: null,
    officeId: defaults.officeId ?? "",
    section: "",
    sectionChosen: false,
    title: "",
    narrative: "",
    partners: [],
    country: defaults.country ?? null,
    admin1Pcode: "",
    place: "",
    startsOn: "",
    endsOn: "",
    details: emptyKindForms(),
    participantRows: [],
    keptParticipants: null,
    participantAction: "keep",
  };
}

export function activityFormFrom(activity: ActivityDetail): ActivityForm {
  return {
    kind: activity.kind,
    officeId: activity.officeId,
    section: activity.section,
    // A stored section other than the kind's own was chosen by someone; keep it when the kind changes.
    sectionChosen: activity.section !== DEFAULT_SECTION[activity.kind],
    title: activity.title,
    narrative: activity.narrative,
    partners: [...activity.partners],
    country: activity.country,
    admin1Pcode: activity.admin1Pcode ?? "",
    place: activity.place ?? "",
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    details: kindFormsFrom(activity.details),
    participantRows: [],
    keptParticipants: activity.participantListCount,
    participantAction: "keep",
  };
}

/** Choosing a kind moves the section to the kind's own, unless the person chose one by hand. */
export function withKind(form: ActivityForm, kind: ActivityKind): ActivityForm {
  return { ...form, kind, section: form.sectionChosen && form.section ? form.section : DEFAULT_SECTION[kind] };
}

const textOrNull = (typed: string) => (typed.trim() === "" ? null : typed.trim());

function participantList(form: ActivityForm) {
  if (form.kind !== "training") return undefined;
  if (form.keptParticipants !== null && form.participantAction === "remove") return null;
  if (form.keptParticipants !== null && form.participantAction === "keep") return undefined;
  const rows = form.participantRows.map((row) => ({
    name: row.name.trim(),
    organisation: row.organisation.trim() || undefined,
    position: row.position.trim() || undefined,
    sex: row.sex || undefined,
  }));
  // Replacing a kept list with no rows at all is removing it.
  if (rows.length === 0) return form.keptParticipants !== null ? null : undefined;
  return rows;
}

function body(form: ActivityForm) {
  return {
    officeId: form.officeId || undefined,
    section: form.section || undefined,
    title: form.title.trim(),
    narrative: form.narrative.trim(),
    partners: form.partners.map((p) => p.trim()).filter(Boolean),
    country: form.country ?? undefined,
    admin1Pcode: textOrNull(form.admin1Pcode)?.toUpperCase() ?? null,
    place: textOrNull(form.place),
    startsOn: form.startsOn || undefined,
    endsOn: form.endsOn || undefined,
    participantList: participantList(form),
    details: form.kind ? detailsFrom(form.kind, form.details) : undefined,
  };
}

// The casts hand the server what was typed; its schema is the one judge of what is valid, field by field.
export const activityInputFrom = (form: ActivityForm) => body(form) as unknown as ActivityInput;

export const activityPatchFrom = (form: ActivityForm, version: number) =>
  ({ ...body(form), version }) as unknown as ActivityPatch;
