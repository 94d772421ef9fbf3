import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import htcds from "../src/shared/i18n/locales/htcds/en.json" with { type: "json" };
import referrals from "../src/shared/i18n/locales/referrals/en.json" with { type: "json" };
import webEn from "../src/shared/i18n/locales/referrals-web/en.json" with { type: "json" };
import {
  axeViolations,
  type DemoAccount,
  en,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
  signOut,
} from "./helpers.js";

const web = webEn.referralsPage;
const PHONE = { width: 375, height: 740 };
/** The partner shelter of the demo data, and the service of its own that it lists in the directory. */
const SHELTER = "Harbour Shelter Association";
const SHELTER_SERVICE = "Shelter for survivors of trafficking";
const MESSAGE = "She needs a safe place for a few nights; call her after 6 pm, she speaks Ukrainian.";

function account(server: RunningServer, organisation: string | undefined, role: string): DemoAccount {
  const found = server.accounts.find((a) => a.organisation === organisation && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in ${organisation}`);
  return found;
}

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

interface CaseWithPeople {
  id: string;
  identifyingErased: boolean;
  people: { role: string; consents: { current: Record<string, { decision: string }> } | null }[];
}

/** A case of the caseworker's whose victim consented to sharing for referrals (the demo data has several). */
async function caseWithSharingConsent(page: Page): Promise<string> {
  const list = await apiGet<{ items: { id: string }[] }>(page, "/api/cases?limit=50");
  for (const summary of list.items) {
    const item = await apiGet<CaseWithPeople>(page, `/api/cases/${summary.id}`);
    const victim = item.people.find((p) => p.role === "victim");
    if (!item.identifyingErased && victim?.consents?.current.referral_sharing?.decision === "given") return item.id;
  }
  throw new Error("none of the caseworker's demo cases has a victim who consented to referral sharing");
}

/** A case whose victim refused or withdrew consent to sharing for referrals (the demo data has both). */
async function caseWithoutSharingConsent(page: Page): Promise<string> {
  const list = await apiGet<{ items: { id: string }[] }>(page, "/api/cases?limit=200");
  for (const summary of list.items) {
    const item = await apiGet<CaseWithPeople>(page, `/api/cases/${summary.id}`);
    const decision = item.people.find((p) => p.role === "victim")?.consents?.current.referral_sharing?.decision;
    if (!item.identifyingErased && (decision === "refused" || decision === "withdrawn")) return item.id;
  }
  throw new Error("no demo case of the organisation has a victim who refused or withdrew referral sharing");
}

/** Usable on the screen it is on: nothing serious for axe-core, and no sideways scrolling. */
async function expectUsable(page: Page, width: number): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(width);
}

/** Waits until the open dialog has faded in: half-transparent text would fail the contrast check. */
async function dialogShown(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expect
    .poll(() =>
      dialog.evaluate((element) => {
        let node: Element | null = element;
        let opacity = 1;
        while (node) {
          opacity *= Number(getComputedStyle(node).opacity);
          node = node.parentElement;
        }
        return opacity;
      }),
    )
    .toBe(1);
}

describe("referrals", () => {
  const running = serverAndBrowser();

  it("a caseworker refers to the partner shelter sharing the minimum; the shelter accepts and completes; the case records the assistance", async () => {
    const first = running.server.accounts[0]?.organisation;
    const caseworker = account(running.server, first, "caseworker");
    const partner = account(running.server, SHELTER, "partner_caseworker");

    // The sender, at a desk.
    const page = await (await newContext(running, { bypassCSP: true })).newPage();
    await signInToHome(page, caseworker);
    const services = await apiGet<{ items: { name: string; memberOrganisationId: string | null }[] }>(
      page,
      `/api/directory/services?q=${encodeURIComponent(SHELTER_SERVICE)}`,
    );
    if (!services.items.some((s) => s.name === SHELTER_SERVICE && s.memberOrganisationId !== null))
      throw new Error(`the demo directory lists no "${SHELTER_SERVICE}" of ${SHELTER} inside the deployment`);
    const caseId = await caseWithSharingConsent(page);

    await page.goto(`/cases/${caseId}?tab=referrals`);
    const tab = page.getByRole("tabpanel", { name: web.caseTab.title });
    await tab.getByRole("heading", { level: 2, name: web.caseTab.title }).waitFor();
    await tab.getByText(web.caseTab.empty).waitFor();
    await tab.getByRole("button", { name: web.caseTab.refer }).click();
    await tab.getByRole("heading", { level: 2, name: web.refer.title }).waitFor();
    // The suggestions are asked for as the form opens; wait for their answer before checking the page.
    await tab
      .getByRole("region", { name: web.refer.suggested })
      .getByLabel(en.app.loading)
      .waitFor({ state: "detached" });

    await tab.getByLabel(web.refer.searchWords).fill("survivors");
    const results = tab.getByRole("list", { name: web.refer.results });
    await results.getByRole("checkbox", { name: `${SHELTER_SERVICE} — ${SHELTER}` }).check();
    await tab.getByText(web.refer.chosenCount_one.replace("{{count}}", "1").replace("{{max}}", "10")).waitFor();
    await tab.getByLabel(label(web.refer.urgency)).selectOption("high");
    await tab.getByLabel(web.refer.message).fill(MESSAGE);
    // The minimum is ticked, and nothing more: not the address, not the documents.
    for (const field of ["name", "phones", "languages", "sex", "birthYear"] as const)
      expect(
        await tab.getByRole("checkbox", { name: new RegExp(`^${referrals.referrals.field[field]}`) }).isChecked(),
      ).toBe(true);
    for (const field of ["address", "identityDocuments", "birthDate"] as const)
      expect(
        await tab.getByRole("checkbox", { name: new RegExp(`^${referrals.referrals.field[field]}`) }).isChecked(),
      ).toBe(false);
    await expectUsable(page, 1280);
    await tab.getByRole("button", { name: web.refer.send_one }).click();

    await tab.getByRole("status").getByText(web.caseTab.sent_one).waitFor();
    const card = tab.getByRole("list", { name: web.caseTab.title }).getByRole("listitem");
    await expect.poll(() => card.count()).toBe(1);
    await card.getByText(referrals.referrals.status.sent, { exact: true }).waitFor();
    const href = (await card.getByRole("link", { name: SHELTER_SERVICE }).getAttribute("href")) ?? "";
    const referralId = /^\/referrals\/([0-9a-f-]{36})$/.exec(href)?.[1];
    if (!referralId) throw new Error(`the case's referral links to "${href}", not to /referrals/<id>`);
    await card.getByRole("link", { name: SHELTER_SERVICE }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral / }).waitFor();
    await page.getByText(MESSAGE).waitFor();
    await expectUsable(page, 1280);
    await signOut(page);

    // The receiver, on a phone: finds it in the queue, accepts, opens its own case, completes.
    await page.setViewportSize(PHONE);
    await signInToHome(page, partner);
    await page.getByRole("button", { name: en.app.openNavigation }).click();
    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.incomingReferrals }).click();
    await page.getByRole("heading", { level: 1, name: web.incoming.title }).waitFor();
    const incoming = page.locator(`a[href="/referrals/incoming/${referralId}"]`);
    await incoming.waitFor();
    await expectUsable(page, PHONE.width);
    await incoming.click();

    await page.getByRole("heading", { level: 1, name: /^Referral / }).waitFor();
    const shared = page.getByRole("region", { name: web.detail.shared });
    await shared.getByText(web.detail.identifyingField.replace("{{field}}", referrals.referrals.field.name)).waitFor();
    await shared.getByText(MESSAGE).waitFor();
    expect(await shared.getByText(referrals.referrals.field.address).count()).toBe(0);
    expect(await shared.getByText(referrals.referrals.field.birthDate, { exact: false }).count()).toBe(0);
    await expectUsable(page, PHONE.width);

    // A second tab of the same receiver, read before the first one accepts: its answer comes too late.
    const stale = await page.context().newPage();
    await stale.goto(`/referrals/incoming/${referralId}`);
    await stale.getByRole("button", { name: web.actions.acknowledge }).waitFor();

    await page.getByRole("button", { name: web.actions.accept }).click();
    await page.getByRole("button", { name: web.actions.complete }).waitFor();
    await stale.getByRole("button", { name: web.actions.acknowledge }).click();
    await stale.getByRole("alert").getByText(web.conflict.title).waitFor();
    // Refreshed: the stale tab now offers what an accepted referral allows.
    await stale.getByRole("button", { name: web.actions.complete }).waitFor();
    expect(await stale.getByRole("button", { name: web.actions.acknowledge }).count()).toBe(0);
    await stale.close();

    await page.getByRole("button", { name: web.actions.openCase }).click();
    await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { level: 1, name: /^Case / }).waitFor();
    await page.goBack();
    await page.getByRole("link", { name: web.detail.openOurCase }).waitFor();

    await page.getByRole("button", { name: web.actions.complete }).click();
    await dialogShown(page);
    const dialog = page.getByRole("dialog", { name: web.actions.completeTitle });
    await dialog.getByLabel(label(web.provided.type)).selectOption("ShelterAndAccommodation");
    await dialog.getByLabel(web.provided.quantity).fill("3");
    await dialog.getByLabel(web.provided.unit).selectOption("night");
    await expectUsable(page, PHONE.width);
    await dialog.getByRole("button", { name: web.actions.completeConfirm }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText(referrals.referrals.status.completed, { exact: true }).first().waitFor();
    await signOut(page);

    // The sender again: the referral is completed, and the case has the assistance the shelter gave.
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInToHome(page, caseworker);
    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.referrals, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: web.outgoing.title }).waitFor();
    await page.getByLabel(web.filters.status).selectOption("completed");
    await page.locator(`a[href="/referrals/${referralId}"]`).click();
    await page.getByRole("heading", { level: 1, name: /^Referral / }).waitFor();
    await page.getByText(referrals.referrals.status.completed, { exact: true }).first().waitFor();
    const provided = page.getByRole("list", { name: web.detail.provided });
    await provided.getByText(htcds.htcds.assistanceType.ShelterAndAccommodation, { exact: false }).waitFor();

    await page.goto(`/cases/${caseId}?tab=assistance`);
    await page.getByRole("heading", { level: 2, name: cases.casePage.assistance.title }).waitFor();
    const row = page.getByRole("row").filter({ hasText: SHELTER });
    await row.getByText(htcds.htcds.assistanceType.ShelterAndAccommodation).waitFor();
    expect(await row.count()).toBe(1);
    await page.context().close();
  });

  it("without the person's consent nothing is sent; a supervisor refers anyway in an emergency, giving the reason", async () => {
    const supervisor = account(running.server, running.server.accounts[0]?.organisation, "supervisor");
    const page = await (await newContext(running, { ...PHONE, bypassCSP: true })).newPage();
    await signInToHome(page, supervisor);
    const caseId = await caseWithoutSharingConsent(page);
    await page.goto(`/cases/${caseId}?tab=referrals`);
    const tab = page.getByRole("tabpanel", { name: web.caseTab.title });
    await tab.getByRole("button", { name: web.caseTab.refer }).click();
    await tab.getByRole("heading", { level: 2, name: web.refer.title }).waitFor();
    await tab.getByLabel(web.refer.searchWords).fill("survivors");
    await tab
      .getByRole("list", { name: web.refer.results })
      .getByRole("checkbox", { name: `${SHELTER_SERVICE} — ${SHELTER}` })
      .check();
    await tab.getByLabel(label(web.refer.urgency)).selectOption("emergency");
    await tab.getByRole("button", { name: web.refer.send_one }).click();

    const refusal = tab.getByRole("alert").filter({ hasText: web.consent.title });
    await refusal.waitFor();
    await expectUsable(page, PHONE.width);
    expect(await tab.getByText(web.caseTab.empty).isVisible()).toBe(true);
    await refusal.getByRole("button", { name: web.consent.override }).click();
    await refusal.getByText(web.consent.tooShort.replace("{{min}}", "10")).waitFor();
    await refusal
      .getByLabel(web.consent.overrideReason)
      .fill("She is in danger tonight and asks for a shelter herself.");
    await refusal.getByRole("button", { name: web.consent.override }).click();
    await tab.getByRole("status").getByText(web.caseTab.sent_one).waitFor();

    await tab.getByRole("link", { name: SHELTER_SERVICE }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral / }).waitFor();
    await page.getByText(/She is in danger tonight and asks for a shelter herself\.$/).waitFor();
    await page.context().close();
  });
});
