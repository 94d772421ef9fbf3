import { describe, expect, it } from "vitest";
import { withoutGroupPaths } from "./submit.service.js";

describe("answers named by their path through groups (KoboToolbox, ODK)", () => {
  it("names each answer by its field, inside repeats too", () => {
    expect(
      withoutGroupPaths({
        "crossing/entry_country": "PL",
        consent: "yes",
        "route/travel_leg": [{ "route/travel_leg/leg_from": "Lviv" }, { "route/travel_leg/leg_from": "Przemyśl" }],
        "needs/list": ["food", "shelter"],
      }),
    ).toEqual({
      entry_country: "PL",
      consent: "yes",
      travel_leg: [{ leg_from: "Lviv" }, { leg_from: "Przemyśl" }],
      list: ["food", "shelter"],
    });
  });
});
