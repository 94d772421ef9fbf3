import { describe, expect, it } from "vitest";
import { en, label, newContext, orgAdmin, serverAndBrowser, signInToHome, submitSignIn } from "./helpers.js";

describe("users", () => {
  const running = serverAndBrowser();

  it("an administrator creates a user and sees the temporary password once", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    await signInToHome(page, orgAdmin(running.server));
    await page.getByRole("navigation").getByRole("link", { name: en.nav.users }).click();
    await page.getByRole("heading", { level: 1, name: en.users.title }).waitFor();

    await page.getByRole("button", { name: en.users.new }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(label(en.fields.displayName)).fill("Olena Kovalenko");
    await dialog.getByLabel(label(en.fields.email)).fill("olena.kovalenko@office.example.org");
    await dialog.getByRole("checkbox", { name: en.roles.caseworker, exact: true }).check();
    await dialog.getByRole("button", { name: en.users.create }).click();

    const secret = dialog.getByTestId("temporary-password");
    await secret.waitFor();
    const temporaryPassword = ((await secret.textContent()) ?? "").trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    expect(await dialog.textContent()).toContain(en.users.tempPasswordTitle);

    await dialog.getByRole("button", { name: en.users.tempPasswordDone }).click();
    await dialog.waitFor({ state: "hidden" });
    // Shown once: gone from the page, and the list now has the new person.
    expect(await page.getByText(temporaryPassword).count()).toBe(0);
    await page.getByRole("cell", { name: "olena.kovalenko@office.example.org" }).waitFor();

    // The new person must choose a password at first sign-in.
    const theirs = await newContext(running);
    const theirPage = await theirs.newPage();
    const landed = await submitSignIn(theirPage, {
      email: "olena.kovalenko@office.example.org",
      password: temporaryPassword,
      roles: ["caseworker"],
      organisation: "",
    });
    expect(landed).toBe("/account/password");
    await theirPage.getByRole("heading", { level: 1, name: en.account.mustChangeTitle }).waitFor();
    const chosen = "violet harbour candle quartz 91";
    await theirPage.getByLabel(label(en.fields.currentPassword)).fill(temporaryPassword);
    await theirPage.getByLabel(label(en.fields.newPassword)).fill(chosen);
    await theirPage.getByLabel(label(en.account.repeatPassword)).fill(chosen);
    await theirPage.getByLabel(label(en.account.repeatPassword)).press("Enter");
    await theirPage.waitForURL((url) => url.pathname === "/");
    await theirPage
      .getByRole("heading", { level: 1, name: en.home.greeting.replace("{{name}}", "Olena Kovalenko") })
      .waitFor();
    await theirs.close();
    await context.close();
  });
});
