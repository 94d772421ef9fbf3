import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { FormItem, Question } from "../src/shared/forms/definition.js";
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import screeningUk from "../src/shared/i18n/locales/screening/uk.json" with { type: "json" };
import appUk from "../src/shared/i18n/locales/screening-app/uk.json" with { type: "json" };
import webEn from "../src/shared/i18n/locales/screening-web/en.json" with { type: "json" };
import webUk from "../src/shared/i18n/locales/screening-web/uk.json" with { type: "json" };
import uk from "../src/shared/i18n/locales/uk.json" with { type: "json" };
import { RAPID_SCREENING_FORM } from "../src/shared/screening/instruments/rapid-screening/index.js";
import {
  type DemoAccount,
  en,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const PHONE = { width: 375, height: 740 };
const fill = webUk.screeningWeb.fill;

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

/** The built-in rapid screening's own wording, so the test reads the screen as the screener does. */
function findItem(items: readonly FormItem[], name: string): FormItem | undefined {
  for (const item of items) {
    if (item.name === name) return item;
    if (item.kind !== "question") {
      const found = findItem(item.items, name);
      if (found) return found;
    }
  }
  return undefined;
}
const text = (name: string, lang: "uk" | "en" = "uk") =>
  findItem(RAPID_SCREENING_FORM.items, name)?.label?.[lang] ?? name;
const choice = (list: string, name: string, lang: "uk" | "en" = "uk") =>
  RAPID_SCREENING_FORM.choiceLists[list]?.find((item) => item.name === name)?.label[lang] ?? name;
const constraintMessage = (name: string, lang: "uk" | "en") =>
  (findItem(RAPID_SCREENING_FORM.items, name) as Question | undefined)?.constraintMessage?.[lang] ?? name;

async function pick(page: Page, question: string, list: string, value: string): Promise<void> {
  await page
    .getByRole("radiogroup", { name: label(text(question)) })
    .getByRole("radio", { name: choice(list, value) })
    .check();
}

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole("button", { name: fill.next }).click();
  await page.getByRole("heading", { level: 2, name: heading }).waitFor();
}

