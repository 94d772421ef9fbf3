import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../src/shared/activities/vocab.js";
import activitiesEn from "../src/shared/i18n/locales/activities/en.json" with { type: "json" };
import webEn from "../src/shared/i18n/locales/activities-web/en.json" with { type: "json" };
import dashboardWeb from "../src/shared/i18n/locales/dashboard-web/en.json" with { type: "json" };
import sitrep from "../src/shared/i18n/locales/sitrep/en.json" with { type: "json" };
import sitrepWeb from "../src/shared/i18n/locales/sitrep-web/en.json" with { type: "json" };
import {
  type DemoAccount,
  label,
  newContext,
  orgAdmin,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
  signOut,
} from "./helpers.js";

const web = webEn.activitiesWeb;
const vocab = activitiesEn.activities;
const report = sitrepWeb.sitrepWeb;
const OVERVIEW = "Two busy months: trainings for border guards, a new helpline leaflet and coordination in Warsaw.";
/** A word no demo activity uses, so that what the test finds is what it recorded. */
const TITLE = "Zoriana identification course for border guards";
/** The paragraph the officer writes for the report: the report and its DOCX must carry it. */
const NARRATIVE = "Twenty-five officers of the Zoriana border post practised identifying and referring people at risk.";

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

/** "{{a}} … {{b}}" with its values, as the page shows it. */
function filled(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** The organisation needs an open office to record activities in; the demo data has them, else one is added. */
async function ensureOffice(page: Page): Promise<void> {
  const offices = (await (await page.request.get("/api/offices")).json()) as { items: { retired: boolean }[] };
  if (offices.items.some((office) => !office.retired)) return;
  const { csrfToken } = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/offices", {
    headers: { "X-CSRF-Token": csrfToken },
    data: { name: "Country office — Poland", country: "PL", isMain: true },
  });
  if (response.status() !== 201) throw new Error(`POST /api/offices answered ${response.status()}`);
}

