import type { Choice, FormDefinition, FormItem, Question } from "../definition.js";
import { compileForm } from "./compile-form.js";
import type { CompiledForm } from "./types.js";

/** A question with the given name and type (and anything else) for tests. */
export function q(name: string, type: Question["type"], extra: Partial<Question> = {}): Question {
  return { kind: "question", name, type, ...extra };
}

export function choices(...names: string[]): Choice[] {
  return names.map((name) => ({ name, label: { en: name.toUpperCase() } }));
}

export function definition(items: FormItem[], choiceLists: Record<string, Choice[]> = {}): FormDefinition {
  return {
    formId: "test_form",
    version: "1",
    title: { en: "Test" },
    defaultLanguage: "en",
    languages: [{ code: "en" }],
    items,
    choiceLists,
  };
}

/** Compiles or fails the test with the issues. */
export function compiled(items: FormItem[], choiceLists: Record<string, Choice[]> = {}): CompiledForm {
  const result = compileForm(definition(items, choiceLists));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.form;
}
