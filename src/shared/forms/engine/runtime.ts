import type { Answers } from "../definition.js";
import { DAY_MS, toBoolean, todayDays, toNumber, type Value } from "../expression/index.js";
import { acceptAnswer, fitComputed, outputValue, Rejection } from "./answers.js";
import type { Env, Inst, ItemDef, ScopeDef, Structure } from "./model.js";
import { makeTemplates, Result } from "./result.js";
import type { EvaluateOptions, Evaluation, SubmissionError } from "./types.js";

/** One unit of work, in dependency order: an item's relevance, a question's value, a repeat's instances. */
export interface Step {
  kind: "relevance" | "value" | "instances";
  item: ItemDef;
}

/** Bounds on repeat instances, so that a crafted submission cannot make evaluation unbounded. */
export const REPEAT_LIMITS = { perRepeat: 1_000, total: 10_000 } as const;

type Raw = Record<string, unknown>;

const NO_REPEATS: Inst[][] = [];

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property only: a field named "toString" must not read Object.prototype.toString. */
function readRaw(inst: Inst, item: ItemDef): unknown {
  const value = inst.raw[item.name];
  if (value === undefined || (item.inherited && !Object.hasOwn(inst.raw, item.name))) return undefined;
  return value;
}

/** The environment expressions see; methods rather than per-run closures keep a run cheap. */
class RunEnv implements Env {
  inst = undefined as unknown as Inst;
  choice: Env["choice"] = null;
  #today: number | undefined;
  constructor(private readonly options: EvaluateOptions) {}

  today(): number {
    this.#today ??= todayDays(this.options.today);
    return this.#today;
  }

  now(): number {
    return (this.options.now ?? Date.now()) / DAY_MS;
  }
}

class Run {
  readonly errors: SubmissionError[] = [];
  readonly instances: Inst[][] = [];
  readonly env: Env;
  private total = 0;

  constructor(scopes: readonly ScopeDef[], options: EvaluateOptions) {
    for (let i = 0; i < scopes.length; i++) this.instances.push([]);
    this.env = new RunEnv(options);
  }

  newInst(scope: ScopeDef, parent: Inst | null, index: number, prefix: string, raw: Raw): Inst {
    const size = scope.items.length;
    const inst: Inst = {
      scope,
      parent,
      index,
      prefix,
      raw,
      values: new Array<Value>(size).fill(""),
      relevant: new Array<boolean>(size).fill(false),
      rejected: null,
      repeats: scope.repeats.length === 0 ? NO_REPEATS : scope.repeats.map(() => []),
    };
    for (const key of Object.keys(raw)) {
      if (!scope.answerable.has(key)) this.errors.push({ path: prefix + key, code: "unknown_field" });
    }
    (this.instances[scope.id] as Inst[]).push(inst);
    return inst;
  }

  relevance(item: ItemDef, list: readonly Inst[]): void {
    const { env } = this;
    for (const inst of list) {
      // Instances of a repeat exist only while the repeat is relevant, so only an
      // enclosing group in the same scope can make the item irrelevant from above.
      let relevant = item.containerSlot < 0 || (inst.relevant[item.containerSlot] as boolean);
      if (relevant && item.relevant) {
        env.inst = inst;
        relevant = toBoolean(item.relevant(env));
      }
      inst.relevant[item.slot] = relevant;
    }
  }

  value(item: ItemDef, list: readonly Inst[]): void {
    const { env } = this;
    const question = item.question;
    if (!question) return;
    const { type } = question;
    const slot = item.slot;
    for (const inst of list) {
      if (!inst.relevant[slot]) continue;
      env.inst = inst;
      if (item.calculation) {
        inst.values[slot] = fitComputed(type, item.calculation(env), item.list);
        continue;
      }
      const raw = readRaw(inst, item);
      if (raw === undefined) {
        if (item.defaultFn) inst.values[slot] = fitComputed(type, item.defaultFn(env), item.list);
        else if (item.defaultValue !== undefined) inst.values[slot] = item.defaultValue;
        continue;
      }
      if (raw === null || raw === "") continue;
      if (item.computed) {
        // A note shows text; it has nothing to answer.
        this.errors.push({ path: inst.prefix + item.name, code: "read_only" });
        continue;
      }
      const accepted = acceptAnswer(type, raw, item.list);
      if (accepted instanceof Rejection) {
        this.errors.push({ path: inst.prefix + item.name, code: accepted.code });
        inst.rejected ??= new Set();
        inst.rejected.add(slot);
      } else inst.values[slot] = accepted;
    }
  }

