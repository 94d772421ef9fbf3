// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { REPEAT_LIMITS } from "./runtime.js";
import { choices, compiled, q } from "./test-helpers.js";

const household = compiled(
  [
    q("head_name", "text"),
    {
      kind: "repeat",
      name: "members",
      items: [
        q("member_name", "text", { required: "yes" }),
        q("member_age", "integer"),
        q("member_minor", "calculate", { calculation: "${member_age} < 18" }),
        q("at_school", "select_one", { listName: "yn", relevant: "${member_age} < 18" }),
        q("number", "calculate", { calculation: "position()" }),
        q("shares_name", "calculate", { calculation: "${member_name} = ${head_name}" }),
      ],
    },
    q("size", "calculate", { calculation: "count(${members})" }),
    q("total_age", "calculate", { calculation: "sum(${member_age})" }),
    q("minors", "calculate", { calculation: "count-selected(join(' ', ${member_minor}))" }),
    q("any_child", "calculate", { calculation: "${member_age} < 18" }),
    q("oldest", "calculate", { calculation: "max(${member_age})" }),
  ],
  { yn: choices("yes", "no") },
);

describe("repeats", () => {
  it("resolves sibling references to the same instance", () => {
    const result = household.evaluate({
      head_name: "Ana",
      members: [
        { member_name: "Ana", member_age: 40 },
        { member_name: "Ivan", member_age: 9, at_school: "yes" },
      ],
    });
    expect(result.values.members).toEqual([
      { member_name: "Ana", member_age: 40, member_minor: false, number: 1, shares_name: true },
      { member_name: "Ivan", member_age: 9, member_minor: true, at_school: "yes", number: 2, shares_name: false },
    ]);
    expect(result.relevant["members[0].at_school"]).toBe(false);
    expect(result.relevant["members[1].at_school"]).toBe(true);
    expect(result.choices["members[1].at_school"]).toEqual(["yes", "no"]);
  });

  it("treats a repeated field as a node-set from outside the repeat", () => {
    const result = household.evaluate({
      members: [
        { member_name: "A", member_age: 40 },
        { member_name: "B", member_age: 9 },
        { member_name: "C", member_age: 17 },
      ],
    });
    expect(result.values).toMatchObject({ size: 3, total_age: 66, any_child: true, oldest: 40 });
    expect(household.evaluate({ members: [{ member_name: "A", member_age: 30 }] }).values).toMatchObject({
      size: 1,
      any_child: false,
    });
    expect(household.evaluate({}).values).toMatchObject({ size: 0, total_age: 0, any_child: false });
  });

  it("reports errors at instance paths", () => {
    const result = household.evaluate({
      members: [{ member_age: 3 }, { member_name: "B", member_age: "old", hobby: "x" }, "not an object"],
    } as never);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: "members[0].member_name", code: "required" },
        { path: "members[1].member_age", code: "type" },
        { path: "members[1].hobby", code: "unknown_field" },
        { path: "members[2]", code: "type" },
        { path: "members[2].member_name", code: "required" },
      ]),
    );
    expect(result.errors).toHaveLength(5);
    expect(household.evaluate({ members: "x" }).errors).toEqual([{ path: "members", code: "type" }]);
  });

  it("does not let a field of the form appear inside an instance", () => {
    const result = household.evaluate({ members: [{ member_name: "A", head_name: "B" }] });
    expect(result.errors).toEqual([{ path: "members[0].head_name", code: "unknown_field" }]);
  });

  it("drops instances of a repeat that is not relevant", () => {
    const form = compiled(
      [
        q("has_kids", "select_one", { listName: "yn" }),
        {
          kind: "repeat",
          name: "kids",
          relevant: "${has_kids} = 'yes'",
          items: [q("kid", "text", { required: "yes" })],
        },
        q("kid_count", "calculate", { calculation: "count(${kids})" }),
      ],
      { yn: choices("yes", "no") },
    );
    const result = form.evaluate({ has_kids: "no", kids: [{ kid: "A" }, {}] });
    expect(result.values).toEqual({ has_kids: "no", kid_count: 0 });
    expect(result.errors).toEqual([]);
    expect(result.relevant.kids).toBe(false);
  });

  it("enforces repeat_count", () => {
    const form = compiled([
      q("n", "integer"),
      { kind: "repeat", name: "people", repeatCount: "${n}", items: [q("who", "text", { required: "yes" })] },
    ]);
    const matching = form.evaluate({ n: 2, people: [{ who: "a" }, { who: "b" }] });
    expect(matching.errors).toEqual([]);
    expect(matching.values.people).toHaveLength(2);
    const extra = form.evaluate({ n: 1, people: [{ who: "a" }, { who: "b" }] });
    expect(extra.errors).toEqual([{ path: "people", code: "repeat_count", params: { expected: 1, given: 2 } }]);
    expect(extra.values.people).toEqual([{ who: "a" }]);
    const missing = form.evaluate({ n: 2 });
    expect(missing.errors).toEqual([
      { path: "people[0].who", code: "required" },
      { path: "people[1].who", code: "required" },
    ]);
    expect(form.evaluate({ n: -3, people: [] }).errors).toEqual([]);
  });

  it("caps the number of instances", () => {
    const form = compiled([{ kind: "repeat", name: "r", items: [q("x", "integer")] }]);
    const many = Array.from({ length: REPEAT_LIMITS.perRepeat + 5 }, () => ({ x: 1 }));
    const result = form.evaluate({ r: many });
    expect(result.errors).toEqual([{ path: "r", code: "repeat_count", params: { max: REPEAT_LIMITS.perRepeat } }]);
    expect(result.values.r).toHaveLength(REPEAT_LIMITS.perRepeat);
  });

  it("handles nested repeats and references across them", () => {
    const form = compiled([
      {
        kind: "repeat",
        name: "families",
        items: [
          q("family", "text"),
          {
            kind: "repeat",
            name: "people",
            items: [q("age", "integer"), q("tag", "calculate", { calculation: "concat(${family}, '-', position())" })],
          },
          q("family_total", "calculate", { calculation: "sum(${age})" }),
        ],
      },
      q("everyone", "calculate", { calculation: "sum(${age})" }),
      q("family_count", "calculate", { calculation: "count(${families})" }),
    ]);
    const result = form.evaluate({
      families: [
        { family: "A", people: [{ age: 1 }, { age: 2 }] },
        { family: "B", people: [{ age: 10 }] },
      ],
    });
    expect(result.values).toEqual({
      families: [
        {
          family: "A",
          people: [
            { age: 1, tag: "A-1" },
            { age: 2, tag: "A-2" },
          ],
          family_total: 3,
        },
        { family: "B", people: [{ age: 10, tag: "B-1" }], family_total: 10 },
      ],
      everyone: 13,
      family_count: 2,
    });
    expect(result.relevant["families[1].people[0].age"]).toBe(true);
  });
});
