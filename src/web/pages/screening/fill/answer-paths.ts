import type { Answers, AnswerValue } from "../../../../shared/forms/definition.js";

/** One step down into a repeat: its name and the 0-based instance, as the engine's paths count them. */
export interface RepeatStep {
  name: string;
  index: number;
}

/** The engine's path of a field: "age", or "household[0].member_age" inside a repeat. */
export function pathOf(steps: readonly RepeatStep[], name: string): string {
  return steps.map((step) => `${step.name}[${step.index}].`).join("") + name;
}

/** The top-level name a path starts with: the question, group or repeat that holds it. */
export function rootName(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}

function isRecord(value: unknown): value is Answers {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The answers record of one repeat instance (or the top level), if it exists. */
export function recordAt(answers: Answers | undefined, steps: readonly RepeatStep[]): Answers | undefined {
  let record: Answers | undefined = answers;
  for (const step of steps) {
    const list = record?.[step.name];
    const next = Array.isArray(list) ? list[step.index] : undefined;
    record = isRecord(next) ? next : undefined;
  }
  return record;
}

/** Instances of a repeat as they stand in the answers. */
export function instancesAt(answers: Answers | undefined, steps: readonly RepeatStep[], name: string): Answers[] {
  const list = recordAt(answers, steps)?.[name];
  return Array.isArray(list) ? list.map((entry) => (isRecord(entry) ? entry : {})) : [];
}

type Update = (record: Answers) => Answers;

/** Copies the path down to one record and changes it there; missing instances are created empty. */
function updateAt(answers: Answers, steps: readonly RepeatStep[], update: Update): Answers {
  const [step, ...rest] = steps;
  if (!step) return update(answers);
  const list = instancesAt(answers, [], step.name);
  while (list.length <= step.index) list.push({});
  list[step.index] = updateAt(list[step.index] ?? {}, rest, update);
  return { ...answers, [step.name]: list };
}

/**
 * Sets (or, with undefined, removes) one answer. A cleared answer stays as "": the engine then treats the
 * question as unanswered instead of bringing its default back.
 */
export function setAnswer(
  answers: Answers,
  steps: readonly RepeatStep[],
  name: string,
  value: AnswerValue | undefined,
): Answers {
  return updateAt(answers, steps, (record) => {
    const next = { ...record };
    if (value === undefined) delete next[name];
    else next[name] = value;
    return next;
  });
}

/** Adds an empty instance at the end of a repeat. */
export function addInstance(answers: Answers, steps: readonly RepeatStep[], name: string): Answers {
  return updateAt(answers, steps, (record) => ({ ...record, [name]: [...instancesAt(record, [], name), {}] }));
}

/** Removes one instance of a repeat; the ones after it move up. */
export function removeInstance(answers: Answers, steps: readonly RepeatStep[], name: string, index: number): Answers {
  return updateAt(answers, steps, (record) => ({
    ...record,
    [name]: instancesAt(record, [], name).filter((_, i) => i !== index),
  }));
}
