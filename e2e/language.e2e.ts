import { describe, expect, it } from "vitest";
import uk from "../src/shared/i18n/locales/uk.json" with { type: "json" };
import { en, label, newContext, orgAdmin, serverAndBrowser, sessionUser, signInToHome } from "./helpers.js";

describe("language", () => {
  const running = serverAndBrowser();

  it("switching to Ukrainian translates the app, sets <html lang> and is kept", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    await signInToHome(page, orgAdmin(running.server));
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const nav = page.getByRole("navigation", { name: en.app.mainNavigation });
    await nav.getByRole("link", { name: en.nav.users }).waitFor();

    await page.getByLabel(label(en.app.language)).selectOption("uk");

    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("uk");
    const ukNav = page.getByRole("navigation", { name: uk.app.mainNavigation });
    for (const label of [uk.nav.home, uk.nav.users, uk.nav.audit, uk.nav.account]) {
      expect(await ukNav.getByRole("link", { name: label }).isVisible()).toBe(true);
    }
    const { displayName } = await sessionUser(page);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(uk.home.greeting.replace("{{name}}", displayName));
    await page.getByRole("heading", { level: 2, name: uk.home.whatYouCanDo }).waitFor();

    // Saved in the account (PATCH /api/me) and in the browser.
    await expect.poll(async () => (await sessionUser(page)).locale).toBe("uk");
    await page.reload();
    await page.getByRole("heading", { level: 2, name: uk.home.whatYouCanDo }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.title()).toContain(uk.nav.home);

    // Before sign-in the choice comes from this browser.
    await page.getByRole("button", { name: new RegExp(`^${uk.app.userMenu.split("{{name}}")[0]}`) }).click();
    await page.getByRole("menuitem", { name: uk.nav.signOut }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByRole("heading", { level: 1, name: uk.signIn.title }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    await context.close();
  });

  it("before sign-in the choice is remembered in the browser", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("heading", { level: 1, name: en.signIn.title }).waitFor();
    await page.getByLabel(label(en.app.language)).selectOption("uk");
    await page.getByRole("heading", { level: 1, name: uk.signIn.title }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: uk.signIn.title }).waitFor();
    expect(await page.getByLabel(label(uk.fields.email)).isVisible()).toBe(true);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    await context.close();
  });
});
