import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import vocabEn from "../src/shared/i18n/locales/directory/en.json" with { type: "json" };
import webEn from "../src/shared/i18n/locales/directory-web/en.json" with { type: "json" };
import {
  axeViolations,
  type DemoAccount,
  en,
  label,
  newContext,
  orgAdmin,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const web = webEn.directoryPage;
const PHONE = { width: 375, height: 740 };

/** A word no demo entry uses, so that what the test finds is what it added. */
const MARK = "Zoriana";
const WANTED = `${MARK} legal advice for Ukrainian and Polish speakers`;
const OTHER_LANGUAGE = `${MARK} legal advice in Russian`;
const OTHER_NEED = `${MARK} night shelter`;

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

/** A JSON request with the page's session, as the web app itself makes it. */
async function apiPost(page: Page, url: string, data: unknown): Promise<{ id: string }> {
  const { csrfToken } = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
  const response = await page.request.post(url, { headers: { "X-CSRF-Token": csrfToken }, data });
  if (response.status() !== 201) throw new Error(`POST ${url} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** Usable on the screen it is on: nothing serious for axe-core, and no sideways scrolling. */
async function expectUsable(page: Page, width: number): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(width);
}

describe("service directory", () => {
  const running = serverAndBrowser();

  it("a supervisor finds a legal service in Ukrainian, verifies it, marks it available, and sees it on the map", async () => {
    const page = await (await newContext(running, { bypassCSP: true })).newPage();
    await signInToHome(page, account(running.server, "supervisor"));

    // The organisation's provider and three services: one matching the need and the language, two not.
    const provider = await apiPost(page, "/api/directory/providers", {
      name: `${MARK} Legal Aid Point`,
      kind: "NGO",
      country: "PL",
      city: "Kraków",
      latitude: 50.06,
      longitude: 19.94,
    });
    const service = (name: string, serviceType: string, languages: string[], extra: object = {}) =>
      apiPost(page, "/api/directory/services", {
        providerId: provider.id,
        name,
        serviceType,
        languages,
        availability: "limited",
        ...extra,
      });
    const wanted = await service(WANTED, "Legal", ["uk", "pl"], {
      city: "Przemyśl",
      country: "PL",
      latitude: 49.78,
      longitude: 22.77,
      contactPhone: "+48 16 000 00 00",
      openingHours: "Mon–Fri 9:00–17:00",
    });
    await service(OTHER_LANGUAGE, "Legal", ["ru"]);
    await service(OTHER_NEED, "ShelterAndAccommodation", ["uk"]);

    await page.getByRole("navigation").getByRole("link", { name: webEn.nav.directory }).click();
    await page.getByRole("heading", { level: 1, name: web.title }).waitFor();

    // The need, chosen from the keyboard by typing part of its name; the language from a plain list; words
    // that only this test's entries hold. One change right after another: none may undo the one before.
    const need = page.getByRole("textbox", { name: web.filters.need });
    await need.fill("legal");
    await page.getByRole("option", { name: vocabEn.serviceTypes.Legal }).waitFor();
    await need.press("ArrowDown");
    await need.press("Enter");
    await need.press("Escape");
    await page.getByLabel(label(web.filters.language)).selectOption("uk");
    await page.getByLabel(label(web.search)).fill(MARK);
    // Filters live in the address, so the search survives a reload and can be shared.
    await page.waitForURL(
      (url) =>
        url.searchParams.get("need") === "Legal" &&
        url.searchParams.get("language") === "uk" &&
        url.searchParams.get("q") === MARK,
    );
    await page.reload();

    const results = page.getByRole("list", { name: web.results });
    await results.getByRole("link", { name: WANTED }).waitFor();
    // Not the Russian-speaking one, not the shelter.
    expect(await results.getByRole("heading", { level: 2 }).allTextContents()).toEqual([WANTED]);
    const card = results.getByRole("listitem").filter({ hasText: WANTED });
    expect(await card.getByText(web.card.verificationDue).isVisible()).toBe(true);
    expect(await card.getByText(web.card.neverVerified).isVisible()).toBe(true);
    expect(await card.getByRole("link", { name: "+48 16 000 00 00" }).getAttribute("href")).toBe("tel:+48160000000");
    await expectUsable(page, 1280);

    // The service, with what its keeper may do.
    await card.getByRole("link", { name: WANTED }).click();
    await page.waitForURL((url) => url.pathname === `/directory/services/${wanted.id}`);
    await page.getByRole("heading", { level: 1, name: WANTED }).waitFor();
    expect(await page.getByRole("link", { name: `${MARK} Legal Aid Point` }).isVisible()).toBe(true);
    await expectUsable(page, 1280);

    await page.getByRole("button", { name: web.keeper.markVerified }).click();
    await page.getByText(web.keeper.done.verified).waitFor();
    await page.getByText(web.card.verificationDue).waitFor({ state: "detached" });
    await page.getByText(/^Last verified on /).waitFor();

    const available = page.getByRole("button", { name: vocabEn.availability.available, exact: true });
    expect(await available.getAttribute("aria-pressed")).toBe("false");
    await available.click();
    await page.getByText(web.keeper.done.availability).waitFor();
    await expect.poll(() => available.getAttribute("aria-pressed")).toBe("true");
    await page.getByText(`Availability: ${vocabEn.availability.available}`).first().waitFor();

    // Back to the search as it was, then the map of what it found.
    await page.goBack();
    await results.getByRole("link", { name: WANTED }).waitFor();
    await page.getByRole("radiogroup", { name: web.view.label }).getByText(web.view.map, { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "map");
    const count = page.getByTestId("map-count");
    await count.waitFor();
    expect(await count.getAttribute("data-count")).toBe("1");
    const chart = page.getByRole("img", { name: /^Map with 1 service\./ });
    await chart.waitFor();
    await chart.locator("canvas").first().waitFor();
    expect(await chart.locator("canvas").count()).toBeGreaterThan(0);
    await expectUsable(page, 1280);

    // The same on a phone: the map drawn, the list readable without scrolling sideways.
    await page.setViewportSize(PHONE);
    await page.getByTestId("service-map").locator("canvas").first().waitFor();
    await expectUsable(page, PHONE.width);
    await page.getByRole("button", { name: web.map.showList }).click();
    await results.getByRole("link", { name: WANTED }).click();
    await page.getByRole("heading", { level: 1, name: WANTED }).waitFor();
    await expectUsable(page, PHONE.width);
    await page.getByRole("link", { name: web.keeper.edit }).click();
    await page.getByRole("button", { name: web.form.save }).waitFor();
    await expectUsable(page, PHONE.width);
    await page.context().close();
  });

  it("an administrator imports a spreadsheet only once its check finds no bad row", async () => {
    const page = await (await newContext(running, { bypassCSP: true })).newPage();
    await signInToHome(page, orgAdmin(running.server));
    await page.goto("/directory");
    await page.getByRole("heading", { level: 1, name: web.title }).waitFor();
    await page.getByRole("button", { name: web.import.open }).click();
    const dialog = page.getByRole("dialog", { name: web.import.title });
    await dialog.waitFor();

    // Names row, HXL row, then data: the bad service type is on row 4 as the spreadsheet numbers it.
    const csv = (type: string) =>
      [
        "Provider,Provider type,Service,Service type,Country,Languages",
        "#org +name,#org +type,#service +name,#service +type,#country +code,#language +code",
        `${MARK} Import Point,NGO,${MARK} interpreting,Interpretation,PL,uk;pl`,
        `${MARK} Import Point,NGO,${MARK} cash help,${type},PL,uk`,
      ].join("\n");
    const choose = (type: string) =>
      dialog.locator("input[type=file]").setInputFiles({
        name: "directory.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv(type)),
      });

    await choose("NotAType");
    await dialog.getByRole("button", { name: web.import.check }).click();
    await dialog
      .getByRole("alert")
      .filter({ hasText: /1 row has problems/ })
      .waitFor();
    const problems = dialog.getByRole("table", { name: web.import.problems });
    const cells = await problems.getByRole("row").nth(1).getByRole("cell").allTextContents();
    expect(cells[0]).toBe("4");
    expect(cells[1]).toBe(vocabEn.directory.columns.serviceType);
    expect(await dialog.getByRole("button", { name: web.import.import, exact: true }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Fixed in the file and checked again: the import is offered, and does what the check said.
    await choose("Cash");
    await dialog.getByRole("button", { name: web.import.check }).click();
    await dialog.getByText(web.import.checkedClean).waitFor();
    expect(await dialog.getByTestId("import-counts").textContent()).toContain("Services: 2 to add");
    await dialog.getByRole("button", { name: web.import.import, exact: true }).click();
    await dialog.getByText(web.import.done).waitFor();
    expect(await dialog.getByTestId("import-counts").textContent()).toContain("Services: 2 added");
    await dialog.getByRole("button", { name: en.common.close }).last().click();
    await dialog.waitFor({ state: "detached" });

    await page.getByLabel(label(web.search)).fill(`${MARK} interpreting`);
    await page
      .getByRole("list", { name: web.results })
      .getByRole("link", { name: `${MARK} interpreting` })
      .waitFor();
    await page.context().close();
  });
});
