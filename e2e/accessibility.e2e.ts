import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, en, newContext, orgAdmin, serverAndBrowser, signInToHome } from "./helpers.js";

describe("accessibility (axe-core, serious and critical)", () => {
  const running = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await (await newContext(running, { bypassCSP: true })).newPage();
  });

  it("sign-in page", async () => {
    await page.goto("/sign-in");
    await page.getByRole("heading", { level: 1, name: en.signIn.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("home page", async () => {
    await signInToHome(page, orgAdmin(running.server));
    await page.getByRole("heading", { level: 2, name: en.home.whatYouCanDo }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("users page", async () => {
    await page.getByRole("navigation").getByRole("link", { name: en.nav.users }).click();
    await page.getByRole("heading", { level: 1, name: en.users.title }).waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("audit page", async () => {
    await page.getByRole("navigation").getByRole("link", { name: en.nav.audit }).click();
    await page.getByRole("heading", { level: 1, name: en.audit.title }).waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
