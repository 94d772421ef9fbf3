// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import type { FormItem } from "../definition.js";
import { compileForm } from "./compile-form.js";
import { choices, compiled, definition, q } from "./test-helpers.js";

function issues(items: FormItem[], lists = {}) {
  const result = compileForm(definition(items, lists));
  if (result.ok) throw new Error("compiled");
  return result.issues;
}

describe("compileForm", () => {
  it("lists names in document order with what the renderer needs", () => {
    const form = compiled(
      [
        q("name", "text"),
        { kind: "group", name: "g", items: [q("sex", "select_one", { listName: "sex" })] },
        { kind: "repeat", name: "kids", items: [q("kid_age", "integer")] },
        q("total", "calculate", { calculation: "count(${kids})" }),
      ],
      { sex: choices("f", "m") },
    );
    expect(form.fieldNames).toEqual(["name", "g", "sex", "kids", "kid_age", "total"]);
    expect(form.fields.get("sex")).toMatchObject({
      kind: "question",
      type: "select_one",
      listName: "sex",
      repeats: [],
    });
    expect(form.fields.get("kid_age")).toMatchObject({ repeats: ["kids"], computed: false });
    expect(form.fields.get("total")).toMatchObject({ computed: true });
  });

  it("collects every issue, not just the first", () => {
    const found = issues([
      q("a", "integer", { relevant: "${missing} > 1" }),
      q("b", "integer", { constraint: ". > " }),
      q("c", "text", { calculation: "nope(1)" }),
      q("a", "text"),
      q("s", "select_one"),
      q("t", "select_one", { listName: "nowhere" }),
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        { path: "a", property: "relevant", code: "unknown_field", offset: 0, detail: "missing" },
        expect.objectContaining({ path: "b", property: "constraint", code: "syntax", offset: 4 }),
        { path: "c", property: "calculation", code: "unknown_function", offset: 0, detail: "nope" },
        { path: "a", property: "name", code: "duplicate_name", detail: "a" },
        { path: "s", property: "list_name", code: "missing_list_name" },
        { path: "t", property: "list_name", code: "unknown_choice_list", detail: "nowhere" },
      ]),
    );
    expect(found).toHaveLength(6);
  });

  it("reports the offset of a malformed expression inside a longer one", () => {
    expect(issues([q("x", "integer", { relevant: "${x2} = 1 and * 2" }), q("x2", "integer")])).toEqual([
      expect.objectContaining({ path: "x", property: "relevant", code: "syntax", offset: 14 }),
    ]);
  });

  it("names every field on a calculation cycle", () => {
    const found = issues([
      q("a", "calculate", { calculation: "${c} + 1" }),
      q("b", "calculate", { calculation: "${a} * 2" }),
      q("c", "calculate", { calculation: "${b} - 3" }),
      q("d", "calculate", { calculation: "${a}" }),
    ]);
    expect(found.map((issue) => [issue.path, issue.property, issue.code])).toEqual(
      expect.arrayContaining([
        ["a", "calculation", "calculation_cycle"],
        ["b", "calculation", "calculation_cycle"],
        ["c", "calculation", "calculation_cycle"],
      ]),
    );
    expect(found).toHaveLength(3);
    expect(found[0]?.detail?.split(",").sort()).toEqual(["a", "b", "c"]);
  });

  it("finds cycles through relevance, self references and groups", () => {
    expect(issues([q("x", "calculate", { calculation: "${x} + 1" })])).toEqual([
      { path: "x", property: "calculation", code: "calculation_cycle", detail: "x" },
    ]);
    expect(issues([q("x", "text", { relevant: ". != ''" })])).toMatchObject([
      { path: "x", property: "relevant", code: "calculation_cycle" },
    ]);
    const mutual = issues([q("p", "text", { relevant: "${r} = 'y'" }), q("r", "text", { relevant: "${p} = 'y'" })]);
    expect(mutual.map((issue) => issue.path).sort()).toEqual(["p", "r"]);
    const group = issues([{ kind: "group", name: "g", relevant: "${inner} = 1", items: [q("inner", "integer")] }]);
    expect(group.map((issue) => issue.path).sort()).toEqual(["g", "inner"]);
  });

  it("accepts dependencies that only look circular", () => {
    // A constraint reading a later field is a check, not a computation.
    const form = compiled([
      q("a", "integer", { constraint: ". < ${b}" }),
      q("b", "integer", { constraint: ". > ${a}", relevant: "${a} > 0" }),
      q("c", "calculate", { calculation: "${a} + ${b}" }),
    ]);
    expect(form.evaluate({ a: 2, b: 5 }).values).toEqual({ a: 2, b: 5, c: 7 });
    expect(form.evaluate({ a: 2, b: 1 }).errors).toEqual([
      { path: "a", code: "constraint" },
      { path: "b", code: "constraint" },
    ]);
  });

  it("checks choice lists, choice filters and defaults", () => {
    const found = issues(
      [
        q("t", "text", { choiceFilter: "x = 1" }),
        q("s", "select_one", { listName: "yn", default: "maybe" }),
        q("n", "integer", { default: "ten" }),
      ],
      { yn: [...choices("yes", "no"), { name: "yes", label: { en: "again" } }] },
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { path: "yn", property: "list_name", code: "duplicate_choice", detail: "yes" },
        { path: "t", property: "choice_filter", code: "not_a_select" },
        { path: "s", property: "default", code: "unknown_choice" },
        { path: "n", property: "default", code: "type" },
      ]),
    );
  });

  it("rejects references to groups, unsafe regexes, deep nesting and reserved names", () => {
    const deep = `${"(".repeat(100)}1${")".repeat(100)}`;
    const found = issues([
      { kind: "group", name: "grp", items: [q("x", "text", { constraint: "regex(., '(a*)*b')" })] },
      q("y", "text", { relevant: "${grp} = ''" }),
      q("z", "integer", { calculation: deep }),
      q("__proto__", "text"),
      q("w", "calculate"),
      q("v", "barcode" as never),
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "x", property: "constraint", code: "unsafe_regex" }),
        expect.objectContaining({ path: "y", property: "relevant", code: "group_reference", detail: "grp" }),
        expect.objectContaining({ path: "z", property: "calculation", code: "too_deep" }),
        expect.objectContaining({ path: "__proto__", property: "name", code: "reserved_name" }),
        expect.objectContaining({ path: "w", property: "calculation", code: "missing_calculation" }),
        { path: "v", property: "type", code: "unknown_type" },
      ]),
    );
  });

  it("allows bare choice columns only in choice_filter", () => {
    const found = issues([q("x", "integer", { relevant: "country = 'UA'" })]);
    expect(found).toEqual([{ path: "x", property: "relevant", code: "syntax", offset: 0, detail: "country" }]);
  });

  it("treats required as yes/no or an expression", () => {
    const found = issues([q("x", "text", { required: "${nothing} = 1" })]);
    expect(found).toMatchObject([{ path: "x", property: "required", code: "unknown_field" }]);
    const form = compiled([
      q("a", "text", { required: "Yes" }),
      q("b", "text", { required: "true()" }),
      q("c", "text", { required: "no" }),
    ]);
    expect(form.evaluate({}).errors.map((error) => error.path)).toEqual(["a", "b"]);
  });
});
