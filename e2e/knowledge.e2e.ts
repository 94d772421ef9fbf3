import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import kbEn from "../src/shared/i18n/locales/knowledge/en.json" with { type: "json" };
import kbUk from "../src/shared/i18n/locales/knowledge/uk.json" with { type: "json" };
import uk from "../src/shared/i18n/locales/uk.json" with { type: "json" };
import {
  axeViolations,
  type DemoAccount,
  en,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const PHONE = { width: 375, height: 740 };

/** Words no demo article uses, so that the search can only find the article written here. */
const ARTICLE = {
  en: {
    title: "Calls from the Shehyni crossing",
    body: "Ask where the caller is **now** and whether the people with them hold their documents.",
  },
  uk: {
    title: "Дзвінки з пункту пропуску Шегині",
    body: "Запитайте, де абонент **зараз** і чи документи в нього, а не в супровідників.",
  },
};

/** Usable on the screen it is on: nothing serious for axe-core, and no sideways scrolling. */
async function expectUsable(page: Page, width: number): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(width);
}

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.length === 1 && a.roles[0] === role);
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

describe("knowledge base", () => {
  const running = serverAndBrowser();

  it("a supervisor publishes an article in Ukrainian and English; an operator finds it in Ukrainian and reads it", async () => {
    // bypassCSP only lets the test inject axe-core; the app runs under its own policy otherwise.
    const editor = await (await newContext(running, { bypassCSP: true })).newPage();
    await signInToHome(editor, account(running.server, "supervisor"));
    await editor.getByRole("navigation").getByRole("link", { name: kbEn.nav.knowledge }).click();
    await editor.getByRole("heading", { level: 1, name: kbEn.knowledge.title }).waitFor();
    await editor.getByRole("link", { name: kbEn.knowledge.newArticle }).click();
    await editor.getByRole("heading", { level: 1, name: kbEn.knowledge.editor.newTitle }).waitFor();

    await editor.getByLabel(label(kbEn.knowledge.category)).selectOption("safety");
    await editor.getByLabel(label(kbEn.knowledge.status)).selectOption("published");
    // The editor opens on the interface language; Ukrainian is a tab away.
    await editor.getByLabel(label(kbEn.knowledge.editor.titleLabel)).fill(ARTICLE.en.title);
    await editor.getByLabel(label(kbEn.knowledge.editor.bodyLabel)).fill(ARTICLE.en.body);
    await editor.getByRole("tab", { name: /^Українська/ }).click();
    await editor.getByLabel(label(kbEn.knowledge.editor.titleLabel)).fill(ARTICLE.uk.title);
    await editor.getByLabel(label(kbEn.knowledge.editor.bodyLabel)).fill(ARTICLE.uk.body);
    await editor.getByLabel(label(kbEn.knowledge.editor.changeSummary)).fill("Written after the March calls");
    await expectUsable(editor, 1280);
    await editor.getByRole("button", { name: kbEn.knowledge.editor.save }).click();

    await editor.waitForURL((url) => /^\/knowledge\/[0-9a-f-]{36}$/.test(url.pathname));
    await editor.getByRole("heading", { level: 1, name: ARTICLE.en.title }).waitFor();
    expect(await editor.getByText("whether the people with them hold their documents").isVisible()).toBe(true);
    await expectUsable(editor, 1280);
    await editor.context().close();

    // The operator works in Ukrainian, on a phone.
    const reader = await (await newContext(running, { ...PHONE, bypassCSP: true })).newPage();
    await signInToHome(reader, account(running.server, "hotline_operator"));
    await reader.getByLabel(label(en.app.language)).selectOption("uk");
    await expect.poll(() => reader.locator("html").getAttribute("lang")).toBe("uk");
    await reader.getByRole("button", { name: uk.app.openNavigation }).click();
    await reader.getByRole("navigation").getByRole("link", { name: kbUk.nav.knowledge }).click();
    await reader.getByRole("heading", { level: 1, name: kbUk.knowledge.title }).waitFor();

    // Searching as the word is typed: its beginning is enough.
    await reader.getByLabel(label(kbUk.knowledge.search)).fill("шегин");
    // The list shows every article until the search settles, then only the one found.
    const results = reader.getByRole("list", { name: kbUk.knowledge.results }).getByRole("listitem");
    await expect.poll(() => results.count()).toBe(1);
    await expectUsable(reader, PHONE.width);
    await results.getByRole("link", { name: ARTICLE.uk.title }).click();

    await reader.getByRole("heading", { level: 1, name: ARTICLE.uk.title }).waitFor();
    expect(await reader.getByRole("tab", { name: "Українська" }).getAttribute("aria-selected")).toBe("true");
    expect(await reader.getByText("чи документи в нього, а не в супровідників").isVisible()).toBe(true);
    expect(await reader.getByRole("button", { name: kbUk.knowledge.article.markReviewed }).count()).toBe(0);
    await expectUsable(reader, PHONE.width);
    // The other language is a tab away.
    await reader.getByRole("tab", { name: "English" }).click();
    await reader.getByText("whether the people with them hold their documents").waitFor();
    await reader.context().close();
  });
});
