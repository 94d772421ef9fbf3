import { describe, expect, it } from "vitest";
import figuresEn from "../src/shared/i18n/locales/hotline-figures/en.json" with { type: "json" };
import {
  axeViolations,
  type DemoAccount,
  en,
  newContext,
  orgAdmin,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const PHONE = { width: 375, height: 740 };
const text = figuresEn.hotlineFigures;

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

describe("helpline figures", () => {
  const running = serverAndBrowser();

  it("shows the M&E officer the helpline's figures on a phone, withheld cells in words", async () => {
    const context = await newContext(running, { ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    await signInToHome(page, account(running.server, "me_officer"));
    await page.goto("/hotline/figures?from=2020-01-01&to=2099-12-31");
    await page.getByRole("heading", { level: 1, name: text.title }).waitFor();
    await page.getByRole("heading", { level: 2, name: text.breakdowns.byChannel }).waitFor();
    for (const name of [text.breakdowns.byHour, text.breakdowns.byWeekday, text.breakdowns.byTopic]) {
      expect(await page.getByRole("heading", { level: 2, name }).count()).toBe(1);
    }
    // The demo contacts leave some hours with one to four contacts: those read in words, not as a number.
    expect(await page.getByText(text.withheld.replace("{{threshold}}", "5")).count()).toBeGreaterThan(0);
    // The page fits the phone's width: nothing to scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("lets the organisation administrator choose the hotline's time zone", async () => {
    const context = await newContext(running);
    const page = await context.newPage();
    await signInToHome(page, orgAdmin(running.server));
    const own = await page.evaluate(async () => (await fetch("/api/organisations")).json());
    const organisation = own.items[0] as { id: string; timeZone: string };
    await page.goto(`/admin/organisations/${organisation.id}`);
    const zone = page.getByRole("textbox", { name: figuresEn.fields.timeZone });
    expect(await zone.inputValue()).toMatch(new RegExp(organisation.timeZone.replace("/", "\\/")));
    await zone.fill("Chisinau");
    await page.getByRole("option", { name: /Europe\/Chisinau/ }).click();
    await page.getByRole("button", { name: en.common.save }).click();
    await page.getByText(en.common.saved).waitFor();
    const organisations = await page.evaluate(async () => (await fetch("/api/organisations")).json());
    expect(organisations.items.map((o: { timeZone: string }) => o.timeZone)).toContain("Europe/Chisinau");
    await context.close();
  });
});
