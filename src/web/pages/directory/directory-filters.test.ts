import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  changedParams,
  filtersFromParams,
  NO_DIRECTORY_FILTERS,
  paramsFromFilters,
  toServiceQuery,
  viewFromParams,
} from "./directory-filters.js";

describe("directory filters in the address bar", () => {
  it("survive a round trip through the query string, view included", () => {
    const values = {
      ...NO_DIRECTORY_FILTERS,
      q: "shelter",
      serviceTypes: ["Legal", "Interpretation"],
      country: "PL",
      city: "Kraków",
      language: "uk",
      age: 16,
      sex: "Female",
      nationality: "UA",
      status: "TemporaryProtection",
      availability: "available",
      verificationDue: true,
      keptByCaller: true,
    };
    const params = paramsFromFilters(values, "map");
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(values);
    expect(viewFromParams(params)).toBe("map");
  });

  it("leave out what is not set, so a plain page has a plain address", () => {
    expect(paramsFromFilters(NO_DIRECTORY_FILTERS, "list").toString()).toBe("");
  });

  it("drop values that are not in the lists instead of sending them to the server", () => {
    const values = filtersFromParams(
      new URLSearchParams("need=Legal,Nonsense,Legal&country=XX&language=klingon&age=300&sex=x&availability=soon"),
    );
    expect(values.serviceTypes).toEqual(["Legal"]);
    expect([values.country, values.language, values.age, values.sex, values.availability]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("read an age of 0, and nothing else that is not a whole number of years", () => {
    expect(filtersFromParams(new URLSearchParams("age=0")).age).toBe(0);
    expect(filtersFromParams(new URLSearchParams("age=4.5")).age).toBeNull();
    expect(filtersFromParams(new URLSearchParams("age=-1")).age).toBeNull();
  });
});

describe("a change to the filters", () => {
  it("keeps every other filter and the view, so quick changes one after another all survive", () => {
    const first = changedParams(new URLSearchParams("view=map"), { serviceTypes: ["Legal"] });
    const second = changedParams(first, { language: "uk" });
    const values = filtersFromParams(second);
    expect([values.serviceTypes, values.language, viewFromParams(second)]).toEqual([["Legal"], "uk", "map"]);
  });

  it("switches the view without touching the filters", () => {
    const params = changedParams(new URLSearchParams("need=Legal&view=map"), {}, "list");
    expect(params.toString()).toBe("need=Legal");
  });
});

describe("the API's query", () => {
  it("joins the needs with commas and sends the toggles only when on", () => {
    const query = toServiceQuery({ ...NO_DIRECTORY_FILTERS, serviceTypes: ["Legal", "Shelter"], keptByCaller: true });
    expect(query.serviceType).toBe("Legal,Shelter");
    expect(query.keptByCaller).toBe("true");
    expect(query.verificationDue).toBeUndefined();
  });

  it("counts the filters that narrow the list, not the search words", () => {
    expect(activeFilterCount({ ...NO_DIRECTORY_FILTERS, q: "x" })).toBe(0);
    expect(activeFilterCount({ ...NO_DIRECTORY_FILTERS, serviceTypes: ["Legal"], age: 0, verificationDue: true })).toBe(
      3,
    );
  });
});
