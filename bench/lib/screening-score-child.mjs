// In-process scoring rate of the rapid screening: form evaluation + scoring rules, on the compiled build
// (dist/), as the server and the browser bundle run it. Prints one JSON line.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { rapidAnswers } from "./screening-answers.mjs";

const [root, secondsArg] = process.argv.slice(2);
const dist = (file) => pathToFileURL(path.join(root, "dist", file)).href;
const { compileForm } = await import(dist("shared/forms/engine/index.js"));
const { BUILT_IN_INSTRUMENTS } = await import(dist("shared/screening/instruments/index.js"));
const { compileScoring } = await import(dist("shared/screening/scoring/index.js"));

const rapid = BUILT_IN_INSTRUMENTS.find((instrument) => instrument.id === "rapid_screening");
const compiled = compileForm(rapid.form);
if (!compiled.ok) throw new Error("the rapid screening does not compile");
const scoring = compileScoring(compiled.form, rapid.rules);
if (!scoring.ok) throw new Error("the rapid screening's rules do not compile");
const answers = rapidAnswers(1000, 4242);

function run(seconds) {
  let done = 0;
  let levels = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 100; i++) {
      const evaluation = compiled.form.evaluate(answers[(done + i) % answers.length]);
      if (evaluation.errors.length > 0) throw new Error(`invalid bench answers: ${JSON.stringify(evaluation.errors)}`);
      // Used, so that the work cannot be optimised away.
      levels += scoring.scorer.score(evaluation).flags.length;
    }
    done += 100;
  }
  return { done, levels };
}

run(1);
const seconds = Number(secondsArg ?? 3);
const started = performance.now();
const { done } = run(seconds);
console.log(
  JSON.stringify({
    perSecond: done / ((performance.now() - started) / 1000),
    questions: compiled.form.fieldNames.length,
  }),
);