describe("activities", () => {
  const running = serverAndBrowser();

  it("an M&E officer records a training whose figures must add up and sends it; a supervisor approves it", async () => {
    const admin = await (await newContext(running)).newPage();
    await signInToHome(admin, orgAdmin(running.server));
    await ensureOffice(admin);
    await admin.context().close();

    const page = await (await newContext(running)).newPage();
    await signInToHome(page, account(running.server, "me_officer"));
    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.activities }).click();
    await page.getByRole("heading", { level: 1, name: web.list.title }).waitFor();
    await page.getByRole("link", { name: web.list.new }).click();
    await page.getByRole("heading", { level: 1, name: web.form.newTitle }).waitFor();

    // The kind first; the training's own fields follow, and the section moves to the kind's own.
    await page.getByRole("radio", { name: vocab.kinds.training, exact: true }).check();
    expect(await page.getByLabel(label(web.fields.section)).inputValue()).toBe("training");
    await page.getByLabel(label(web.fields.title)).fill(TITLE);
    await page.getByLabel(label(web.fields.narrative)).fill(NARRATIVE);
    // May 2022: the month the demo data leaves open for the main office (Poland), chosen by default.
    await page.getByLabel(label(web.fields.startsOn)).fill("2022-05-26");
    await page.getByLabel(label(web.fields.endsOn)).fill("2022-05-27");
    await page.getByRole("textbox", { name: label(web.fields.targetGroups) }).click();
    await page.getByRole("option", { name: vocab.lists.target_group.border_guards, exact: true }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel(label(web.fields.modality)).selectOption("in_person");

    // 13 women and 10 men of 25: the form says so while typing, and the server refuses it at the total.
    const total = page.getByLabel(label(web.fields.participants.total));
    await total.fill("25");
    await page.getByLabel(label(web.fields.participants.female)).fill("13");
    await page.getByLabel(label(web.fields.participants.male)).fill("10");
    await page.getByText(filled(web.check.bySex.short, { sum: 23, total: 25, difference: 2 })).waitFor();
    await page.getByRole("button", { name: web.form.create }).click();
    const refusal = filled(activitiesEn.validation.sexes_do_not_add_up, { sum: 23, total: 25 });
    await page.getByRole("alert").getByText(refusal).waitFor();
    await expect.poll(() => total.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => total.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/activities/new");

    // Fixed: 15 women. Saved as a draft, then sent for approval.
    await page.getByLabel(label(web.fields.participants.female)).fill("15");
    await page.getByText(filled(web.check.bySex.adds_up, { sum: 25, total: 25 })).waitFor();
    await page.getByRole("button", { name: web.form.create }).click();
    await page.waitForURL((url) => /^\/activities\/[0-9a-f-]{36}$/.test(url.pathname));
    const activityUrl = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByText(vocab.statuses.draft, { exact: true }).waitFor();
    await page.getByRole("button", { name: web.actions.submit }).click();
    await page.getByRole("dialog").getByRole("button", { name: web.actions.submit }).click();
    await page.getByRole("status").getByText(web.actions.done.submit).waitFor();
    await page.getByText(vocab.statuses.submitted, { exact: true }).waitFor();
    // Sent: not the officer's to change or approve any more.
    expect(await page.getByRole("link", { name: web.actions.edit }).count()).toBe(0);
    expect(await page.getByRole("button", { name: web.actions.approve }).count()).toBe(0);
    await signOut(page);

    // The supervisor approves it.
    await signInToHome(page, account(running.server, "supervisor"));
    await page.goto(activityUrl);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("button", { name: web.actions.approve }).click();
    await page.getByRole("dialog").getByRole("button", { name: web.actions.approve }).click();
    await page.getByRole("status").getByText(web.actions.done.approve).waitFor();

    // The list shows it approved, with its headline figure.
    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.activities }).click();
    await page.getByLabel(web.filters.search).fill("Zoriana");
    await page.getByLabel(web.filters.search).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "Zoriana");
    const card = page.getByRole("list", { name: web.list.results }).getByRole("listitem").filter({ hasText: TITLE });
    await card.getByText(vocab.statuses.approved, { exact: true }).waitFor();
    await card.getByText(`${vocab.headline.participants}: 25`).waitFor();
    expect(await page.getByRole("list", { name: web.list.results }).getByRole("listitem").count()).toBe(1);
  });

  it("the officer drafts the May–June 2022 report from the approved training, saves version 2 and downloads the DOCX", async () => {
    const page = await (await newContext(running)).newPage();
    await signInToHome(page, account(running.server, "me_officer"));
    await page.getByRole("navigation").getByRole("link", { name: sitrepWeb.nav.sitreps }).click();
    await page.getByRole("heading", { level: 1, name: report.list.title }).waitFor();
    await page.getByRole("button", { name: report.create.open }).click();
    const dialog = page.getByRole("dialog", { name: report.create.title });
    await dialog.getByLabel(label(report.create.fromMonth)).fill("2022-05");
    await dialog.getByLabel(label(report.create.toMonth)).fill("2022-06");
    // Every office is chosen unless the person changes it.
    const offices = dialog.getByRole("checkbox");
    await offices.first().waitFor();
    for (const office of await offices.all()) expect(await office.isChecked()).toBe(true);
    await dialog.getByRole("button", { name: report.create.submit }).click();
    await page.waitForURL(/\/sitreps\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";

    // The six sections in the report's order; the training approved above is in its section's Poland entry.
    await page.getByRole("heading", { level: 2, name: sitrep.sitrep.sections.research.heading }).waitFor();
    const headings = await page.locator("section[aria-labelledby^='sitrep-section-'] h2").allTextContents();
    expect(headings).toEqual(REPORT_SECTIONS.map((key) => sitrep.sitrep.sections[key].heading));
    const training = page.locator("section[aria-labelledby='sitrep-section-training']");
    const poland = training.getByRole("article", { name: /Poland/ });
    await poland.getByRole("link", { name: TITLE }).waitFor();
    expect(await poland.getByRole("textbox").inputValue()).toContain(NARRATIVE);

    await page.getByLabel(report.editor.overview, { exact: true }).fill(OVERVIEW);
    await page.getByText(report.save.unsaved).waitFor();
    // A reload loses nothing: the words kept in the tab are offered back.
    page.once("dialog", (question) => void question.accept());
    await page.reload();
    await page.getByRole("button", { name: report.restore.restore }).click();
    expect(await page.getByLabel(report.editor.overview, { exact: true }).inputValue()).toBe(OVERVIEW);
    await page.getByLabel(report.save.note).fill("Overview written");
    await page.getByRole("button", { name: report.save.save, exact: true }).click();
    await page.getByText(report.save.saved.replace("{{version}}", "2")).waitFor();
    const detail = (await (await page.request.get(`/api/sitreps/${id}`)).json()) as {
      currentVersion: number;
      document: { overview: string };
    };
    expect(detail.currentVersion).toBe(2);
    expect(detail.document.overview).toBe(OVERVIEW);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: report.download.docx }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const body = strFromU8(unzipSync(readFileSync(await download.path()))["word/document.xml"] ?? new Uint8Array());
    expect(body).toContain(OVERVIEW);
    expect(body).toContain(NARRATIVE);
    expect(body).toContain(sitrep.sitrep.sections.training.heading.toUpperCase());
    await page.context().close();
  });

  it("shows the M&E officer key figures and their trends on the home page", async () => {
    const page = await (await newContext(running)).newPage();
    await signInToHome(page, account(running.server, "me_officer"));
    const block = page.getByRole("region", { name: dashboardWeb.dashboardWeb.title });
    await block.getByRole("heading", { level: 3 }).first().waitFor();
    expect(await block.getByRole("heading", { level: 3 }).count()).toBeGreaterThan(0);
    expect(await block.getByLabel(dashboardWeb.dashboardWeb.since).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId("trends-chart").locator("canvas").first().waitFor();
    await page.context().close();
  });

  it("opens the list a dashboard link points to, with its filters set", async () => {
    const page = await (await newContext(running)).newPage();
    await signInToHome(page, account(running.server, "supervisor"));
    await page.goto("/activities?kind=training&from=2022-05&to=2022-05");
    await page.getByRole("heading", { level: 1, name: web.list.title }).waitFor();
    expect(await page.getByLabel(label(web.filters.kind)).inputValue()).toBe("training");
    expect(await page.getByLabel(label(web.filters.from)).inputValue()).toBe("2022-05");
    expect(await page.getByLabel(label(web.filters.to)).inputValue()).toBe("2022-05");
    const results = page.getByRole("list", { name: web.list.results });
    await results.getByRole("listitem").filter({ hasText: TITLE }).waitFor();
    const cards = await results.getByRole("listitem").count();
    expect(await results.getByRole("listitem").getByText(vocab.kinds.training, { exact: true }).count()).toBe(cards);
  });

  it("a supervisor locks an office's month once everything in it is approved, and unlocks it with a reason", async () => {
    const page = await (await newContext(running)).newPage();
    await signInToHome(page, account(running.server, "supervisor"));
    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.reportingPeriods }).click();
    await page.getByRole("heading", { level: 1, name: web.periods.title }).waitFor();
    await page.getByLabel(label(web.periods.month)).selectOption("2022-05");
    const poland = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Poland/ }) });
    await poland.getByRole("button", { name: web.periods.lock }).click();
    await page.getByRole("dialog").getByRole("button", { name: web.periods.lock }).click();
    await poland.getByText(web.list.locked, { exact: true }).waitFor();
    await poland
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${web.periods.events.locked} · `) })
      .waitFor();

    // Locked: the month's training can no longer be sent back.
    await poland.getByRole("link", { name: /^See the activities/ }).click();
    const card = page.getByRole("list", { name: web.list.results }).getByRole("listitem").filter({ hasText: TITLE });
    await card.getByText(web.list.locked, { exact: true }).waitFor();
    await card.getByRole("link", { name: TITLE }).click();
    await page.getByText(web.actions.noneLocked).waitFor();
    expect(await page.getByRole("button", { name: web.actions.return }).count()).toBe(0);

    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.reportingPeriods }).click();
    await page.getByLabel(label(web.periods.month)).selectOption("2022-05");
    await poland.getByRole("button", { name: web.periods.unlock }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(label(web.periods.unlockReason)).fill("A late training report arrived from Przemyśl.");
    await dialog.getByRole("button", { name: web.periods.unlock }).click();
    await dialog.waitFor({ state: "detached" });
    await poland.getByRole("button", { name: web.periods.lock }).waitFor();
    await poland.getByText(/A late training report arrived from Przemyśl\./).waitFor();
  });
});
