import type { Answers } from "../definition.js";
import { toBoolean } from "../expression/index.js";
import type { Env, Inst, Structure } from "./model.js";
import type { Evaluation, SubmissionError } from "./types.js";

/**
 * Records keyed by the form's own paths, pre-filled once: copying a template keeps the
 * object in V8's fast mode, where adding sixty keys one by one would not.
 */
export interface Templates {
  relevant: Record<string, boolean>;
  choices: Record<string, readonly string[]>;
}

export function makeTemplates(structure: Structure): Templates {
  const items = structure.root.items;
  return {
    relevant: Object.fromEntries(items.map((item) => [item.name, false])),
    choices: Object.fromEntries(items.flatMap((item) => (item.list ? [[item.name, item.list.names]] : []))),
  };
}

function addRelevant(inst: Inst, out: Record<string, boolean>): void {
  const top = inst.parent === null;
  for (const item of inst.scope.items) {
    const relevant = inst.relevant[item.slot] as boolean;
    // The template already holds false for the form's own items.
    if (relevant || !top) out[top ? item.name : inst.prefix + item.name] = relevant;
    if (item.kind === "repeat") for (const child of inst.repeats[item.repeatSlot] as Inst[]) addRelevant(child, out);
  }
}

function addChoices(inst: Inst, out: Record<string, readonly string[]>, env: Env): void {
  const top = inst.parent === null;
  for (const item of inst.scope.items) {
    if (item.kind === "repeat")
      for (const child of inst.repeats[item.repeatSlot] as Inst[]) addChoices(child, out, env);
    const list = item.list;
    if (!list) continue;
    const path = top ? item.name : inst.prefix + item.name;
    const filter = item.choiceFilter;
    if (!filter) {
      if (!top) out[path] = list.names;
      continue;
    }
    env.inst = inst;
    const allowed: string[] = [];
    for (const choice of list.choices) {
      env.choice = choice;
      if (toBoolean(filter(env))) allowed.push(choice.name);
    }
    env.choice = null;
    out[path] = allowed;
  }
}

/**
 * relevant and choices are built on first access: checking a submission or scoring it
 * needs only values and errors, and building records of every path is most of the cost.
 * They are getters of the class, so toJSON() lists them for serialisation.
 */
export class Result implements Evaluation {
  readonly values: Answers;
  readonly errors: SubmissionError[];
  readonly #root: Inst;
  readonly #templates: Templates;
  readonly #env: Env;
  #relevant: Record<string, boolean> | undefined;
  #choices: Record<string, readonly string[]> | undefined;

  constructor(values: Answers, errors: SubmissionError[], root: Inst, templates: Templates, env: Env) {
    this.values = values;
    this.errors = errors;
    this.#root = root;
    this.#templates = templates;
    this.#env = env;
  }

  get relevant(): Record<string, boolean> {
    if (!this.#relevant) {
      this.#relevant = { ...this.#templates.relevant };
      addRelevant(this.#root, this.#relevant);
    }
    return this.#relevant;
  }

  get choices(): Record<string, readonly string[]> {
    if (!this.#choices) {
      this.#choices = { ...this.#templates.choices };
      addChoices(this.#root, this.#choices, this.#env);
    }
    return this.#choices;
  }

  toJSON(): Evaluation {
    return { values: this.values, relevant: this.relevant, choices: this.choices, errors: this.errors };
  }
}
