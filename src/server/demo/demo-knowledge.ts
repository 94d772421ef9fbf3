import { articleInput, articleVersionInput } from "../../shared/api/knowledge.js";
import { addDays, todayIso } from "../../shared/dates.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { addArticleVersion, createArticle } from "../modules/knowledge/articles.service.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION, MOLDOVA_OFFICE, ROMANIA_OFFICE } from "./demo-case-builders.js";
import { DEMO_GUIDANCE } from "./demo-knowledge-guidance.js";
import { DEMO_PROTECTION_FACTS } from "./demo-knowledge-protection.js";
import { DEMO_SCRIPTS } from "./demo-knowledge-scripts.js";
import type { DemoArticle } from "./demo-knowledge-types.js";
import { demoEmail } from "./demo-organisations.js";

export type { DemoArticle };

/** The demo knowledge base: the same articles in every country office, written by its supervisor. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [...DEMO_SCRIPTS, ...DEMO_GUIDANCE, ...DEMO_PROTECTION_FACTS];

export const DEMO_KNOWLEDGE_OFFICES: readonly { organisation: string; author: string }[] = [
  { organisation: DEMO_CASES_ORGANISATION.name, author: DEMO_CASES_ORGANISATION.supervisor },
  { organisation: ROMANIA_OFFICE, author: demoEmail(ROMANIA_OFFICE, "supervisor") },
  { organisation: MOLDOVA_OFFICE, author: demoEmail(MOLDOVA_OFFICE, "supervisor") },
];

/** Writes the articles through the knowledge service, as the editor would: validated, versioned, audited. */
async function writeArticles(db: ScopedDb, today: string): Promise<number> {
  const existing = await db.selectFrom("articles").select("id").limit(1).executeTakeFirst();
  if (existing) return 0;
  for (const article of DEMO_ARTICLES) {
    const created = await createArticle(
      db,
      articleInput.parse({
        category: article.category,
        country: article.country ?? null,
        status: "published",
        reviewOn: addDays(today, article.reviewInDays),
        translations: article.translations,
      }),
    );
    let version = created.currentVersion;
    for (const revision of article.revisions ?? []) {
      const input = articleVersionInput.parse({ baseVersion: version, ...revision });
      version = (await addArticleVersion(db, created.id, input)).currentVersion;
    }
  }
  return DEMO_ARTICLES.length;
}

/**
 * Seeds the demo knowledge base in each country office whose supervisor exists and that has no article
 * yet. Returns the number of articles written (none on a second run).
 */
export async function seedDemoKnowledge(services: Services): Promise<number> {
  const today = todayIso();
  let made = 0;
  for (const office of DEMO_KNOWLEDGE_OFFICES) {
    const found = await findDemoActors(services, office.organisation, [office.author]);
    const author = found?.actors.get(office.author);
    if (!author) continue;
    made += await runScoped(services.database, author, demoInfo(`knowledge:${office.organisation}`), (db) =>
      writeArticles(db, today),
    );
  }
  return made;
}
