import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { search, type Written, writeArticle } from "./knowledge.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

/** Temporary protection facts in Ukrainian, Russian and Polish, as an office would write them. */
const PROTECTION = {
  uk: {
    title: "Тимчасовий захист у Польщі",
    body: "Людина може отримати **притулок** і допомогу. Перевірте чинні правила в місцевому ґміні.",
  },
  ru: {
    title: "Временная защита в Польше",
    body: "Человек может получить убежище и помощь. Проверьте действующие правила в местной гмине.",
  },
  pl: {
    title: "Ochrona czasowa w Polsce",
    body: "Osoba może otrzymać numer PESEL i świadczenia. Sprawdź aktualne przepisy w urzędzie gminy.",
  },
};

describe.each(testDatabaseKinds())("knowledge base search (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;
  let operator: TestSession;
  let protection: Written;

  const ids = async (query: Record<string, string>, session = operator) =>
    (await search(ctx.app, session, query)).items.map((item) => item.id);

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    operator = await ctx.sessions.of("hotline_operator");
    protection = await writeArticle(ctx.app, supervisor, PROTECTION, { category: "legal_facts", country: "PL" });
    await writeArticle(ctx.app, supervisor, {
      en: { title: "Job offers abroad", body: "Ask who pays for the journey and keep your passport." },
    });
  });
  afterAll(() => ctx.testApp.close());

  it("finds an article by a Ukrainian word, whatever its case, and shows the Ukrainian text around it", async () => {
    for (const q of ["притулок", "ПРИТУЛОК", "Притулок"]) {
      const { items } = await search(ctx.app, operator, { q });
      expect([q, items.map((item) => item.id)]).toEqual([q, [protection.id]]);
      expect(items[0]?.language).toBe("uk");
      expect(items[0]?.snippet).toContain("притулок");
    }
  });

  it("finds an article by the beginning of a Russian word, as it is typed", async () => {
    for (const q of ["убе", "убежи", "временная защ"]) {
      const { items } = await search(ctx.app, operator, { q });
      expect([q, items.map((item) => item.id)]).toEqual([q, [protection.id]]);
      expect(items[0]?.language).toBe("ru");
    }
    // Only the last word is a prefix: the words before it are whole words.
    expect(await ids({ q: "времен защита" })).toEqual([]);
  });

  it("finds an article by a Polish word with diacritics, and without them", async () => {
    for (const q of ["świadczenia", "ŚWIADCZENIA", "swiadczenia", "urzędzie"]) {
      const { items } = await search(ctx.app, operator, { q });
      expect([q, items.map((item) => item.id)]).toEqual([q, [protection.id]]);
      expect(items[0]?.language).toBe("pl");
      expect(items[0]?.snippet).toMatch(/świadczenia|urzędzie/);
    }
  });

  it("shows the article in the language asked for and filters by it", async () => {
    const { items } = await search(ctx.app, operator, { q: "PESEL", language: "uk" });
    expect(items.map((item) => [item.id, item.language])).toEqual([[protection.id, "uk"]]);
    // A preferred language shows the article in it, unless the words were found only in another.
    const preferred = await search(ctx.app, operator, { country: "PL", prefer: "ru" });
    expect(preferred.items.map((item) => item.language)).toEqual(["ru"]);
    const foundElsewhere = await search(ctx.app, operator, { q: "PESEL", prefer: "ru" });
    expect(foundElsewhere.items.map((item) => item.language)).toEqual(["pl"]);
    expect(await ids({ language: "ro" })).toEqual([]);
    expect(await ids({ country: "PL", category: "legal_facts" })).toEqual([protection.id]);
    expect(await ids({ country: "MD" })).toEqual([]);
  });

  it("puts an article whose title matches above one that only mentions the word", async () => {
    const inTitle = await writeArticle(ctx.app, supervisor, {
      uk: { title: "Евакуація з зони бойових дій", body: "Коротко про маршрути." },
    });
    // Newer and mentioning the word more often, but only in its body.
    const inBody = await writeArticle(ctx.app, supervisor, {
      uk: {
        title: "Безпека на кордоні",
        body: "Евакуація автобусом. Евакуація потягом. Після евакуація — реєстрація. Евакуація дітей.",
      },
    });
    expect(await ids({ q: "евакуація" })).toEqual([inTitle.id, inBody.id]);
    expect(await ids({ q: "евак" })).toEqual([inTitle.id, inBody.id]);
  });

  it("pages the results with a cursor, best match first, each article once", async () => {
    const made: string[] = [];
    for (const n of [1, 2, 3]) {
      const a = await writeArticle(ctx.app, supervisor, {
        en: { title: n === 2 ? "Hotline roster" : `Note ${n}`, body: `The hotline roster is on the board, part ${n}.` },
      });
      made.push(a.id);
    }
    const first = await search(ctx.app, operator, { q: "roster", limit: "2" });
    expect(first.items[0]?.id).toBe(made[1]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await search(ctx.app, operator, { q: "roster", limit: "2", cursor: first.nextCursor ?? "" });
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((item) => item.id);
    expect(seen.sort()).toEqual([...made].sort());

    const plain = await search(ctx.app, operator, { limit: "1" });
    const next = await search(ctx.app, operator, { limit: "1", cursor: plain.nextCursor ?? "" });
    expect(next.items[0]?.id).not.toBe(plain.items[0]?.id);
    // A search's cursor does not continue the plain list, and a forged one continues nothing.
    const forged = Buffer.from(JSON.stringify(["updated", "0.5", made[0]])).toString("base64url");
    for (const cursor of ["bm90LWpzb24", first.nextCursor ?? "", forged]) {
      const url = `/api/knowledge/articles?cursor=${cursor}`;
      const bad = await send(ctx.app, { method: "GET", url, session: operator });
      expect([cursor, bad.statusCode, errorOf(bad).fields?.[0]?.field]).toEqual([cursor, 400, "query.cursor"]);
    }
  });

  it("takes punctuation and query syntax as plain text", async () => {
    for (const q of ["!", "притулок & !", "'притулок':*", "(убежище | x)"]) {
      const response = await send(ctx.app, {
        method: "GET",
        url: `/api/knowledge/articles?q=${encodeURIComponent(q)}`,
        session: operator,
      });
      expect([q, response.statusCode]).toEqual([q, 200]);
    }
    expect(await ids({ q: "(убежище | x)" })).toEqual([]);
    expect(await ids({ q: "притулок & !" })).toEqual([protection.id]);
  });
});
