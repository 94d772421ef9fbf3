import type { Organisation, OrganisationInput, OrganisationPatch } from "../../api/types.js";

/** What the form holds: strings as typed, so an empty field can mean "no value" rather than an error. */
export interface OrganisationFormValues {
  name: string;
  type: string | null;
  country: string | null;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  latitude: number | string;
  longitude: number | string;
  phone: string;
  mfaRequired: boolean;
  retentionYears: number | string;
  /** IANA zone of the hotline's hours; null leaves the server's default (UTC). */
  timeZone: string | null;
  disabled: boolean;
}

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  name: "",
  type: null,
  country: null,
  street: "",
  city: "",
  region: "",
  postalCode: "",
  latitude: "",
  longitude: "",
  phone: "",
  mfaRequired: false,
  retentionYears: "",
  timeZone: null,
  disabled: false,
};

export function toFormValues(org: Organisation): OrganisationFormValues {
  return {
    name: org.name,
    type: org.type,
    country: org.country,
    street: org.street ?? "",
    city: org.city ?? "",
    region: org.region ?? "",
    postalCode: org.postalCode ?? "",
    latitude: org.latitude ?? "",
    longitude: org.longitude ?? "",
    phone: org.phone ?? "",
    mfaRequired: org.mfaRequired,
    retentionYears: org.retentionYears ?? "",
    timeZone: org.timeZone,
    disabled: org.disabled,
  };
}

const text = (value: string) => (value.trim() === "" ? null : value.trim());
const number = (value: number | string) => (typeof value === "number" ? value : null);

/** The request body; the server validates type and country, so unchosen ones are sent as they are and named back. */
export function toInput(values: OrganisationFormValues): OrganisationInput {
  return {
    name: values.name.trim(),
    type: (values.type ?? "") as OrganisationInput["type"],
    country: (values.country ?? "") as OrganisationInput["country"],
    street: text(values.street),
    city: text(values.city),
    region: text(values.region),
    postalCode: text(values.postalCode),
    latitude: number(values.latitude),
    longitude: number(values.longitude),
    phone: text(values.phone.replace(/[\s()-]/g, "")),
    mfaRequired: values.mfaRequired,
    retentionYears: number(values.retentionYears),
    ...(values.timeZone ? { timeZone: values.timeZone } : {}),
  };
}

/** The change; `disabled` only from whoever may switch an organisation off (the server refuses it otherwise). */
export function toPatch(values: OrganisationFormValues, withDisabled: boolean): OrganisationPatch {
  return { ...toInput(values), ...(withDisabled ? { disabled: values.disabled } : {}) };
}