describe("screening on a phone", () => {
  const running = serverAndBrowser();

  it("a screener fills the rapid screening in Ukrainian; a caseworker opens a case from it", async () => {
    const context = await newContext(running, PHONE);
    const page = await context.newPage();
    await signInToHome(page, account(running.server, "screener"));
    await page.getByLabel(label(en.app.language)).selectOption("uk");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("uk");

    // From the navigation (behind the burger on a phone) to the list, then a new screening.
    await page.getByRole("button", { name: uk.app.openNavigation }).click();
    await page.getByRole("navigation").getByRole("link", { name: webUk.nav.screenings }).click();
    await page.getByRole("heading", { level: 1, name: webUk.screeningWeb.list.title }).waitFor();
    await page.getByRole("button", { name: webUk.screeningWeb.list.new }).click();
    await page.getByRole("dialog").getByRole("link", { name: RAPID_SCREENING_FORM.title.uk }).click();
    await page.waitForURL((url) => /^\/screenings\/new\/[0-9a-f-]{36}$/.test(url.pathname));

    // Where the screening takes place.
    await page.getByRole("heading", { level: 2, name: fill.locationTitle }).waitFor();
    expect(await page.getByText(fill.progress.replace("{{current}}", "1").replace(/\{\{total\}\}/, "")).count()).toBe(
      1,
    );
    await page.getByLabel(label(webUk.screeningWeb.fields.siteType)).selectOption("border_crossing");
    await page.getByLabel(label(webUk.screeningWeb.fields.place)).fill("Шегині");
    await next(page, "Згода");

    // Until consent is given nothing follows, so the page offers to save; without the required answer the
    // engine's problem is shown beside the question instead.
    await page.getByRole("button", { name: fill.save }).click();
    await page.getByText(appUk.validation.form_required).first().waitFor();
    await pick(page, "consent_record", "yes_no", "yes");
    await next(page, "Про Вас");

    await pick(page, "gives_name", "yes_no", "yes");
    await page.getByLabel(label(text("given_name"))).fill("Оксана");
    await page.getByLabel(label(text("family_name"))).fill("Петренко");
    await pick(page, "age_known", "yes_no", "yes");
    await page.getByLabel(label(text("age"))).fill("150");
    await page.getByRole("button", { name: fill.next }).click();
    // The form author's constraint message, in the respondent's language.
    await page.getByText(constraintMessage("age", "uk")).waitFor();

    // The person prefers English: the questions switch, the app around them stays Ukrainian.
    await page.getByLabel(label(fill.respondentLanguage)).selectOption("en");
    await page.getByText(constraintMessage("age", "en")).waitFor();
    await page.getByLabel(label(text("age", "en"))).fill("34");
    expect(await page.getByRole("button", { name: fill.next }).isVisible()).toBe(true);
    await page.getByLabel(label(fill.respondentLanguage)).selectOption("uk");
    await page
      .getByRole("radiogroup", { name: label(text("sex")) })
      .getByRole("radio", { name: choice("sex", "female") })
      .check();
    await next(page, "Ваша подорож");

    // A reload in the middle of the interview loses nothing.
    await page.reload();
    await page.getByText(fill.restoredTitle).waitFor();
    await page.getByRole("heading", { level: 2, name: "Ваша подорож" }).waitFor();
    await page.getByRole("button", { name: fill.back }).click();
    await page.getByRole("heading", { level: 2, name: "Про Вас" }).waitFor();
    expect(await page.getByLabel(label(text("given_name"))).inputValue()).toBe("Оксана");
    expect(await page.getByLabel(label(text("age"))).inputValue()).toBe("34");
    await next(page, "Ваша подорож");

    await next(page, "Здоров'я та безпека");
    await next(page, "Потреби");
    const needs = page.getByRole("group", { name: text("needs") });
    await needs.getByRole("checkbox", { name: choice("needs", "food") }).check();
    await needs.getByRole("checkbox", { name: choice("needs", "medicines") }).check();
    await next(page, "Безпека роботи й подорожі");

    // Not free to leave now, with the controlling person nearby: immediate danger.
    expect(await page.getByText(text("controller_nearby")).count()).toBe(0);
    await pick(page, "not_free", "not_free", "yes_now");
    await pick(page, "controller_nearby", "yes_no_decline", "yes");
    await next(page, "Направлення");
    await pick(page, "consent_refer", "yes_no", "yes");
    await page.getByRole("button", { name: fill.save }).click();

    await page.waitForURL((url) => /^\/screenings\/[0-9a-f-]{36}$/.test(url.pathname));
    const screeningUrl = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: webUk.screeningWeb.result.title }).waitFor();
    const levels = screeningUk.screening.levels;
    await page.getByText(levels.immediate_danger, { exact: true }).first().waitFor();
    await page.getByRole("alert").filter({ hasText: webUk.screeningWeb.result.urgentTitle }).waitFor();
    // Why: the flag, and the answers that raised it, in Ukrainian.
    const flag = page
      .getByRole("listitem")
      .filter({ hasText: screeningUk.screening.flags.not_free_and_controlled_now });
    // The answers are labelled from the form version, which arrives just after the screening.
    await flag.getByText(choice("not_free", "yes_now"), { exact: true }).waitFor();
    expect(await flag.textContent()).toContain(`${text("not_free")}: ${choice("not_free", "yes_now")}`);
    expect(await flag.textContent()).toContain(`${text("controller_nearby")}: ${choice("yes_no_decline", "yes")}`);
    await page.getByText(screeningUk.screening.needs.food, { exact: true }).waitFor();
    // The saved draft is gone from the tab.
    const drafts = await page.evaluate(() =>
      Object.keys(window.sessionStorage).filter((key) => key.startsWith("safepath.intake.screening.")),
    );
    expect(drafts).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await context.close();

    // A caseworker opens a case from the screening: the intake starts filled in and links back.
    const caseworkerContext = await newContext(running, PHONE);
    const caseworker = await caseworkerContext.newPage();
    await signInToHome(caseworker, account(running.server, "caseworker"));
    await caseworker.goto(screeningUrl);
    await caseworker.getByRole("heading", { level: 1, name: webEn.screeningWeb.result.title }).waitFor();
    await caseworker.getByRole("link", { name: webEn.screeningWeb.result.openCase }).click();
    await caseworker.waitForURL((url) => url.pathname === "/cases/new" && url.searchParams.has("screening"));
    await caseworker.getByText(webEn.screeningWeb.prefill.title).waitFor();
    await expect.poll(() => caseworker.getByLabel(label(cases.fields.firstName)).inputValue()).toBe("Оксана");
    await caseworker.getByRole("button", { name: cases.intake.continueNew }).click();
    await caseworker.getByRole("heading", { level: 2, name: cases.intake.detailsTitle }).waitFor();
    expect(await caseworker.getByLabel(label(cases.fields.secondName)).inputValue()).toBe("Петренко");
    await caseworker.getByRole("button", { name: cases.intake.submit }).click();
    await caseworker.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
    const heading = caseworker.getByRole("heading", { level: 1, name: /^Case / });
    await heading.waitFor();
    const caseNumber = ((await heading.textContent()) ?? "").replace(/^Case /, "").trim();

    await caseworker.goto(screeningUrl);
    const linked = caseworker.getByRole("link", {
      name: webEn.screeningWeb.result.linkedCase.replace("{{number}}", caseNumber),
    });
    await linked.waitFor();
    expect(await caseworker.getByRole("link", { name: webEn.screeningWeb.result.openCase }).count()).toBe(0);
    await caseworkerContext.close();
  }, 240_000);
});
