import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import assistance from "../src/shared/i18n/locales/assistance/en.json" with { type: "json" };
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import htcds from "../src/shared/i18n/locales/htcds/en.json" with { type: "json" };
import records from "../src/shared/i18n/locales/records/en.json" with { type: "json" };
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

/** A label with a name filled in, e.g. "Change: {{type}}" → "Change: Food". */
function named(text: string, value: string, key = "type"): string {
  return text.replace(`{{${key}}}`, value);
}

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
    // The connection drops after the server has opened the case, before its answer arrives.
    let answersLost = 0;
    await page.route("**/api/cases", async (route) => {
      if (route.request().method() !== "POST" || answersLost > 0) return route.fallback();
      answersLost += 1;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await page.getByRole("button", { name: cases.intake.submit }).click();
    await page.getByText(en.common.networkError).waitFor();
    // Sent again, the intake is the same one: the case opened the first time, not a second case.
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
    expect(answersLost).toBe(1);
    expect(await candidate.count()).toBe(1);
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

    // A correction: it was three food parcels.
    await record
      .getByRole("button", { name: named(cases.casePage.assistance.editNamed, vocab.assistanceType.Food) })
      .click();
    const change = page.getByRole("dialog", { name: cases.casePage.assistance.edit });
    await change.getByLabel(label(assistance.fields.quantity)).fill("3");
    await change.getByLabel(label(assistance.fields.unit)).fill(vocab.assistanceUnit.kit);
    await page.getByRole("option", { name: vocab.assistanceUnit.kit, exact: true }).click();
    await change.getByRole("button", { name: en.common.save }).click();
    await change.waitFor({ state: "detached" });
    await record.getByRole("cell", { name: `3 ${vocab.assistanceUnit.kit}`, exact: true }).waitFor();

    // An event of the journey, then a detail added to it.
    await page.getByRole("tab", { name: cases.casePage.tabs.events }).click();
    await page.getByRole("button", { name: cases.casePage.events.add }).click();
    const eventForm = page.getByRole("form", { name: cases.casePage.events.add });
    await eventForm.getByLabel(label(assistance.fields.eventType)).click();
    await page.getByRole("option", { name: vocab.eventType.Recruitment, exact: true }).click();
    await eventForm.getByRole("button", { name: cases.casePage.events.add }).click();
    await eventForm.waitFor({ state: "detached" });
    await page
      .getByRole("button", { name: named(cases.casePage.events.editNamed, vocab.eventType.Recruitment) })
      .click();
    const eventChange = page.getByRole("form", { name: cases.casePage.events.edit });
    await eventChange.getByLabel(label(en.fields.city)).fill("Chernivtsi");
    await eventChange.getByRole("button", { name: en.common.save }).click();
    await eventChange.waitFor({ state: "detached" });
    await page.getByRole("tabpanel", { name: cases.casePage.tabs.events }).getByText("Chernivtsi").waitFor();

    // A follow-up task, renamed; a caseworker can give it only to herself.
    await page.getByRole("tab", { name: cases.casePage.tabs.tasks }).click();
    const taskForm = page.getByRole("form", { name: cases.casePage.tasks.add });
    await taskForm.getByLabel(label(cases.casePage.tasks.what)).fill("Call the shelter");
    await taskForm.getByRole("button", { name: cases.casePage.tasks.add }).click();
    await page.getByRole("button", { name: named(cases.tasks.editNamed, "Call the shelter", "title") }).click();
    const taskChange = page.getByRole("form", { name: cases.tasks.edit });
    await taskChange.getByLabel(label(cases.casePage.tasks.what)).fill("Call the shelter in Lviv");
    await taskChange.getByLabel(label(records.fields.assigneeUserId)).click();
    const choices = page.getByRole("listbox", { name: label(records.fields.assigneeUserId) });
    await choices.waitFor();
    expect(await choices.getByRole("option").allTextContents()).toEqual([cases.casePage.tasks.me]);
    await page.keyboard.press("Escape");
    await taskChange.getByRole("button", { name: en.common.save }).click();
    await taskChange.waitFor({ state: "detached" });
    await page.getByRole("article", { name: "Call the shelter in Lviv" }).waitFor();

    // A document for the case file, sent by the web app's one form sender.
    await page.getByRole("tab", { name: cases.casePage.tabs.attachments }).click();
    const upload = page.getByRole("form", { name: cases.casePage.attachments.upload });
    await upload.getByLabel(cases.casePage.attachments.file, { exact: true }).setInputFiles({
      name: "referral-letter.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Referred by the border post on 12 March.\n"),
    });
    await upload.getByRole("button", { name: cases.casePage.attachments.upload }).click();
    await upload.getByText(cases.casePage.attachments.uploaded).waitFor();
    await page.getByRole("link", { name: "referral-letter.txt" }).waitFor();

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

  it("an organisation administrator adds an assistance type in five languages and disables it again", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    await signInToHome(page, account(running.server, "organisation_admin"));
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.assistanceTypes }).click();
    await page.getByRole("heading", { level: 1, name: cases.assistanceTypes.title }).waitFor();
    // The built-in catalogue is listed with its translated names.
    await page.getByRole("rowheader", { name: vocab.assistanceType.SafeTransport, exact: true }).waitFor();

    await page.getByRole("button", { name: cases.assistanceTypes.add }).click();
    const dialog = page.getByRole("dialog", { name: cases.assistanceTypes.add });
    const names = {
      en: "Baby food",
      uk: "Дитяче харчування",
      ru: "Детское питание",
      pl: "Żywność dla niemowląt",
      ro: "Hrană pentru bebeluși",
    };
    for (const [lang, name] of Object.entries(names)) {
      await dialog.locator(`input[lang="${lang}"]`).fill(name);
    }
    // The code follows the English name until it is typed by hand.
    expect(await dialog.getByLabel(label(cases.assistanceTypes.code)).inputValue()).toBe("baby_food");
    await dialog.getByRole("button", { name: cases.assistanceTypes.addSubmit }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: /^Baby food/ });
    await row.getByText(en.common.active, { exact: true }).waitFor();

    await row.getByRole("button", { name: named(cases.assistanceTypes.disableNamed, "Baby food", "name") }).click();
    await row.getByText(en.common.disabled, { exact: true }).waitFor();
    await page.getByText(named(cases.assistanceTypes.disabledNotice, "Baby food", "name")).waitFor();
    await context.close();
  }, 120_000);
});
