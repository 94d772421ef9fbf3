import type { Answers, GeoPoint } from "../definition.js";
import {
  type Binder,
  compileExpr,
  DAY_MS,
  type EvalEnv,
  type Fn,
  NodeSet,
  parseExpression,
  todayDays,
  type Value,
} from "../expression/index.js";
import { geoText } from "./answers.js";
import type { CompiledForm, EvaluateOptions, StandaloneError, StandaloneResult } from "./types.js";

class ValuesEnv implements EvalEnv {
  #today: number | undefined;
  constructor(
    readonly values: Answers,
    private readonly options: EvaluateOptions,
  ) {}

  today(): number {
    this.#today ??= todayDays(this.options.today);
    return this.#today;
  }

  now(): number {
    return (this.options.now ?? Date.now()) / DAY_MS;
  }
}

type Node = Answers[string];

function own(record: Answers, name: string): Node {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** An output value as an expression sees it (geopoints as ODK's "lat lon alt accuracy"). */
function asValue(node: Node): Value {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return node;
  if (Array.isArray(node)) return node.every((v) => typeof v === "string") ? (node as string[]) : "";
  return geoText(node as GeoPoint);
}

/** Follows repeat arrays from the top of `values` down to `name`, gathering every value on the way. */
function gather(values: Answers, repeats: readonly string[], name: string | null): NodeSet {
  let level: Answers[] = [values];
  for (const repeat of repeats) {
    const next: Answers[] = [];
    for (const record of level) {
      const instances = own(record, repeat);
      if (Array.isArray(instances))
        for (const entry of instances) if (typeof entry === "object") next.push(entry as Answers);
    }
    level = next;
  }
  return new NodeSet(name === null ? level.map(() => "") : level.map((record) => asValue(own(record, name))));
}

/**
 * Compiles an expression over a whole form (a screening score rule, say) that runs against
 * Evaluation.values. Fields inside repeats are node-sets, for count() and sum().
 */
export function compileStandaloneExpression(form: CompiledForm, source: string): StandaloneResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const problems: StandaloneError[] = [];
  const empty: Fn<ValuesEnv> = () => "";
  const binder: Binder<ValuesEnv> = {
    ref: (node) => {
      const field = form.fields.get(node.name);
      if (!field) {
        problems.push({ code: "unknown_field", offset: node.offset, detail: node.name });
        return empty;
      }
      if (field.kind === "group") {
        problems.push({ code: "group_reference", offset: node.offset, detail: node.name });
        return empty;
      }
      const name = node.name;
      if (field.kind === "repeat") return (env) => gather(env.values, [...field.repeats, name], null);
      if (field.repeats.length > 0) return (env) => gather(env.values, field.repeats, name);
      return (env) => asValue(own(env.values, name));
    },
    current: (node) => {
      problems.push({ code: "unknown_field", offset: node.offset, detail: "." });
      return empty;
    },
    prop: () => empty,
    position: () => () => 1,
    choiceName: () => "",
  };
  const fn = compileExpr(parsed.ast, binder);
  const problem = problems[0];
  if (problem) return { ok: false, error: problem };
  return {
    ok: true,
    references: parsed.references,
    evaluate: (values: Answers, options: EvaluateOptions = {}) => fn(new ValuesEnv(values, options)),
  };
}
