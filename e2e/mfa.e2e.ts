import { describe, expect, it } from "vitest";
import {
  en,
  enrolMfa,
  label,
  newContext,
  nextTotp,
  orgAdmin,
  serverAndBrowser,
  sessionUser,
  signOut,
  submitSignIn,
} from "./helpers.js";

describe("two-step sign-in", () => {
  const running = serverAndBrowser();

  it("an administrator enrols, signs out, and signs in again with a code from the app", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    const admin = orgAdmin(running.server);

    const landed = await submitSignIn(page, admin);
    expect(["/", "/account/mfa"]).toContain(landed);
    const { displayName, mfaEnabled } = await sessionUser(page);
    expect(mfaEnabled).toBe(false);

    const { secret, code, recoveryCodes } = await enrolMfa(page);
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(recoveryCodes).size).toBe(recoveryCodes.length);
    expect(await page.getByRole("button", { name: en.mfa.downloadCodes }).isVisible()).toBe(true);
    await page.getByRole("button", { name: en.mfa.savedCodes }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect((await sessionUser(page)).mfaEnabled).toBe(true);

    await signOut(page);
    await page.getByText(en.signIn.signedOut).waitFor();

    expect(await submitSignIn(page, admin)).toBe("/sign-in/code");
    await page.getByRole("heading", { level: 1, name: en.mfa.codeTitle }).waitFor();
    const input = page.getByLabel(label(en.mfa.codeLabel));
    await input.fill(await nextTotp(secret, code));
    await input.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");

    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(en.home.greeting.replace("{{name}}", displayName));
    await context.close();
  }, 120_000);

  it("a wrong code is refused with a message and the person stays on the code page", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    expect(await submitSignIn(page, orgAdmin(running.server))).toBe("/sign-in/code");
    const input = page.getByLabel(label(en.mfa.codeLabel));
    await input.fill("000000");
    await input.press("Enter");
    await page.getByRole("alert").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in/code");
    await context.close();
  });
});
