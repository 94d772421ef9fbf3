import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, send, signInOrThrow, type TestSession } from "../testing/http.js";
import { DEMO_ARTICLES, DEMO_KNOWLEDGE_OFFICES, seedDemoKnowledge } from "./demo-knowledge.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

interface Listed {
  id: string;
  category: string;
  country: string | null;
  languages: string[];
  reviewOverdue: boolean;
  currentVersion: number;
  titles: Record<string, string>;
}

describe.each(testDatabaseKinds())("demo knowledge base (%s)", (kind) => {
  let ctx: Ctx;
  let operator: TestSession;
  let made = 0;
  let items: Listed[] = [];

  const list = async (session: TestSession, query = "") => {
    const response = await send(ctx.app, { method: "GET", url: `/api/knowledge/articles?limit=50${query}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Listed[] }).items;
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    made = await seedDemoKnowledge(ctx.testApp.services);
    operator = await ctx.sessions.of("hotline_operator");
    items = await list(operator);
  }, 120_000);
  afterAll(() => ctx.testApp.close());

  it("publishes about eight articles in each country office, each in English, Ukrainian and Russian", () => {
    expect(made).toBe(DEMO_ARTICLES.length * DEMO_KNOWLEDGE_OFFICES.length);
    expect(items).toHaveLength(DEMO_ARTICLES.length);
    expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item.languages).toEqual(expect.arrayContaining(["en", "uk", "ru"]));
    expect(items.some((item) => item.languages.includes("pl"))).toBe(true);
    expect(items.some((item) => item.languages.includes("ro"))).toBe(true);
    expect(new Set(items.map((item) => item.category))).toEqual(
      new Set(["script", "safety", "referral_contacts", "legal_facts"]),
    );
    expect(
      items
        .filter((item) => item.category === "legal_facts")
        .map((item) => item.country)
        .sort(),
    ).toEqual(["MD", "PL", "RO"]);
  });

  it("has exactly one article overdue for review, and one edited once since it was written", () => {
    expect(items.filter((item) => item.reviewOverdue)).toHaveLength(1);
    expect(items.filter((item) => item.currentVersion === 2)).toHaveLength(1);
  });

  it("marks the referral contacts as invented", () => {
    const contacts = items.find((item) => item.category === "referral_contacts");
    for (const title of Object.values(contacts?.titles ?? {})) expect(title).toMatch(/demo|демо|fikcyjne/i);
  });

  it("keeps each office's articles in that office, and writes nothing twice", async () => {
    const romania = DEMO_KNOWLEDGE_OFFICES[1];
    const account = ctx.demo.accounts.find((a) => a.email === romania?.author);
    if (!account) throw new Error("no supervisor in the Romanian office");
    const theirs = await list(await signInOrThrow(ctx.app, account));
    expect(theirs).toHaveLength(DEMO_ARTICLES.length);
    expect(theirs.map((item) => item.id).filter((id) => items.some((own) => own.id === id))).toEqual([]);
    expect(await seedDemoKnowledge(ctx.testApp.services)).toBe(0);
    expect(await list(operator)).toHaveLength(DEMO_ARTICLES.length);
  });

  it("is found by the words an operator would type", async () => {
    const found = await list(operator, `&q=${encodeURIComponent("тимчасовий захист")}`);
    expect(found.map((item) => item.country).sort()).toEqual(["MD", "PL", "RO"]);
  });
});
