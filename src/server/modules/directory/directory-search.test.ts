import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServicePoint } from "../../../shared/api/directory.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { addProvider, addService, type DemoContext, otherOrganisationAdmin, searchIds } from "./directory.fixture.js";

/*
 * A small directory: two providers of the main organisation (one in Warsaw with coordinates, one in Lviv
 * without), one of another organisation in Chișinău, and services chosen so that each filter keeps some
 * and drops others.
 */
describe.each(testDatabaseKinds())("searching the service directory (%s)", (kind) => {
  let ctx: DemoContext;
  let reader: TestSession;
  const ids: Record<string, string> = {};
  const NAMES: Record<string, string> = {
    womenShelter: "Night shelter for women",
    childShelter: "Children's shelter",
    legalHotline: "Legal hotline",
    legalAid: "Legal aid office",
    closedOffice: "Closed office",
    clinic: "Family clinic",
  };
  const keyOf = (name: string) => Object.keys(NAMES).find((key) => NAMES[key] === name) ?? name;
  let lvivLegal = "";

  const find = async (query: Record<string, string>) => {
    const found = await searchIds(ctx.app, reader, query);
    return Object.entries(ids)
      .filter(([, id]) => found.includes(id))
      .map(([name]) => name)
      .sort();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    const supervisor = await ctx.sessions.of("supervisor");
    reader = await ctx.sessions.of("caseworker");
    const warsaw = await addProvider(ctx.app, supervisor, {
      name: "Warsaw Haven",
      country: "PL",
      region: "Mazowieckie",
      city: "Warszawa",
      latitude: 52.23,
      longitude: 21.01,
    });
    const lviv = await addProvider(ctx.app, supervisor, {
      name: "Lviv Legal Desk",
      country: "UA",
      region: "Lvivska",
      city: "Lviv",
    });
    lvivLegal = lviv.id;
    const add = async (name: string, providerId: string, input: Record<string, unknown>, session = supervisor) => {
      ids[name] = (await addService(ctx.app, session, providerId, { name: NAMES[name], ...input })).id;
    };
    await add("womenShelter", warsaw.id, {
      serviceType: "ShelterAndAccommodation",
      sexes: ["Female"],
      minAge: 18,
      languages: ["uk", "pl"],
      availability: "available",
    });
    await add("childShelter", warsaw.id, {
      serviceType: "ShelterForChildren",
      country: "PL",
      region: "Małopolskie",
      city: "Kraków",
      latitude: 50.06,
      longitude: 19.94,
      maxAge: 17,
      languages: ["uk"],
    });
    await add("legalHotline", lviv.id, {
      serviceType: "Hotline",
      remote: true,
      areaCountries: ["UA", "PL"],
      languages: ["uk", "ru"],
      statuses: ["TemporaryProtection", "Refugee"],
    });
    await add("legalAid", lviv.id, {
      serviceType: "Legal",
      areaCities: ["Drohobych"],
      nationalities: ["UA"],
      availability: "full",
    });
    await send(ctx.app, { method: "POST", url: `/api/directory/services/${ids.legalAid}/verify`, session: supervisor });
    await add("closedOffice", lviv.id, { serviceType: "Legal" });
    await send(ctx.app, {
      method: "PATCH",
      url: `/api/directory/services/${ids.closedOffice}`,
      session: supervisor,
      payload: { version: 1, retired: true },
    });
    const other = await otherOrganisationAdmin(ctx);
    const chisinau = await addProvider(ctx.app, other.session, {
      name: "Chisinau Care Centre",
      kind: "HealthServiceOrganisation",
      country: "MD",
      city: "Chișinău",
      latitude: 47.01,
      longitude: 28.86,
    });
    await add("clinic", chisinau.id, { serviceType: "Medical", languages: ["ro", "ru"] }, other.session);
  });
  afterAll(() => ctx.testApp.close());

  it("lists every organisation's current services, retired ones only when asked", async () => {
    expect(await find({})).toEqual(["childShelter", "clinic", "legalAid", "legalHotline", "womenShelter"]);
    expect(await find({ includeRetired: "true" })).toContain("closedOffice");
  });

  it("filters by need: any of several service types", async () => {
    expect(await find({ serviceType: "ShelterAndAccommodation,ShelterForChildren" })).toEqual([
      "childShelter",
      "womenShelter",
    ]);
  });

  it("filters by country: where the service is, or its area (a remote hotline serves its countries)", async () => {
    expect(await find({ country: "PL" })).toEqual(["childShelter", "legalHotline", "womenShelter"]);
    expect(await find({ country: "UA" })).toEqual(["legalAid", "legalHotline"]);
  });

  it("filters by region and city without regard to case or diacritics, counting areas served", async () => {
    expect(await find({ region: "MAZOWIECKIE" })).toEqual(["womenShelter"]);
    expect(await find({ region: "malopolskie" })).toEqual(["childShelter"]);
    expect(await find({ city: "krakow" })).toEqual(["childShelter"]);
    expect(await find({ city: "chisinau" })).toEqual(["clinic"]);
    expect(await find({ city: "Drohobych" })).toEqual(["legalAid"]);
    expect(await find({ country: "UA", city: "Drohobych" })).toEqual(["legalAid", "legalHotline"]);
    expect(await find({ country: "PL", city: "Gdańsk" })).toEqual(["legalHotline"]);
  });

  it("filters by language", async () => {
    expect(await find({ language: "ru" })).toEqual(["clinic", "legalHotline"]);
  });

  it("leaves out services whose eligibility rules exclude the person", async () => {
    expect(await find({ age: "10" })).toEqual(["childShelter", "clinic", "legalAid", "legalHotline"]);
    expect(await find({ age: "30" })).toEqual(["clinic", "legalAid", "legalHotline", "womenShelter"]);
    expect(await find({ sex: "Male" })).not.toContain("womenShelter");
    expect(await find({ sex: "Female" })).toContain("womenShelter");
    expect(await find({ nationality: "MD" })).not.toContain("legalAid");
    expect(await find({ nationality: "UA" })).toContain("legalAid");
    expect(await find({ status: "AsylumSeeker" })).not.toContain("legalHotline");
    expect(await find({ status: "Refugee" })).toContain("legalHotline");
    expect(await find({ age: "30", sex: "Female", nationality: "UA", status: "Refugee", country: "PL" })).toEqual([
      "legalHotline",
      "womenShelter",
    ]);
  });

  it("filters by availability, provider, keeper, verification and text", async () => {
    expect(await find({ availability: "full" })).toEqual(["legalAid"]);
    expect(await find({ providerId: lvivLegal })).toEqual(["legalAid", "legalHotline"]);
    expect(await find({ keptByCaller: "true" })).toEqual(["childShelter", "legalAid", "legalHotline", "womenShelter"]);
    expect(await find({ keptByCaller: "false" })).toEqual(["clinic"]);
    expect(await find({ verificationDue: "false" })).toEqual(["legalAid"]);
    expect(await find({ verificationDue: "true" })).toEqual(["childShelter", "clinic", "legalHotline", "womenShelter"]);
    expect(await find({ q: "haven" })).toEqual(["childShelter", "womenShelter"]);
    expect(await find({ q: "LEGAL hotl" })).toEqual(["legalHotline"]);
    expect(await find({ q: "childrens" })).toEqual(["childShelter"]);
    expect(await find({ q: "chișinău care" })).toEqual(["clinic"]);
    expect(await find({ q: "legal desk clinic" })).toEqual([]);
  });

  it("pages with keyset cursors: every service once, in name order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { limit: "2", ...(cursor ? { cursor } : {}) };
      const response = await send(ctx.app, {
        method: "GET",
        url: `/api/directory/services?${new URLSearchParams(query)}`,
        session: reader,
      });
      const page = response.json() as { items: { id: string; name: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => keyOf(item.name)));
      cursor = page.nextCursor;
    } while (cursor);
    // By name, folded: "Children's shelter", "Family clinic", "Legal aid office", "Legal hotline", "Night shelter …".
    expect(seen).toEqual(["childShelter", "clinic", "legalAid", "legalHotline", "womenShelter"]);
    const bad = await send(ctx.app, { method: "GET", url: "/api/directory/services?cursor=nonsense", session: reader });
    expect(bad.statusCode).toBe(400);
  });

  it("draws located services at their own coordinates or else their provider's, with the list's filters", async () => {
    const map = async (query: Record<string, string>) => {
      const response = await send(ctx.app, {
        method: "GET",
        url: `/api/directory/map?${new URLSearchParams(query)}`,
        session: reader,
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { items: ServicePoint[]; truncated: boolean }).items;
    };
    const points = await map({});
    expect(points.map((p) => [keyOf(p.name), p.latitude, p.longitude]).sort()).toEqual([
      ["childShelter", 50.06, 19.94],
      ["clinic", 47.01, 28.86],
      ["womenShelter", 52.23, 21.01],
    ]);
    expect(points.find((p) => p.name === NAMES.clinic)).toMatchObject({
      providerName: "Chisinau Care Centre",
      serviceType: "Medical",
    });
    expect((await map({ serviceType: "ShelterForChildren" })).map((p) => keyOf(p.name))).toEqual(["childShelter"]);
    expect((await map({ language: "ru" })).map((p) => keyOf(p.name))).toEqual(["clinic"]);
  });

  it("finds a remote service that names no area from anywhere (kept last: it joins every place search)", async () => {
    const supervisor = await ctx.sessions.of("supervisor");
    ids.online = (
      await addService(ctx.app, supervisor, lvivLegal, {
        name: "Online counselling",
        serviceType: "Mhpss",
        remote: true,
      })
    ).id;
    expect(await find({ country: "MD" })).toEqual(["clinic", "online"]);
    expect(await find({ country: "PL", city: "Gdańsk" })).toEqual(["legalHotline", "online"]);
    expect(await find({ region: "Mazowieckie" })).toEqual(["online", "womenShelter"]);
  });
});
