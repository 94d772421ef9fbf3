import { describe, expect, it } from "vitest";
import { en, newContext, orgAdmin, serverAndBrowser, signInToHome } from "./helpers.js";

const PHONE = { width: 360, height: 740 };

describe("on a 360 px phone", () => {
  const running = serverAndBrowser();

  it("the home page does not scroll sideways and the burger opens the navigation", async () => {
    const context = await newContext(running, PHONE);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(PHONE.width);

    await signInToHome(page, orgAdmin(running.server));
    await page.getByRole("heading", { level: 2, name: en.home.whatYouCanDo }).waitFor();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);

    const usersLink = page.getByRole("navigation", { name: en.app.mainNavigation }).getByRole("link", {
      name: en.nav.users,
    });
    expect(await usersLink.isVisible()).toBe(false);

    const burger = page.getByRole("button", { name: en.app.openNavigation });
    expect(await burger.getAttribute("aria-expanded")).toBe("false");
    await burger.click();
    expect(await page.getByRole("button", { name: en.app.closeNavigation }).getAttribute("aria-expanded")).toBe("true");
    await usersLink.waitFor({ state: "visible" });
    // The drawer slides in: wait until the link sits fully inside the screen.
    await expect
      .poll(async () => {
        const box = await usersLink.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
      })
      .toBe(true);

    await usersLink.click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await page.getByRole("heading", { level: 1, name: en.users.title }).waitFor();
    await expect.poll(() => usersLink.isVisible()).toBe(false);
    await context.close();
  });
});
