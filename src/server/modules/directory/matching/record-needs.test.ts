import { describe, expect, it } from "vitest";
import {
  serviceTypesFromAssistance,
  serviceTypesFromFlags,
  serviceTypesFromPlans,
} from "../../../../shared/directory/needs-from-flags.js";
import { serviceTypesFromScreening } from "../../../../shared/directory/needs-from-screening.js";
import { ageFromBand, ageFromBirthYear } from "./record-needs.js";

describe("needs read from a record", () => {
  it("turns vulnerability flags into service types, most urgent first, each once", () => {
    expect(serviceTypesFromFlags(["NoIncome", "UnaccompaniedChild", "GbvSurvivor", "Child", "Roma"])).toEqual([
      "ShelterForChildren",
      "ChildProtectionAuthority",
      "Mhpss",
      "Gbv",
      "EmploymentSupport",
      "Cash",
    ]);
    expect(serviceTypesFromFlags(["LanguageBarrier", "NoIdentityDocuments", "TraffickingSurvivor"])).toEqual([
      "SpecialisedShelterForVictims",
      "Interpretation",
      "Legal",
    ]);
  });

  it("keeps plan order for support plans and drops assistance types the directory does not know", () => {
    expect(serviceTypesFromPlans(["Livelihood", "Legal", "Unknown"])).toEqual([
      "EmploymentSupport",
      "MicroBusinessCourse",
      "Legal",
    ]);
    expect(serviceTypesFromAssistance(["Medical", "Other", "org_specific_kit", "Medical", "Food"])).toEqual([
      "Medical",
      "Food",
    ]);
  });

  it("reads a screening's needs by urgency, and a child's shelter for a child", () => {
    const needs = ["food", "shelter", "safety", "psychosocial"];
    const services = ["food", "shelter", "safe_accommodation", "mhpss", "law_enforcement"];
    expect(serviceTypesFromScreening(needs, services, { child: false })).toEqual([
      "SpecialisedShelterForVictims",
      "ShelterAndAccommodation",
      "LawEnforcement",
      "Mhpss",
      "Food",
    ]);
    expect(serviceTypesFromScreening(needs, services, { child: true })).toEqual([
      "ShelterForChildren",
      "LawEnforcement",
      "Mhpss",
      "Food",
    ]);
    expect(serviceTypesFromScreening(["our_own_need"], [], { child: false })).toEqual([]);
  });

  it("reads ages from a year of birth and from an age band", () => {
    expect(ageFromBirthYear(1990, new Date("2026-05-01T00:00:00Z"))).toEqual({ min: 35, max: 36 });
    expect(ageFromBirthYear(2026, new Date("2026-05-01T00:00:00Z"))).toEqual({ min: 0, max: 0 });
    expect(ageFromBirthYear(null)).toBeNull();
    expect(ageFromBand("9-17")).toEqual({ min: 9, max: 17 });
    expect(ageFromBand("48+")).toEqual({ min: 48, max: 120 });
    expect(ageFromBand("unknown")).toBeNull();
  });
});
