import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import htcds from "../src/shared/i18n/locales/htcds/en.json" with { type: "json" };
import {
  type DemoAccount,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
  signOut,
} from "./helpers.js";

const vocab = htcds.htcds;
const people = cases.casePeople;
const PHONE = { width: 375, height: 812 };

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

interface Created {
  id: string;
  caseNumber: string;
  personId: string;
}

/** Opens a case through the API as the signed-in user: the journey is about what happens after intake. */
async function openCase(page: Page, firstName: string, secondName: string): Promise<Created> {
  const session = await page.request.get("/api/auth/session");
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post("/api/cases", {
    headers: { "X-CSRF-Token": csrfToken },
    data: { person: { identity: { firstName, secondName }, birthYear: 1988 } },
  });
  if (response.status() !== 201) throw new Error(`POST /api/cases answered ${response.status()}`);
  return (await response.json()) as Created;
}

async function primaryPersonOf(page: Page, caseId: string): Promise<string | null> {
  const response = await page.request.get(`/api/cases/${caseId}`);
  if (!response.ok())
    throw new Error(`GET /api/cases/${caseId} answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { personId: string | null }).personId;
}

/** The person a case number leads to, through the search (the text goes in the body). */
async function personOfCaseNumber(page: Page, caseNumber: string): Promise<string | undefined> {
  const session = await page.request.get("/api/auth/session");
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post("/api/people/search", {
    headers: { "X-CSRF-Token": csrfToken },
    data: { query: caseNumber },
  });
  return ((await response.json()) as { items: { personId: string }[] }).items[0]?.personId;
}

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ""));
}

describe("people in a case", () => {
  const running = serverAndBrowser();

  it("on a phone, a supervisor adds a family member and a perpetrator, merges a duplicate and undoes it, then erases on request", async () => {
    const context = await newContext(running, PHONE);
    const page = await context.newPage();
    await signInToHome(page, account(running.server, "supervisor"));
    const kept = await openCase(page, "Halyna", "Bondarenko");
    const duplicate = await openCase(page, "Galyna", "Bondarenko");

    await page.goto(`/cases/${kept.id}`);
    await page.getByRole("heading", { level: 1, name: `Case ${kept.caseNumber}` }).waitFor();
    const tab = page.getByRole("tabpanel", { name: cases.casePage.tabs.person });
    await tab.getByText(people.none).waitFor();

    // A brother, registered on the spot.
    await tab.getByRole("button", { name: people.add }).click();
    const adding = tab.getByRole("region", { name: people.add });
    await adding.getByLabel(label(cases.fields.firstName)).fill("Petro");
    await adding.getByLabel(label(cases.fields.secondName)).fill("Bondarenko");
    await adding.getByLabel(label(cases.fields.relationship)).fill("brother");
    await adding.getByRole("button", { name: people.addSubmit }).click();
    await tab.getByText(people.added).waitFor();
    const brother = tab.getByRole("article", { name: "Petro Bondarenko" });
    await brother.getByText(vocab.personRoleInCase.family_member, { exact: true }).waitFor();
    await brother.getByText("brother", { exact: true }).waitFor();

    // The employer who exploited her, with the HTCDS perpetrator role.
    await tab.getByRole("button", { name: people.add }).click();
    await adding.getByRole("radio", { name: vocab.personRoleInCase.perpetrator }).check();
    await adding.getByLabel(label(cases.fields.firstName)).fill("Viktor");
    await adding.getByLabel(label(cases.fields.secondName)).fill("Melnyk");
    await adding.getByLabel(label(cases.fields.relationship)).fill("employer");
    await adding.getByLabel(label(cases.fields.perpetratorRoles)).fill(vocab.perpetratorRole.Exploiter);
    await page.getByRole("option", { name: vocab.perpetratorRole.Exploiter, exact: true }).click();
    await adding.getByLabel(label(cases.fields.roleDetails)).fill("Ran the greenhouse and kept the passports.");
    await adding.getByRole("button", { name: people.addSubmit }).click();
    const employer = tab.getByRole("article", { name: "Viktor Melnyk" });
    await employer.getByText(vocab.personRoleInCase.perpetrator, { exact: true }).waitFor();
    await employer.getByText(vocab.perpetratorRole.Exploiter, { exact: true }).waitFor();
    await employer.getByText("Ran the greenhouse and kept the passports.").waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // "Galyna" was registered twice: merge her other record into this one.
    await tab.getByRole("button", { name: people.merge.button }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(label(people.search.label)).fill(duplicate.caseNumber);
    await dialog.getByRole("button", { name: fill(people.search.chooseNamed, { name: "Galyna Bondarenko" }) }).click();
    await dialog
      .getByText(fill(people.merge.confirm, { merged: "Galyna Bondarenko", kept: "Halyna Bondarenko" }))
      .waitFor();
    await dialog.getByRole("button", { name: people.merge.submit }).click();
    await dialog.waitFor({ state: "detached" });
    const merged = tab.getByRole("status").filter({ hasText: people.merge.doneTitle });
    await merged.waitFor();
    expect(await merged.locator("code").textContent()).toMatch(/^[0-9a-f-]{36}$/);
    // The duplicate's case now belongs to the record kept.
    expect(await personOfCaseNumber(page, duplicate.caseNumber)).toBe(kept.personId);

    await merged.getByRole("button", { name: people.merge.undo }).click();
    await tab.getByText(fill(people.merge.undone_one, { count: 1 })).waitFor();
    expect(await primaryPersonOf(page, duplicate.id)).toBe(duplicate.personId);

    // She asks for her data to be erased: the dialog says what is lost, and a reason is required.
    await tab.getByRole("button", { name: fill(people.erase.buttonNamed, { name: "Halyna Bondarenko" }) }).click();
    const erase = page.getByRole("dialog", { name: fill(people.erase.title, { name: "Halyna Bondarenko" }) });
    await erase.getByText(people.erase.noUndo).waitFor();
    await erase.getByText(people.erase.kept).waitFor();
    await erase.getByRole("button", { name: people.erase.submit }).click();
    await erase.getByText(people.erase.reasonRequired).waitFor();
    await erase.getByLabel(label(people.erase.reason)).fill("She asked for her data to be erased.");
    await erase.getByRole("button", { name: people.erase.submit }).click();
    await erase.waitFor({ state: "detached" });
    await page.getByText(cases.casePage.erasedTitle).waitFor();
    await tab.getByText(fill(people.erase.doneCases_one, { count: 1 })).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(`Case ${kept.caseNumber}`);
    expect(await page.getByText("Halyna Bondarenko").count()).toBe(0);
    // The merge and erase buttons are gone with the identity.
    expect(await tab.getByRole("button", { name: people.merge.button }).count()).toBe(0);
    await context.close();
  }, 240_000);

  it("signing out leaves no intake draft behind in the tab", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    const caseworker = account(running.server, "caseworker");
    await signInToHome(page, caseworker);
    await page.goto("/cases/new");
    await page.getByLabel(label(cases.fields.firstName)).fill("Zlatoslava");
    const drafts = () =>
      page.evaluate(() =>
        Object.keys(window.sessionStorage)
          .filter((key) => key.startsWith("safepath.intake."))
          .map((key) => window.sessionStorage.getItem(key) ?? ""),
      );
    await expect.poll(async () => (await drafts()).some((draft) => draft.includes("Zlatoslava"))).toBe(true);

    await signOut(page);
    expect(await drafts()).toEqual([]);
    await signInToHome(page, caseworker);
    await page.goto("/cases/new");
    await page.getByRole("heading", { level: 1, name: cases.intake.title }).waitFor();
    expect(await page.getByLabel(label(cases.fields.firstName)).inputValue()).toBe("");
    expect(await page.getByText(cases.intake.restoredTitle).count()).toBe(0);
    await context.close();
  }, 120_000);
});
