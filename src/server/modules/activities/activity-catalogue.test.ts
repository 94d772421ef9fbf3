import { describe, expect, it } from "vitest";
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type ActivityList,
  BUILT_IN_LISTS,
  FINDING_UNITS,
  MEETING_ROLES,
  PARTICIPANT_SEXES,
  REPORT_SECTIONS,
  RESEARCH_STATUSES,
  TRAINING_MODALITIES,
} from "../../../shared/activities/vocab.js";
import { CATALOGUES } from "../../../shared/i18n/catalogues.js";
import { LANGUAGES } from "../../../shared/i18n/languages.js";
import { HEADLINE_KEYS } from "./activity-rows.js";
import { ACTIVITY_PROBLEMS } from "./activity-rules.js";

/** The text at a dotted key of a language's catalogue, if it is text. */
function textAt(lang: (typeof LANGUAGES)[number], key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[lang]);
}

const missingIn = (keys: string[]) =>
  LANGUAGES.flatMap((lang) =>
    keys.filter((key) => typeof textAt(lang, key) !== "string").map((key) => `${lang}: ${key}`),
  );

/** Codes the activity routes answer with that other parts of the catalogue define. */
const SHARED_PROBLEMS = [
  "unknown_value",
  "duplicate_values",
  "taken",
  "type_mismatch",
  "file_too_large",
  "multipart_required",
];

describe("the activity vocabulary in five languages", () => {
  it("has a message for every problem the activity routes answer with", () => {
    expect(missingIn([...ACTIVITY_PROBLEMS, ...SHARED_PROBLEMS].map((code) => `validation.${code}`))).toEqual([]);
  });

  it("has a label for every built-in list value", () => {
    const keys = (Object.keys(BUILT_IN_LISTS) as ActivityList[]).flatMap((list) =>
      BUILT_IN_LISTS[list].map((code) => `activities.lists.${list}.${code}`),
    );
    expect(keys.length).toBe(85);
    expect(missingIn(keys)).toEqual([]);
  });

  it("has a label for every kind, section, status and fixed vocabulary", () => {
    const groups: [string, readonly string[]][] = [
      ["kinds", ACTIVITY_KINDS],
      ["sections", REPORT_SECTIONS],
      ["statuses", ACTIVITY_STATUSES],
      ["modalities", TRAINING_MODALITIES],
      ["meetingRoles", MEETING_ROLES],
      ["researchStatuses", RESEARCH_STATUSES],
      ["findingUnits", FINDING_UNITS],
      ["sexes", PARTICIPANT_SEXES],
      ["headline", HEADLINE_KEYS],
      ["consents", ["people_shown_agreed", "nobody_recognisable"]],
    ];
    expect(missingIn(groups.flatMap(([group, codes]) => codes.map((code) => `activities.${group}.${code}`)))).toEqual(
      [],
    );
  });

  it("names the six sections as the situation report does", () => {
    expect(REPORT_SECTIONS.map((section) => textAt("en", `activities.sections.${section}`))).toEqual([
      "Direct assistance",
      "Thematic guidance",
      "Convening and dialogue",
      "Advocacy and communications",
      "Training and capacity development",
      "Data, research and learning",
    ]);
  });
});
