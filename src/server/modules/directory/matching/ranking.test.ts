import { describe, expect, it } from "vitest";
import { distanceKm } from "./geo.js";
import { type MatchCandidate, type MatchNeeds, rankServices, WEIGHTS, wholeMonthsBetween } from "./ranking.js";

const NOW = new Date("2026-03-15T12:00:00Z");
const WARSAW = { latitude: 52.2297, longitude: 21.0122 };
const LODZ = { latitude: 51.7592, longitude: 19.456 };
const KRAKOW = { latitude: 50.0647, longitude: 19.945 };

const needs = (more: Partial<MatchNeeds> = {}): MatchNeeds => ({
  serviceTypes: ["ShelterAndAccommodation", "Legal"],
  place: { country: "PL", region: "Mazowieckie", city: "Warszawa", ...WARSAW },
  languages: ["uk", "ru"],
  age: { min: 33, max: 34 },
  sex: "Female",
  nationalities: ["UA"],
  statuses: ["TemporaryProtection"],
  ...more,
});

let counter = 0;
const service = (more: Partial<MatchCandidate> = {}): MatchCandidate => {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    name: `Service ${counter}`,
    serviceType: "ShelterAndAccommodation",
    place: { country: "PL", region: "Mazowieckie", city: "Warszawa", ...WARSAW },
    areaCountries: [],
    areaRegions: [],
    areaCities: [],
    remote: false,
    languages: ["uk"],
    minAge: null,
    maxAge: null,
    sexes: [],
    nationalities: [],
    statuses: [],
    availability: "available",
    verifiedAt: new Date("2026-02-01T00:00:00Z"),
    retired: false,
    ...more,
  };
};

const rank = (candidates: MatchCandidate[], forNeeds = needs()) => rankServices(forNeeds, candidates, NOW);
const names = (candidates: MatchCandidate[], forNeeds = needs()) =>
  rank(candidates, forNeeds).map((r) => r.service.name);
const codes = (candidate: MatchCandidate, forNeeds = needs()) =>
  rank([candidate], forNeeds)[0]?.reasons.map((reason) => reason.code);

