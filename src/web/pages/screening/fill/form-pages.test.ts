// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../../../../shared/forms/definition.js";
import { compileForm } from "../../../../shared/forms/engine/index.js";
import { RAPID_SCREENING_FORM } from "../../../../shared/screening/instruments/rapid-screening/index.js";
import { addInstance, pathOf, removeInstance, rootName, setAnswer } from "./answer-paths.js";
import { answersToSend, pageErrors, pageShown, pagesOf } from "./form-pages.js";

function compiled(definition: FormDefinition) {
  const result = compileForm(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.form;
}

/** A small form with loose questions, a repeat with its own question and a fixed-count repeat. */
const HOUSEHOLD: FormDefinition = {
  formId: "household",
  version: "1",
  title: { en: "Household" },
  defaultLanguage: "en",
  languages: [{ code: "en" }],
  items: [
    { kind: "question", name: "size", type: "integer", label: { en: "How many?" } },
    { kind: "question", name: "note", type: "note", label: { en: "Ask each" } },
    {
      kind: "repeat",
      name: "members",
      label: { en: "Member" },
      items: [
        { kind: "question", name: "member_age", type: "integer", label: { en: "Age" }, required: "yes" },
        { kind: "question", name: "double_age", type: "calculate", calculation: "${member_age} * 2" },
      ],
    },
    {
      kind: "repeat",
      name: "fixed",
      label: { en: "Fixed" },
      repeatCount: "${size}",
      items: [{ kind: "question", name: "fixed_name", type: "text", label: { en: "Name" } }],
    },
  ],
  choiceLists: {},
};

describe("pages of a form", () => {
  it("puts each top-level group on a page of its own, and loose questions together", () => {
    expect(pagesOf(RAPID_SCREENING_FORM).map((page) => page.key)).toEqual([
      "group:consent",
      "group:about",
      "group:travel",
      "group:vulnerability",
      "group:needs_section",
      "group:risks",
      "group:referral",
    ]);
    expect(pagesOf(HOUSEHOLD).map((page) => page.key)).toEqual(["items:size", "repeat:members", "repeat:fixed"]);
  });

  it("shows only the pages relevant to the answers so far", () => {
    const form = compiled(RAPID_SCREENING_FORM);
    const pages = pagesOf(RAPID_SCREENING_FORM);
    const before = form.evaluate({});
    expect(pages.filter((page) => pageShown(page, before)).map((page) => page.key)).toEqual(["group:consent"]);
    const after = form.evaluate({ consent_record: "yes" });
    expect(pages.filter((page) => pageShown(page, after))).toHaveLength(7);
  });

  it("files an error to the page holding its question, inside repeats too", () => {
    const form = compiled(HOUSEHOLD);
    const evaluation = form.evaluate({ members: [{}] });
    const [loose, members] = pagesOf(HOUSEHOLD);
    expect(evaluation.errors.map((error) => error.path)).toEqual(["members[0].member_age"]);
    expect(pageErrors(members as never, evaluation.errors)).toHaveLength(1);
    expect(pageErrors(loose as never, evaluation.errors)).toHaveLength(0);
  });
});

describe("answers to send", () => {
  it("drops answers to questions an earlier answer has hidden, and what the form computes", () => {
    const form = compiled(RAPID_SCREENING_FORM);
    const kept = { consent_record: "yes", gives_name: "no", age_known: "yes", age: "34", consent_refer: "no" };
    const raw = { ...kept, given_name: "Oksana", age_group: "adult" };
    const sent = answersToSend(RAPID_SCREENING_FORM, raw, form.evaluate(raw));
    expect(sent).toEqual(kept);
    expect(form.evaluate(sent).errors).toEqual([]);
  });

  it("sends repeat entries without their calculations, and exactly as many fixed entries as asked", () => {
    const form = compiled(HOUSEHOLD);
    const raw = { size: "2", members: [{ member_age: "7" }], fixed: [{ fixed_name: "A" }] };
    const sent = answersToSend(HOUSEHOLD, raw, form.evaluate(raw));
    expect(sent).toEqual({ size: "2", members: [{ member_age: "7" }], fixed: [{ fixed_name: "A" }, {}] });
    expect(form.evaluate(sent).errors).toEqual([]);
  });
});

describe("answer paths", () => {
  it("names fields as the engine does and finds the top-level name of a path", () => {
    expect(pathOf([{ name: "members", index: 1 }], "member_age")).toBe("members[1].member_age");
    expect(rootName("members[1].member_age")).toBe("members");
    expect(rootName("age")).toBe("age");
  });

  it("sets, clears, adds and removes without changing the answers it was given", () => {
    const start = { members: [{ member_age: "7" }] };
    const added = addInstance(start, [], "members");
    expect(added).toEqual({ members: [{ member_age: "7" }, {}] });
    const set = setAnswer(added, [{ name: "members", index: 1 }], "member_age", "9");
    expect(set).toEqual({ members: [{ member_age: "7" }, { member_age: "9" }] });
    expect(removeInstance(set, [], "members", 0)).toEqual({ members: [{ member_age: "9" }] });
    // A cleared answer stays as "", so that a default does not come back.
    expect(setAnswer(start, [], "size", "")).toEqual({ ...start, size: "" });
    expect(setAnswer({ size: "1" }, [], "size", undefined)).toEqual({});
    expect(start).toEqual({ members: [{ member_age: "7" }] });
  });
});
