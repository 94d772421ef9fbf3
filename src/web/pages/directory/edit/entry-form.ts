import type {
  ProviderDetail,
  ProviderInput,
  ProviderPatch,
  ServiceDetail,
  ServiceInput,
  ServicePatch,
} from "../../../../shared/api/directory.js";

/**
 * The edit forms hold what is typed, as typed; these turn it into the API's shape. An empty field is sent
 * as null (cleared). A number that does not read as one is sent as typed, so that the server names the field
 * instead of the form quietly clearing it.
 */

export interface PlaceForm {
  address: string;
  country: string | null;
  region: string;
  city: string;
  latitude: string;
  longitude: string;
}

export interface ServiceForm extends PlaceForm {
  providerId: string;
  name: string;
  serviceType: string | null;
  description: string;
  areaCountries: string[];
  areaRegions: string[];
  areaCities: string[];
  remote: boolean;
  languages: string[];
  minAge: string;
  maxAge: string;
  sexes: string[];
  nationalities: string[];
  statuses: string[];
  openingHours: string;
  openAlways: boolean;
  capacity: string;
  availability: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export interface ProviderForm extends PlaceForm {
  name: string;
  kind: string | null;
  memberOrganisationId: string | null;
  description: string;
  website: string;
  email: string;
  phone: string;
}

const textOrNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** "49,84" and "49.84" both read as a number: a decimal comma is what most of the users' languages write. */
export function numberOrTyped(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed.replace(",", "."));
  return Number.isFinite(number) ? number : trimmed;
}

const shown = (value: string | number | null) => (value === null ? "" : String(value));

const NO_PLACE = { address: null, country: null, region: null, city: null, latitude: null, longitude: null };

function placeFrom(entry: {
  address: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}): PlaceForm {
  return {
    address: shown(entry.address),
    country: entry.country,
    region: shown(entry.region),
    city: shown(entry.city),
    latitude: shown(entry.latitude),
    longitude: shown(entry.longitude),
  };
}

function placeBody(form: PlaceForm) {
  return {
    address: textOrNull(form.address),
    country: form.country,
    region: textOrNull(form.region),
    city: textOrNull(form.city),
    latitude: numberOrTyped(form.latitude),
    longitude: numberOrTyped(form.longitude),
  };
}

export function emptyServiceForm(providerId: string): ServiceForm {
  return {
    providerId,
    name: "",
    serviceType: null,
    description: "",
    ...placeFrom(NO_PLACE),
    areaCountries: [],
    areaRegions: [],
    areaCities: [],
    remote: false,
    languages: [],
    minAge: "",
    maxAge: "",
    sexes: [],
    nationalities: [],
    statuses: [],
    openingHours: "",
    openAlways: false,
    capacity: "",
    availability: "unknown",
    contactName: "",
    contactPhone: "",
    contactEmail: "",
  };
}

/**
 * The service's own place only. The API fills a service's place from its provider's when the service has
 * none (placeFromProvider), and its coordinates when it has an address but no point: saving those back would
 * copy the provider's place into the service, and it would no longer follow the provider when that moves.
 */
export function ownPlace(
  service: ServiceDetail,
  provider: { latitude: number | null; longitude: number | null } | undefined,
): PlaceForm {
  if (service.placeFromProvider) return placeFrom(NO_PLACE);
  const inherited =
    provider !== undefined && service.latitude === provider.latitude && service.longitude === provider.longitude;
  return placeFrom(inherited ? { ...service, latitude: null, longitude: null } : service);
}

export function serviceFormFrom(
  service: ServiceDetail,
  provider?: { latitude: number | null; longitude: number | null },
): ServiceForm {
  return {
    providerId: service.providerId,
    name: service.name,
    serviceType: service.serviceType,
    description: shown(service.description),
    ...ownPlace(service, provider),
    areaCountries: service.areaCountries,
    areaRegions: service.areaRegions,
    areaCities: service.areaCities,
    remote: service.remote,
    languages: service.languages,
    minAge: shown(service.minAge),
    maxAge: shown(service.maxAge),
    sexes: service.sexes,
    nationalities: service.nationalities,
    statuses: service.statuses,
    openingHours: shown(service.openingHours),
    openAlways: service.openAlways,
    capacity: shown(service.capacity),
    availability: service.availability,
    contactName: shown(service.contactName),
    contactPhone: shown(service.contactPhone),
    contactEmail: shown(service.contactEmail),
  };
}

function serviceBody(form: ServiceForm) {
  return {
    name: form.name.trim(),
    serviceType: form.serviceType,
    description: textOrNull(form.description),
    ...placeBody(form),
    areaCountries: form.areaCountries,
    areaRegions: form.areaRegions,
    areaCities: form.areaCities,
    remote: form.remote,
    languages: form.languages,
    minAge: numberOrTyped(form.minAge),
    maxAge: numberOrTyped(form.maxAge),
    sexes: form.sexes,
    nationalities: form.nationalities,
    statuses: form.statuses,
    // Hours typed beside "open always" would contradict it; the switch wins.
    openingHours: form.openAlways ? null : textOrNull(form.openingHours),
    openAlways: form.openAlways,
    capacity: numberOrTyped(form.capacity),
    availability: form.availability,
    contactName: textOrNull(form.contactName),
    contactPhone: textOrNull(form.contactPhone),
    contactEmail: textOrNull(form.contactEmail),
  };
}

// The casts hand the server what was typed; its schema is the one judge of what is valid, field by field.
export const serviceInputFrom = (form: ServiceForm) =>
  ({ providerId: form.providerId, ...serviceBody(form) }) as unknown as ServiceInput;

export const servicePatchFrom = (form: ServiceForm, version: number) =>
  ({ ...serviceBody(form), version }) as unknown as ServicePatch;

export function emptyProviderForm(): ProviderForm {
  return {
    name: "",
    kind: "NGO",
    memberOrganisationId: null,
    description: "",
    website: "",
    email: "",
    phone: "",
    ...placeFrom(NO_PLACE),
  };
}

export function providerFormFrom(provider: ProviderDetail): ProviderForm {
  return {
    name: provider.name,
    kind: provider.kind,
    memberOrganisationId: provider.memberOrganisationId,
    description: shown(provider.description),
    website: shown(provider.website),
    email: shown(provider.email),
    phone: shown(provider.phone),
    ...placeFrom(provider),
  };
}

function providerBody(form: ProviderForm) {
  return {
    name: form.name.trim(),
    kind: form.kind,
    memberOrganisationId: form.memberOrganisationId,
    description: textOrNull(form.description),
    website: textOrNull(form.website),
    email: textOrNull(form.email),
    phone: textOrNull(form.phone),
    ...placeBody(form),
  };
}

export const providerInputFrom = (form: ProviderForm) => providerBody(form) as unknown as ProviderInput;

export const providerPatchFrom = (form: ProviderForm, version: number) =>
  ({ ...providerBody(form), version }) as unknown as ProviderPatch;
