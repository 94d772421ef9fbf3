// Varied, valid answer sets for the built-in rapid screening: most people low risk, some with trafficking
// indicators, a few in immediate danger. Plain JavaScript so that the in-process benchmark can run it
// under node on the compiled build, without a TypeScript loader in the measured loop.

/** A small deterministic generator (mulberry32): the same seed gives the same answers. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEEDS = ["food", "hygiene", "clothing", "medicines", "shelter", "transport", "medical", "legal", "information"];
const NAMES = [
  ["Олена", "Коваленко"],
  ["Ivan", "Petrenko"],
  ["Марія", "Шевчук"],
  ["Andrii", "Bondarenko"],
];

export function rapidAnswers(count, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const out = [];
  for (let i = 0; i < count; i++) {
    const risky = next() < 0.25;
    const danger = risky && next() < 0.2;
    const [given, family] = pick(NAMES);
    const answers = {
      consent_record: "yes",
      consent_refer: next() < 0.7 ? "yes" : "no",
      gives_name: next() < 0.6 ? "yes" : "no",
      age_known: "yes",
      age: 18 + Math.floor(next() * 60),
      sex: next() < 0.7 ? "female" : "male",
      citizenship: next() < 0.8 ? "UA" : "MD",
      needs: NEEDS.filter(() => next() < 0.3),
      job_offer: risky && next() < 0.5 ? "yes" : "no",
      documents_held: risky && next() < 0.3 ? "yes" : "no",
      debt: risky && next() < 0.3 ? "yes" : "no",
      not_free: danger ? "yes_now" : "no",
    };
    if (answers.gives_name === "yes") Object.assign(answers, { given_name: given, family_name: family });
    if (danger) answers.controller_nearby = "yes";
    out.push(answers);
  }
  return out;
}
