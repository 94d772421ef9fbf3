import type { MatchedNeeds, MatchInput, MatchResult, ServiceMatch } from "../../../../shared/api/directory-matching.js";
import type { ServiceType } from "../../../../shared/directory/vocab.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { type CandidateService, findCandidates } from "./match-candidates.js";
import { checkedPlace, organisationPlace } from "./match-place.js";
import { type MatchNeeds, type RankedService, rankServices } from "./ranking.js";

/** The best `limit` services of the directory for the needs, with why each is suggested. */
export async function matchServices(db: ScopedDb, needs: MatchNeeds, limit: number): Promise<MatchResult> {
  const candidates = await findCandidates(db, needs);
  const ranked = rankServices(needs, candidates).slice(0, limit);
  return { needs: toApiNeeds(needs), items: ranked.map(toApiMatch) };
}

/** Needs given outright (POST /api/directory/matches); the place is the caller's organisation's unless given. */
export async function givenNeeds(db: ScopedDb, input: MatchInput): Promise<MatchNeeds> {
  const place = input.place
    ? checkedPlace(
        {
          country: input.place.country,
          region: input.place.region ?? null,
          city: input.place.city ?? null,
          latitude: input.place.latitude ?? null,
          longitude: input.place.longitude ?? null,
        },
        "body.place",
      )
    : await organisationPlace(db);
  return {
    serviceTypes: [...new Set(input.serviceTypes)],
    place,
    languages: [...new Set(input.languages ?? [])],
    age: input.age === null || input.age === undefined ? null : { min: input.age, max: input.age },
    sex: input.sex ?? null,
    nationalities: [...new Set(input.nationalities ?? [])],
    statuses: [...new Set(input.statuses ?? [])],
  };
}

export async function matchGivenNeeds(db: ScopedDb, input: MatchInput): Promise<MatchResult> {
  const needs = await givenNeeds(db, input);
  const result = await matchServices(db, needs, input.limit);
  // Counts only: the needs describe a person, if not by name.
  db.audit({
    action: "directory.match",
    detail: { serviceTypes: needs.serviceTypes.length, matches: result.items.length },
  });
  return result;
}

function toApiNeeds(needs: MatchNeeds): MatchedNeeds {
  return {
    serviceTypes: needs.serviceTypes as ServiceType[],
    place: needs.place,
    languages: [...needs.languages],
    age: needs.age,
    sex: needs.sex,
    nationalities: [...needs.nationalities],
    statuses: [...needs.statuses],
  };
}

function toApiMatch({ service, score, distanceKm, reasons }: RankedService<CandidateService>): ServiceMatch {
  return {
    serviceId: service.id,
    name: service.name,
    serviceType: service.serviceType as ServiceType,
    providerId: service.providerId,
    providerName: service.providerName,
    memberOrganisationId: service.memberOrganisationId,
    availability: service.availability,
    remote: service.remote,
    city: service.place.city,
    country: service.place.country,
    distanceKm,
    contact: {
      name: service.contactName,
      phone: service.contactPhone,
      email: service.contactEmail,
      openingHours: service.openingHours,
    },
    score,
    reasons,
  };
}
