import type { OfficeDetail, OfficeInput, OfficePatch } from "../../../shared/api/offices.js";

/** An office as the form holds it: text as typed. */
export interface OfficeForm {
  name: string;
  country: string | null;
  admin1Name: string;
  admin1Pcode: string;
  city: string;
  isMain: boolean;
  sortOrder: string;
  retired: boolean;
}

export function emptyOfficeForm(country: string | null = null): OfficeForm {
  return { name: "", country, admin1Name: "", admin1Pcode: "", city: "", isMain: false, sortOrder: "", retired: false };
}

export function officeFormFrom(office: OfficeDetail): OfficeForm {
  return {
    name: office.name,
    country: office.country,
    admin1Name: office.admin1Name ?? "",
    admin1Pcode: office.admin1Pcode ?? "",
    city: office.city ?? "",
    isMain: office.isMain,
    sortOrder: String(office.sortOrder),
    retired: office.retired,
  };
}

const textOrNull = (typed: string) => (typed.trim() === "" ? null : typed.trim());

/** A number as typed; blank leaves it out, anything not a whole number goes as typed for the server to name. */
function orderFrom(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function body(form: OfficeForm) {
  return {
    name: form.name.trim(),
    country: form.country ?? undefined,
    admin1Name: textOrNull(form.admin1Name),
    // P-codes are written in capitals (PL14, UA80); typing them in lower case is not a mistake worth a refusal.
    admin1Pcode: textOrNull(form.admin1Pcode)?.toUpperCase() ?? null,
    city: textOrNull(form.city),
    isMain: form.isMain,
    sortOrder: orderFrom(form.sortOrder),
  };
}

// The casts hand the server what was typed; its schema is the one judge of what is valid, field by field.
export const officeInputFrom = (form: OfficeForm) => body(form) as unknown as OfficeInput;

export const officePatchFrom = (form: OfficeForm, office: OfficeDetail) =>
  ({
    ...body(form),
    // The main mark moves by setting it on another office; unsetting it here would leave none.
    isMain: form.isMain || undefined,
    retired: form.retired,
    version: office.version,
  }) as unknown as OfficePatch;

/** The office a team's records count for: the one listing it, or null (the main office) when none does. */
export function officeOfTeam(offices: readonly OfficeDetail[], teamId: string): string | null {
  return offices.find((office) => office.teams.some((team) => team.id === teamId))?.id ?? null;
}
