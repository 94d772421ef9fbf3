import type { z } from "zod";
import type {
  assistanceInput,
  assistanceRecord,
  assistanceTypeItem,
  eventInput,
  planInput,
  supportPlan,
  traffickingEvent,
} from "../../../shared/api/assistance.js";
import type { attachment, note, task, taskInput } from "../../../shared/api/case-records.js";
import type {
  caseAccessEntry,
  caseDetail,
  caseHistoryEntry,
  caseIntake,
  caseListQuery,
  casePerson,
  caseSummary,
  caseTransition,
  victimContext,
} from "../../../shared/api/cases.js";
import type { consent, consentInput, consentState } from "../../../shared/api/consents.js";
import type { person, personIdentity, personInput, personMatch, personPatch } from "../../../shared/api/people.js";

/** The web app's names for the shared API shapes; the shapes themselves are defined once, in src/shared/api. */
export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type CasePerson = z.infer<typeof casePerson>;
export type CaseListFilters = Omit<z.input<typeof caseListQuery>, "limit" | "cursor">;
export type CaseIntake = z.input<typeof caseIntake>;
export type CaseTransition = z.input<typeof caseTransition>;
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntry>;
export type CaseAccessEntry = z.infer<typeof caseAccessEntry>;
export type VictimContext = z.input<typeof victimContext>;
export type Person = z.infer<typeof person>;
export type PersonIdentity = z.input<typeof personIdentity>;
export type PersonInput = z.input<typeof personInput>;
export type PersonPatch = z.input<typeof personPatch>;
export type PersonMatch = z.infer<typeof personMatch>;
export type Consent = z.infer<typeof consent>;
export type ConsentInput = z.input<typeof consentInput>;
export type ConsentState = z.infer<typeof consentState>;
export type TraffickingEvent = z.infer<typeof traffickingEvent>;
export type EventInput = z.input<typeof eventInput>;
export type SupportPlan = z.infer<typeof supportPlan>;
export type PlanInput = z.input<typeof planInput>;
export type AssistanceRecord = z.infer<typeof assistanceRecord>;
export type AssistanceInput = z.input<typeof assistanceInput>;
export type AssistanceTypeItem = z.infer<typeof assistanceTypeItem>;
export type Note = z.infer<typeof note>;
export type Task = z.infer<typeof task>;
export type TaskInput = z.input<typeof taskInput>;
export type Attachment = z.infer<typeof attachment>;
