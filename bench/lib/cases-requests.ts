import { stringify } from "csv-stringify/sync";
import { syntheticCases } from "./cases-generate.js";
import type { MixedRequest } from "./cases-load.js";
import { feminineFamily, NAME_LISTS, type NameList, variantSpelling } from "./cases-names.js";
import { Random } from "./cases-random.js";

/**
 * What the case benchmarks send: searches as caseworkers type them (either script, family name first
 * or last, a misspelling, a birth year), duplicate checks of new intakes, filtered case lists.
 */

const LISTS: readonly (readonly [NameList, number])[] = [
  ["uk", 60],
  ["ro", 13],
  ["ru", 22],
  ["pl", 5],
];

export function searchRequests(count: number, seed = 7): MixedRequest[] {
  const r = new Random(seed);
  const out: MixedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const list = r.weighted(LISTS);
    const names = NAME_LISTS[list];
    const female = r.chance(0.7);
    const given = r.pick(female ? names.female : names.male);
    const base = r.pick(names.family);
    const family = female ? feminineFamily(list, base) : base;
    const script = r.chance(0.5) ? 1 : 0;
    const query = r.weighted<string>([
      [`${given[script]} ${family[script]}`, 40],
      [`${family[script]} ${given[script]}`, 20],
      [family[script], 15],
      [`${variantSpelling(given[0])} ${variantSpelling(family[0])}`, 15],
      [`${family[script]} ${given[script]} ${r.int(1950, 2015)}`, 10],
    ]);
    out.push({ method: "POST", path: "/api/people/search", body: { query, limit: 20 } });
  }
  return out;
}

/**
 * Duplicate checks of people about to be registered: a third are people already in the dataset (its
 * seed) typed again, sometimes in their other spelling; the rest are new people of another seed.
 */
export function duplicateRequests(count: number, datasetSeed: number): MixedRequest[] {
  const known = [...syntheticCases(datasetSeed, Math.ceil(count / 3))];
  const fresh = [...syntheticCases(datasetSeed + 1, count - known.length)];
  return [...known, ...fresh].map((item, i) => {
    const person = item.intake.person;
    const identity = person?.identity ?? {};
    const other = identity.otherNames?.[0]?.split(" ");
    const useOther = other && other.length === 2 && i % 2 === 0;
    return {
      method: "POST",
      path: "/api/people/duplicates",
      body: {
        identity: {
          firstName: useOther ? other[0] : identity.firstName,
          secondName: useOther ? other[1] : identity.secondName,
          ...(identity.birthDate && { birthDate: identity.birthDate }),
          ...(identity.phones && { phones: identity.phones }),
        },
        ...(person?.birthYear && { birthYear: person.birthYear }),
        limit: 10,
      },
    };
  });
}

/** Three filters each, as a supervisor's or caseworker's saved views would combine them. */
export const LIST_FILTERS = [
  "status=Active&exploitationType=ForcedLabour&citizenship=UA",
  "stage=assistance&vulnerability=WomanAtRisk&openedFrom=2024-01-01",
  "status=Closed&exploitationType=SexualExploitation&citizenship=MD",
  "status=FollowUp&vulnerability=Child&sort=opened",
  "mine=true&exploitationType=ForcedLabour&citizenship=UZ",
  "status=Active&vulnerability=ThirdCountryNational&openedFrom=2025-01-01",
];

/** Each filter's first page and, where there is one, its second page (a keyset cursor). */
export async function listRequests(baseUrl: string, token: string, pageSize: number): Promise<MixedRequest[]> {
  const out: MixedRequest[] = [];
  for (const filter of LIST_FILTERS) {
    const path = `/api/cases?${filter}&limit=${pageSize}`;
    out.push({ method: "GET", path });
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    if (page.nextCursor) out.push({ method: "GET", path: `${path}&cursor=${encodeURIComponent(page.nextCursor)}` });
  }
  return out;
}

/** An HTCDS spreadsheet (CSV: row 1 field names) of `count` new synthetic cases, one row each. */
export function importCsv(count: number, seed: number): string {
  const rows = [...syntheticCases(seed, count)].map((item) => {
    const person = item.intake.person;
    const identity = person?.identity ?? {};
    const victim = item.intake.victim ?? {};
    const consents = item.intake.consents ?? [];
    const guardian = consents.find((c) => c.guardian)?.guardian;
    return {
      prs_FirstName: identity.firstName ?? "",
      prs_SecondName: identity.secondName ?? "",
      prs_Birthdate: identity.birthDate ?? "",
      sp_BirthYear: identity.birthDate ? "" : String(person?.birthYear ?? ""),
      prs_Gender: person?.gender ?? "",
      sp_Sex: person?.sex ?? "",
      prs_Citizenship: (person?.citizenships ?? []).join(";"),
      prs_MobilePhone: identity.phones?.[0] ?? "",
      prs_PrimaryLanguage: person?.primaryLanguage ?? "",
      sp_MigrationStatus: (person?.migrationStatuses ?? []).join(";"),
      sp_VulnerabilityFlags: (person?.vulnerabilityFlags ?? []).join(";"),
      vic_TraffickingStatus: victim.traffickingStatus ?? "",
      vic_TypeOfExploitation: (victim.exploitationTypes ?? []).join(";"),
      vic_MethodsOfControl: (victim.controlMethods ?? []).join(";"),
      vic_LocationOfExploitation: (victim.exploitationPlaces ?? []).map((p) => p.country).join(";"),
      sp_OpenedOn: item.intake.openedOn ?? "",
      sp_Consents: consents.map((c) => `${c.purpose}:${c.decision}`).join(";"),
      sp_ConsentDate: consents[0]?.decidedOn ?? "",
      sp_ConsentGuardianName: guardian?.name ?? "",
      sp_ConsentGuardianRelationship: guardian?.relationship ?? "",
    };
  });
  const names = Object.keys(rows[0] ?? {});
  return stringify([names, ...rows.map((row) => names.map((name) => row[name as keyof typeof row]))]);
}
