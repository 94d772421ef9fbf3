import { describe, expect, it } from "vitest";
import { assessDelphi, dimensionRule } from "./rule.js";
import type { DelphiDimension } from "./types.js";

const dimension = (result: ReturnType<typeof assessDelphi>, id: DelphiDimension) => {
  const found = result.dimensions.find((d) => d.dimension === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
};

describe("dimension rule", () => {
  it.each([
    [{ strong: 2, medium: 0, weak: 0 }, "two_strong"],
    [{ strong: 1, medium: 1, weak: 0 }, "strong_and_another"],
    [{ strong: 1, medium: 0, weak: 1 }, "strong_and_another"],
    [{ strong: 0, medium: 3, weak: 0 }, "three_medium"],
    [{ strong: 0, medium: 2, weak: 1 }, "two_medium_and_weak"],
    [{ strong: 0, medium: 5, weak: 4 }, "three_medium"],
  ] as const)("%o is positive by %s", (counts, rule) => {
    expect(dimensionRule(counts)).toBe(rule);
  });

  it.each([
    { strong: 1, medium: 0, weak: 0 },
    { strong: 0, medium: 2, weak: 0 },
    { strong: 0, medium: 1, weak: 2 },
    { strong: 0, medium: 0, weak: 3 },
    { strong: 0, medium: 0, weak: 0 },
  ])("%o is negative", (counts) => {
    expect(dimensionRule(counts)).toBeNull();
  });
});

describe("dimensions on the published adult labour list", () => {
  it("one strong indicator alone is not enough; a second strong one is", () => {
    const one = assessDelphi("adult_labour", ["adult_labour.coercion_destination.confiscation_documents"]);
    expect(dimension(one, "coercion_destination").positive).toBe(false);
    const two = assessDelphi("adult_labour", [
      "adult_labour.coercion_destination.confiscation_documents",
      "adult_labour.coercion_destination.debt_bondage",
    ]);
    expect(dimension(two, "coercion_destination")).toMatchObject({ positive: true, rule: "two_strong" });
  });

  it("a strong indicator with a weak one is positive", () => {
    const result = assessDelphi("adult_labour", [
      "adult_labour.exploitation.excessive_hours",
      "adult_labour.exploitation.no_education_access",
    ]);
    expect(dimension(result, "exploitation")).toMatchObject({
      positive: true,
      rule: "strong_and_another",
      indicators: [
        { id: "adult_labour.exploitation.excessive_hours", grade: "strong" },
        { id: "adult_labour.exploitation.no_education_access", grade: "weak" },
      ],
    });
  });

  it("two medium indicators are not enough; a third medium or a weak one makes it positive", () => {
    const two = ["adult_labour.abuse_recruitment.economic_reasons", "adult_labour.abuse_recruitment.illegal_status"];
    expect(dimension(assessDelphi("adult_labour", two), "abuse_recruitment").positive).toBe(false);
    const three = assessDelphi("adult_labour", [...two, "adult_labour.abuse_recruitment.lack_of_information"]);
    expect(dimension(three, "abuse_recruitment").rule).toBe("three_medium");
    const weak = assessDelphi("adult_labour", [...two, "adult_labour.abuse_recruitment.general_context"]);
    expect(dimension(weak, "abuse_recruitment").rule).toBe("two_medium_and_weak");
  });

  it("one medium with two weak indicators stays negative", () => {
    const result = assessDelphi("adult_labour", [
      "adult_labour.abuse_destination.economic_reasons",
      "adult_labour.abuse_destination.difficulties_past",
      "adult_labour.abuse_destination.personal_characteristics",
    ]);
    expect(dimension(result, "abuse_destination")).toMatchObject({
      positive: false,
      counts: { strong: 0, medium: 1, weak: 2 },
    });
  });

  it("grades the same wording by dimension: document confiscation is medium at recruitment", () => {
    const result = assessDelphi("adult_labour", [
      "adult_labour.coercive.confiscation_documents",
      "adult_labour.coercive.debt_bondage",
    ]);
    expect(dimension(result, "coercive")).toMatchObject({ positive: false, counts: { medium: 2 } });
  });

  it("ignores ids from another list or unknown ids, and counts repeats once", () => {
    const result = assessDelphi("adult_labour", [
      "child_labour.exploitation.excessive_hours",
      "adult_labour.exploitation.excessive_hours",
      "adult_labour.exploitation.excessive_hours",
      "nonsense",
    ]);
    expect(result.ignored).toEqual(["child_labour.exploitation.excessive_hours", "nonsense"]);
    expect(dimension(result, "exploitation").counts.strong).toBe(1);
  });
});

describe("adult presumed victim", () => {
  // A woman promised hotel work abroad, made to work 16-hour days for almost nothing, passport taken.
  const labourCase = [
    "adult_labour.deceptive.nature_of_job",
    "adult_labour.deceptive.wages",
    "adult_labour.exploitation.excessive_hours",
    "adult_labour.exploitation.low_no_salary",
    "adult_labour.coercion_destination.confiscation_documents",
    "adult_labour.coercion_destination.isolation",
  ];

  it("recruitment, exploitation and destination all positive: presumed victim", () => {
    const result = assessDelphi("adult_labour", labourCase);
    expect(result.presumedVictim).toBe(true);
    expect(result.reason).toEqual({
      code: "adult_all_elements",
      met: { recruitment: ["deceptive"], exploitation: ["exploitation"], destination: ["coercion_destination"] },
      missing: [],
    });
  });

  it("without coercion or abuse of vulnerability at destination: not presumed, destination missing", () => {
    const result = assessDelphi("adult_labour", labourCase.slice(0, 4));
    expect(result.presumedVictim).toBe(false);
    expect(result.reason).toMatchObject({ code: "adult_missing_elements", missing: ["destination"] });
  });

  it("means through abuse of vulnerability at recruitment and at destination also qualify", () => {
    const result = assessDelphi("adult_sexual", [
      "adult_sexual.abuse_recruitment.economic_reasons",
      "adult_sexual.abuse_recruitment.emotional_dependency",
      "adult_sexual.abuse_recruitment.difficult_family_situation",
      "adult_sexual.exploitation.bad_living_conditions",
      "adult_sexual.exploitation.low_no_salary",
      "adult_sexual.exploitation.excessive_hours",
      "adult_sexual.abuse_destination.dependency_on_exploiters",
      "adult_sexual.abuse_destination.unknown_area",
      "adult_sexual.abuse_destination.difficulties_past",
    ]);
    expect(result.presumedVictim).toBe(true);
    expect(result.reason.met).toEqual({
      recruitment: ["abuse_recruitment"],
      exploitation: ["exploitation"],
      destination: ["abuse_destination"],
    });
  });

  it("sexual exploitation has no strong exploitation indicator: two medium are not enough", () => {
    const result = assessDelphi("adult_sexual", [
      "adult_sexual.deceptive.nature_of_job",
      "adult_sexual.deceptive.conditions_of_prostitution",
      "adult_sexual.exploitation.excessive_hours",
      "adult_sexual.exploitation.low_no_salary",
      "adult_sexual.coercion_destination.forced_tasks_clients",
      "adult_sexual.coercion_destination.violence_on_victim",
    ]);
    expect(dimension(result, "exploitation").positive).toBe(false);
    expect(result.reason).toMatchObject({ code: "adult_missing_elements", missing: ["exploitation"] });
  });

  it("lists every missing element when nothing is positive", () => {
    expect(assessDelphi("adult_labour", []).reason.missing).toEqual(["recruitment", "exploitation", "destination"]);
  });
});

describe("child presumed victim", () => {
  it("recruitment and exploitation suffice: no means at destination needed", () => {
    // A 15-year-old taken to a farm by a neighbour, working long days instead of school.
    const result = assessDelphi("child_labour", [
      "child_labour.abuse_recruitment.difficult_family_situation",
      "child_labour.abuse_recruitment.economic_reasons",
      "child_labour.abuse_recruitment.general_context",
      "child_labour.exploitation.excessive_hours",
      "child_labour.exploitation.no_education_access",
    ]);
    expect(result.group).toBe("child");
    expect(result.presumedVictim).toBe(true);
    expect(result.reason).toEqual({
      code: "child_recruitment_and_exploitation",
      met: { recruitment: ["abuse_recruitment"], exploitation: ["exploitation"] },
      missing: [],
    });
  });

  it("items weak for adults count as medium for children", () => {
    const keys = ["difficult_family_situation", "cultural_beliefs", "general_context"];
    const child = assessDelphi(
      "child_labour",
      keys.map((key) => `child_labour.abuse_recruitment.${key}`),
    );
    const adult = assessDelphi(
      "adult_labour",
      keys.map((key) => `adult_labour.abuse_recruitment.${key}`),
    );
    expect(dimension(child, "abuse_recruitment").rule).toBe("three_medium");
    expect(dimension(adult, "abuse_recruitment").positive).toBe(false);
  });

  it("exploitation without a positive recruitment dimension is not enough", () => {
    const result = assessDelphi("child_sexual", [
      "child_sexual.exploitation.hazardous_work",
      "child_sexual.exploitation.bad_living_conditions",
      "child_sexual.coercion_destination.violence_on_victim",
      "child_sexual.coercion_destination.isolation",
    ]);
    expect(result.presumedVictim).toBe(false);
    expect(result.reason).toMatchObject({ code: "child_missing_elements", missing: ["recruitment"] });
  });

  it("recruitment without exploitation is not enough", () => {
    const result = assessDelphi("child_sexual", [
      "child_sexual.deceptive.nature_of_job",
      "child_sexual.deceptive.education",
      "child_sexual.exploitation.low_no_salary",
    ]);
    expect(dimension(result, "deceptive").rule).toBe("two_strong");
    expect(result.reason).toMatchObject({ code: "child_missing_elements", missing: ["exploitation"] });
  });
});
