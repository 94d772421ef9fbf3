import { z } from "zod";
import { ASSISTANCE_STATUSES, ASSISTANCE_UNITS, EVENT_TYPES, SUPPORT_PLAN_TYPES } from "../htcds/index.js";
import { plainText } from "./common.js";
import { country, isoDate } from "./people.js";

/** HTCDS hte_: one stage of the trafficking journey. Street, postal code, coordinates and description are sealed. */
export const eventInput = z.strictObject({
  eventType: z.enum(EVENT_TYPES),
  /** The person of the case the event happened to; they must be linked to the case. */
  personId: z.uuid().nullable().optional(),
  occurredOn: isoDate.nullable().optional(),
  dateEstimated: z.boolean().optional(),
  country: country.nullable().optional(),
  region: plainText(120).nullable().optional(),
  city: plainText(120).nullable().optional(),
  street: plainText(200).nullable().optional(),
  postalCode: plainText(20).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  description: plainText(4000).nullable().optional(),
});

export const eventPatch = eventInput.partial();

export const traffickingEvent = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid().nullable(),
  eventType: z.string(),
  occurredOn: z.string().nullable(),
  dateEstimated: z.boolean(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  /** Sealed fields: null when empty or once the case's identifying data was erased. */
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  description: z.string().nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
});

/** HTCDS spl_: a support plan. Objectives and the action plan are sealed. */
export const planInput = z.strictObject({
  planType: z.enum(SUPPORT_PLAN_TYPES),
  objectives: plainText(4000).nullable().optional(),
  actionPlan: plainText(8000).nullable().optional(),
  plannedEndOn: isoDate.nullable().optional(),
  actualEndOn: isoDate.nullable().optional(),
});

export const planPatch = planInput.partial();

export const supportPlan = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  planType: z.string(),
  objectives: z.string().nullable(),
  actionPlan: z.string().nullable(),
  plannedEndOn: z.string().nullable(),
  actualEndOn: z.string().nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An assistance type: a built-in code (ASSISTANCE_TYPES) or one of the organisation's own codes. */
export const ASSISTANCE_TYPE_CODE = /^[a-z][a-z0-9_]{2,40}$/;
export const assistanceTypeCode = z.string().regex(ASSISTANCE_TYPE_CODE);

/** ISO 4217 codes the runtime knows, e.g. EUR, UAH, PLN. */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf("currency").includes(value);
}

/** Safepath extension: one item of direct assistance, planned, provided or cancelled. The note is sealed. */
export const assistanceInput = z.strictObject({
  assistanceType: z.string().min(1).max(60),
  status: z.enum(ASSISTANCE_STATUSES),
  /** Required once provided. */
  providedOn: isoDate.nullable().optional(),
  planId: z.uuid().nullable().optional(),
  /** The caller's own organisation; any other provider goes in providerName. */
  providerOrganisationId: z.uuid().nullable().optional(),
  providerName: plainText(200).nullable().optional(),
  quantity: z.number().positive().multipleOf(0.01).max(1_000_000_000).nullable().optional(),
  unit: z.enum(ASSISTANCE_UNITS).nullable().optional(),
  cost: z.number().min(0).multipleOf(0.01).max(100_000_000_000).nullable().optional(),
  /** ISO 4217, upper case; required with a cost. */
  currency: z.string().max(8).nullable().optional(),
  note: plainText(4000).nullable().optional(),
});

export const assistancePatch = assistanceInput.partial();

export const assistanceRecord = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  planId: z.uuid().nullable(),
  assistanceType: z.string(),
  status: z.enum(ASSISTANCE_STATUSES),
  providedOn: z.string().nullable(),
  providerOrganisationId: z.uuid().nullable(),
  providerOrganisationName: z.string().nullable(),
  providerName: z.string().nullable(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  cost: z.number().nullable(),
  currency: z.string().nullable(),
  /** Null when empty or once the case's identifying data was erased. */
  note: z.string().nullable(),
  recordedBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const label = plainText(120).min(1);

/** A label in every interface language. */
export const assistanceTypeLabels = z.strictObject({ en: label, uk: label, ru: label, pl: label, ro: label });

export const assistanceTypeInput = z.strictObject({ code: assistanceTypeCode, labels: assistanceTypeLabels });

export const assistanceTypePatch = z.strictObject({
  labels: assistanceTypeLabels.optional(),
  /** A disabled type stays on the records that use it but cannot be chosen for new ones. */
  disabled: z.boolean().optional(),
});

export const assistanceTypeItem = z.object({
  code: z.string(),
  builtIn: z.boolean(),
  /** Translation key of a built-in type's label; null for the organisation's own types. */
  labelKey: z.string().nullable(),
  /** The organisation's own labels; null for built-in types. */
  labels: z.record(z.string(), z.string()).nullable(),
  disabled: z.boolean(),
});

export type EventInput = z.infer<typeof eventInput>;
export type EventPatch = z.infer<typeof eventPatch>;
export type PlanInput = z.infer<typeof planInput>;
export type PlanPatch = z.infer<typeof planPatch>;
export type AssistanceInput = z.infer<typeof assistanceInput>;
export type AssistancePatch = z.infer<typeof assistancePatch>;
export type AssistanceTypeInput = z.infer<typeof assistanceTypeInput>;
export type AssistanceTypePatch = z.infer<typeof assistanceTypePatch>;
export type AssistanceTypeItem = z.infer<typeof assistanceTypeItem>;