describe("service ranking", () => {
  it("puts the more important need first, even when the service for the next need is nearer", () => {
    const shelterInLodz = service({ name: "shelter", place: { country: "PL", region: null, city: "Łódź", ...LODZ } });
    const legalNextDoor = service({ name: "legal", serviceType: "Legal" });
    expect(distanceKm(WARSAW, LODZ)).toBeGreaterThan(110);
    expect(names([legalNextDoor, shelterInLodz])).toEqual(["shelter", "legal"]);
    // Past the crossover (about 150 km further) the nearer service for the next need comes first.
    const shelterInKrakow = service({
      name: "far shelter",
      place: { country: "PL", region: null, city: "Kraków", ...KRAKOW },
    });
    expect(names([shelterInKrakow, legalNextDoor])).toEqual(["legal", "far shelter"]);
  });

  it("ranks the nearer of two services for the same need first, and says how far each is", () => {
    const near = service({ name: "near" });
    const far = service({ name: "far", place: { country: "PL", region: null, city: "Łódź", ...LODZ } });
    const ranked = rank([far, near]);
    expect(ranked.map((r) => r.service.name)).toEqual(["near", "far"]);
    expect(ranked[0]?.distanceKm).toBe(0);
    const farKm = ranked[1]?.distanceKm ?? 0;
    expect(farKm).toBeGreaterThan(110);
    expect(farKm).toBeLessThan(125);
    expect(ranked[1]?.reasons).toContainEqual({ code: "distance", params: { km: farKm } });
  });

  it("leaves out services the person is not eligible for, and retired or unwanted ones", () => {
    const kept = service({ name: "kept" });
    const candidates = [
      kept,
      service({ name: "children only", maxAge: 17 }),
      service({ name: "over 60", minAge: 60 }),
      service({ name: "men only", sexes: ["Male"] }),
      service({ name: "Moldovans only", nationalities: ["MD"] }),
      service({ name: "refugees only", statuses: ["Refugee"] }),
      service({ name: "retired", retired: true }),
      service({ name: "food", serviceType: "Food" }),
    ];
    expect(names(candidates)).toEqual(["kept"]);
  });

  it("says the person is eligible when a service's rules are met, and names the rules the record does not answer", () => {
    const forWomen = service({
      minAge: 18,
      sexes: ["Female"],
      nationalities: ["UA", "MD"],
      statuses: ["TemporaryProtection"],
    });
    expect(codes(forWomen)).toContain("eligible");
    const unknownPerson = needs({ age: null, sex: "Unknown", nationalities: [], statuses: ["Unknown"] });
    const reasons = rank([forWomen], unknownPerson)[0]?.reasons ?? [];
    expect(reasons.filter((r) => r.code === "eligibility_unknown").map((r) => r.params.criterion)).toEqual([
      "age",
      "sex",
      "nationality",
      "status",
    ]);
    // An age band across the limit may fit: kept, with the age to check; one wholly outside it does not.
    const adults = service({ minAge: 18 });
    expect(codes(adults, needs({ age: { min: 17, max: 18 } }))).toContain("eligibility_unknown");
    expect(rank([adults], needs({ age: { min: 9, max: 17 } }))).toEqual([]);
  });

  it("prefers a service in the person's first language, then another of theirs, and says when none is shared", () => {
    const ukrainian = service({ name: "uk", languages: ["uk", "pl"] });
    const russian = service({ name: "ru", languages: ["ru"] });
    const polish = service({ name: "pl", languages: ["pl", "en"] });
    const unlisted = service({ name: "unlisted", languages: [] });
    expect(names([polish, russian, unlisted, ukrainian])).toEqual(["uk", "ru", "unlisted", "pl"]);
    expect(rank([ukrainian])[0]?.reasons).toContainEqual({ code: "speaks", params: { language: "uk" } });
    expect(rank([russian])[0]?.reasons).toContainEqual({ code: "speaks", params: { language: "ru" } });
    expect(codes(polish)).toContain("no_common_language");
  });

  it("ranks a remote service as serving from anywhere, without a distance", () => {
    const hotline = service({
      name: "online",
      serviceType: "Legal",
      remote: true,
      areaCountries: ["PL"],
      place: { country: "PL", region: null, city: "Gdańsk", latitude: 54.352, longitude: 18.6466 },
    });
    const [ranked] = rank([hotline]);
    expect(ranked?.distanceKm).toBeNull();
    expect(ranked?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["remote", "serves_area"]));
    expect(ranked?.reasons.some((r) => r.code === "distance")).toBe(false);
    const inGdansk = { ...hotline, id: "x", remote: false, name: "in Gdańsk" };
    expect(names([inGdansk, hotline])).toEqual(["online", "in Gdańsk"]);
  });

  it("says which area a service serves: the person's city, region or the whole country", () => {
    const noCoordinates = { latitude: null, longitude: null };
    const inCity = service({
      name: "city",
      areaCities: ["warszawa"],
      place: { country: "PL", region: null, city: null, ...noCoordinates },
    });
    const inRegion = service({
      name: "region",
      areaRegions: ["Mazowieckie"],
      place: { country: "PL", region: null, city: "Radom", ...noCoordinates },
    });
    const national = service({
      name: "country",
      areaCountries: ["PL"],
      place: { country: "PL", region: null, city: "Gdańsk", ...noCoordinates },
    });
    const elsewhere = service({
      name: "elsewhere",
      place: { country: "PL", region: "Pomorskie", city: "Gdańsk", ...noCoordinates },
    });
    expect(names([elsewhere, national, inRegion, inCity])).toEqual(["city", "region", "country", "elsewhere"]);
    for (const [candidate, level] of [
      [inCity, "city"],
      [inRegion, "region"],
      [national, "country"],
    ] as const) {
      expect(rank([candidate])[0]?.reasons).toContainEqual({ code: "serves_area", params: { level } });
    }
    expect(codes(elsewhere)).not.toContain("serves_area");
  });

  it("ranks full services and entries not verified for six months lower, but keeps them", () => {
    const open = service({ name: "open" });
    const full = service({ name: "full", availability: "full" });
    const stale = service({ name: "stale", verifiedAt: new Date("2025-08-01T00:00:00Z") });
    const never = service({ name: "never", verifiedAt: null });
    expect(names([full, stale, never, open])).toEqual(["open", "never", "stale", "full"]);
    expect(rank([full])[0]?.reasons).toContainEqual({ code: "availability", params: { value: "full" } });
    expect(rank([stale])[0]?.reasons).toContainEqual({ code: "verification_due", params: { months: 7 } });
    expect(codes(never)).toContain("never_verified");
    expect(codes(open)).not.toContain("verification_due");
    // A full shelter falls below an open service for the next need: places are what the person needs now.
    const legal = service({ name: "legal", serviceType: "Legal" });
    expect(names([full, legal])).toEqual(["legal", "full"]);
  });

  it("gives every suggestion its reasons, the met need first", () => {
    const [ranked] = rank([service({ sexes: ["Female"] })]);
    expect(ranked?.reasons).toEqual([
      { code: "need_met", params: { serviceType: "ShelterAndAccommodation" } },
      { code: "serves_area", params: { level: "city" } },
      { code: "distance", params: { km: 0 } },
      { code: "speaks", params: { language: "uk" } },
      { code: "eligible", params: {} },
      { code: "availability", params: { value: "available" } },
    ]);
    expect(ranked?.score).toBe(
      WEIGHTS.firstNeed + WEIGHTS.distance + WEIGHTS.firstLanguage + WEIGHTS.eligible + WEIGHTS.availability.available,
    );
  });

  it("breaks ties the same way every time: nearer, then by name, then by id", () => {
    const a = service({ name: "Bravo", id: "b" });
    const b = service({ name: "Alpha", id: "c" });
    const c = service({ name: "Alpha", id: "a" });
    const order = names([a, b, c]);
    expect(rank([a, b, c]).map((r) => r.service.id)).toEqual(["a", "c", "b"]);
    expect(names([c, a, b])).toEqual(order);
    expect(names([b, c, a])).toEqual(order);
  });

  it("counts whole calendar months since verification", () => {
    expect(wholeMonthsBetween(new Date("2025-09-15T00:00:00Z"), NOW)).toBe(6);
    expect(wholeMonthsBetween(new Date("2025-09-16T00:00:00Z"), NOW)).toBe(5);
    expect(wholeMonthsBetween(new Date("2026-04-01T00:00:00Z"), NOW)).toBe(0);
  });
});
