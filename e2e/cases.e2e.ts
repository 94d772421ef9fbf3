import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import assistance from "../src/shared/i18n/locales/assistance/en.json" with { type: "json" };
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import htcds from "../src/shared/i18n/locales/htcds/en.json" with { type: "json" };
import {
  type DemoAccount,
  en,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const vocab = htcds.htcds;

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

/** Types the name into the search-first step of a new intake, as a caseworker would. */
async function startIntake(page: Page, firstName: string, secondName: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: cases.nav.cases }).click();
  await page.getByRole("heading", { level: 1, name: cases.cases.title }).waitFor();
  await page.getByRole("link", { name: cases.intake.new }).click();
  await page.getByRole("heading", { level: 1, name: cases.intake.title }).waitFor();
  await page.getByLabel(label(cases.fields.firstName)).fill(firstName);
  await page.getByLabel(label(cases.fields.secondName)).fill(secondName);
  await page.getByLabel(label(cases.fields.birthDate)).fill("1991-07-14");
}

describe("cases", () => {
  const running = serverAndBrowser();

  it("a caseworker takes in a person, records assistance and asks to close; a supervisor approves", async () => {
    const caseworkerContext = await newContext(running);
    const page = await caseworkerContext.newPage();
    await signInToHome(page, account(running.server, "caseworker"));

    // Search first: nobody with this name is registered yet.
    await startIntake(page, "Zoriana", "Kvitchenko");
    await page.getByText(cases.intake.noCandidates).waitFor();
    await page.getByRole("button", { name: cases.intake.continueNew }).click();
    await page.getByRole("heading", { level: 2, name: cases.intake.detailsTitle }).waitFor();
    // The name typed in the search is carried into the person's details.
    expect(await page.getByLabel(label(cases.fields.firstName)).inputValue()).toBe("Zoriana");
    // A reload (or a dropped connection) loses nothing typed so far.
    await page.reload();
    await page.getByText(cases.intake.restoredTitle).waitFor();
    await page.getByRole("heading", { level: 2, name: cases.intake.detailsTitle }).waitFor();
    expect(await page.getByLabel(label(cases.fields.secondName)).inputValue()).toBe("Kvitchenko");

    // Consent for assistance given at intake.
    await page
      .getByRole("radiogroup", { name: vocab.consentPurpose.assistance })
      .getByRole("radio", { name: vocab.consentDecision.given })
      .check();
    await page.getByRole("button", { name: cases.intake.submit }).click();

    await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
    const heading = page.getByRole("heading", { level: 1, name: /^Case / });
    await heading.waitFor();
    const caseNumber = ((await heading.textContent()) ?? "").replace(/^Case /, "").trim();
    expect(caseNumber).toMatch(/\S+-\d{4}-\d+/);
    const caseUrl = new URL(page.url()).pathname;
    await page
      .getByRole("tabpanel", { name: cases.casePage.tabs.person })
      .getByText("Zoriana Kvitchenko", { exact: true })
      .waitFor();

    await page.getByRole("tab", { name: cases.casePage.tabs.consent }).click();
    const assistanceRow = page.getByRole("row", { name: new RegExp(`^${vocab.consentPurpose.assistance}`) }).first();
    await assistanceRow.getByText(vocab.consentDecision.given, { exact: true }).waitFor();

    // A second intake spelt in Cyrillic finds the same person, with the case number just opened.
    await startIntake(page, "Зоряна", "Квітченко");
    const candidate = page.getByRole("article", { name: "Zoriana Kvitchenko" });
    await candidate.waitFor();
    expect(await candidate.textContent()).toContain(cases.intake.reasons.same_name);
    expect(await candidate.textContent()).toContain(caseNumber);
    await page.getByRole("button", { name: cases.intake.discard }).click();
    await page.getByRole("dialog").getByRole("button", { name: cases.intake.discard }).click();
    expect(await page.getByLabel(label(cases.fields.firstName)).inputValue()).toBe("");

    // Back on the case: record assistance that was provided today by the caseworker's own organisation.
    await page.goto(caseUrl);
    await page.getByRole("tab", { name: cases.casePage.tabs.assistance }).click();
    await page.getByRole("button", { name: cases.casePage.assistance.add }).click();
    const form = page.getByRole("form", { name: cases.casePage.assistance.add });
    await form.getByLabel(label(assistance.fields.assistanceType)).fill(vocab.assistanceType.Food);
    await page.getByRole("option", { name: vocab.assistanceType.Food, exact: true }).click();
    await form.getByRole("button", { name: cases.casePage.assistance.add }).click();
    await form.waitFor({ state: "detached" });
    const record = page.getByRole("row", { name: new RegExp(`^${vocab.assistanceType.Food}`) });
    await record.getByText(vocab.assistanceStatus.provided, { exact: true }).waitFor();

    // Ask for the case to be closed.
    await page.getByRole("button", { name: cases.casePage.workflow.requestClosure }).click();
    const ask = page.getByRole("dialog");
    await ask.getByLabel(label(cases.casePage.workflow.closureReason)).fill("Returned home safely with her family.");
    await ask.getByRole("button", { name: cases.casePage.workflow.requestClosure }).click();
    await ask.waitFor({ state: "detached" });
    await page.getByText(vocab.caseStage.closure_requested, { exact: true }).first().waitFor();

    // A supervisor, signed in elsewhere, approves the closure from the queue.
    const supervisorContext = await newContext(running);
    const supervisorPage = await supervisorContext.newPage();
    await signInToHome(supervisorPage, account(running.server, "supervisor"));
    await supervisorPage.getByRole("navigation").getByRole("link", { name: cases.nav.approvals }).click();
    await supervisorPage.getByRole("heading", { level: 1, name: cases.approvals.title }).waitFor();
    await supervisorPage
      .getByRole("button", { name: cases.approvals.approveNamed.replace("{{number}}", caseNumber) })
      .click();
    await supervisorPage.getByText(cases.approvals.approved.replace("{{number}}", caseNumber)).waitFor();

    await supervisorPage.goto(caseUrl);
    await supervisorPage.getByRole("heading", { level: 1, name: `Case ${caseNumber}` }).waitFor();
    await supervisorPage.getByText(vocab.caseStage.closed, { exact: true }).first().waitFor();
    // And the caseworker sees it closed too.
    await page.reload();
    await page.getByText(vocab.caseStage.closed, { exact: true }).first().waitFor();
    expect(await page.getByRole("button", { name: cases.casePage.workflow.reopen }).isVisible()).toBe(true);
    expect(await page.getByText(en.common.notAllowedTitle).count()).toBe(0);

    await supervisorContext.close();
    await caseworkerContext.close();
  }, 240_000);
});