  repeatInstances(item: ItemDef, list: readonly Inst[]): void {
    const { env } = this;
    const inner = item.inner as ScopeDef;
    for (const inst of list) {
      if (!inst.relevant[item.slot]) continue;
      const path = inst.prefix + item.name;
      const raw = readRaw(inst, item);
      let entries: readonly unknown[] = [];
      if (Array.isArray(raw)) entries = raw;
      else if (raw !== undefined && raw !== null) this.errors.push({ path, code: "type" });
      let count = entries.length;
      if (item.repeatCount) {
        env.inst = inst;
        const wanted = toNumber(item.repeatCount(env));
        count = wanted > 0 ? Math.floor(Math.min(wanted, REPEAT_LIMITS.perRepeat + 1)) : 0;
        if (Array.isArray(raw) && entries.length !== count) {
          this.errors.push({ path, code: "repeat_count", params: { expected: count, given: entries.length } });
        }
      }
      const allowed = Math.min(REPEAT_LIMITS.perRepeat, REPEAT_LIMITS.total - this.total);
      if (count > allowed) {
        this.errors.push({ path, code: "repeat_count", params: { max: allowed } });
        count = allowed;
      }
      this.total += count;
      const children = inst.repeats[item.repeatSlot] as Inst[];
      for (let i = 0; i < count; i++) {
        let entry = entries[i];
        if (entry === undefined || entry === null) entry = {};
        else if (!isRecord(entry)) {
          this.errors.push({ path: `${path}[${i}]`, code: "type" });
          entry = {};
        }
        children.push(this.newInst(inner, inst, i, `${path}[${i}].`, entry as Raw));
      }
    }
  }

  /** Builds the output values of one instance and runs the checks that need every value. */
  emit(inst: Inst): Answers {
    const out: Answers = {};
    const { env } = this;
    for (const item of inst.scope.items) {
      if (!inst.relevant[item.slot] || item.kind === "group") continue;
      if (item.kind === "repeat") {
        const children = inst.repeats[item.repeatSlot] as Inst[];
        if (children.length > 0) out[item.name] = children.map((child) => this.emit(child));
        continue;
      }
      const question = item.question;
      if (!question) continue;
      const value = inst.values[item.slot] as Value;
      const answer = outputValue(question.type, value);
      if (answer !== undefined) out[item.name] = answer;
      if (item.computed || inst.rejected?.has(item.slot)) continue;
      env.inst = inst;
      if (value === "") {
        if (item.required === true || (typeof item.required === "function" && toBoolean(item.required(env)))) {
          const error: SubmissionError = { path: inst.prefix + item.name, code: "required" };
          if (question.requiredMessage) error.message = question.requiredMessage;
          this.errors.push(error);
        }
        continue;
      }
      if (item.constraint && !toBoolean(item.constraint(env))) {
        const error: SubmissionError = { path: inst.prefix + item.name, code: "constraint" };
        if (question.constraintMessage) error.message = question.constraintMessage;
        this.errors.push(error);
      }
      if (item.choiceFilter && !this.passesFilter(item, inst, value)) {
        this.errors.push({ path: inst.prefix + item.name, code: "choice_filtered" });
      }
    }
    return out;
  }

  /** Whether every picked choice survives the filter (only the picked ones are evaluated). */
  private passesFilter(item: ItemDef, inst: Inst, value: Value): boolean {
    const list = item.list;
    const filter = item.choiceFilter;
    if (!list || !filter) return true;
    const picked = typeof value === "string" ? [value] : Array.isArray(value) ? (value as readonly string[]) : [];
    const { env } = this;
    env.inst = inst;
    let passes = true;
    for (const name of picked) {
      env.choice = list.byName.get(name) ?? null;
      if (!env.choice || !toBoolean(filter(env))) passes = false;
    }
    env.choice = null;
    return passes;
  }
}

/** The evaluate() of a compiled form: steps run in dependency order, then one output pass. */
export function createEvaluator(
  structure: Structure,
  steps: readonly Step[],
): (answers: Answers, options?: EvaluateOptions) => Evaluation {
  const templates = makeTemplates(structure);
  return (answers, options = {}) => {
    const run = new Run(structure.scopes, options);
    let raw: Raw = {};
    if (isRecord(answers)) raw = answers;
    else run.errors.push({ path: "", code: "type" });
    const root = run.newInst(structure.root, null, 0, "", raw);
    for (const step of steps) {
      const list = run.instances[step.item.scope.id] as Inst[];
      if (list.length === 0) continue;
      if (step.kind === "relevance") run.relevance(step.item, list);
      else if (step.kind === "value") run.value(step.item, list);
      else run.repeatInstances(step.item, list);
    }
    return new Result(run.emit(root), run.errors, root, templates, run.env);
  };
}
