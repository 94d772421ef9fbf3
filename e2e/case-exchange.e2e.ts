import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import exchangeEn from "../src/shared/i18n/locales/case-exchange-web/en.json" with { type: "json" };
import casesEn from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import {
  axeViolations,
  type DemoAccount,
  en,
  label,
  newContext,
  type RunningServer,
  serverAndBrowser,
  signInToHome,
} from "./helpers.js";

const importText = exchangeEn.caseExchange.import;
const exportText = exchangeEn.caseExchange.export;

/** A name no demo person has, so that what the test finds is what it imported. */
const FIRST_NAME = "Zlatoslava";
const SURNAME = "Importenko";
/** The opening date of the imported case: the list's date filters narrow the export to it. */
const OPENED_ON = "2024-03-07";
const PHONE = { width: 375, height: 740 };

function account(server: RunningServer, role: string): DemoAccount {
  const first = server.accounts[0]?.organisation;
  const found = server.accounts.find((a) => a.organisation === first && a.roles.includes(role));
  if (!found) throw new Error(`demo-accounts.json has no ${role} in the first organisation`);
  return found;
}

/** Header row of HTCDS field names, then one person per row: row 3 has a birth date that cannot exist. */
const CSV = [
  "prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,sp_OpenedOn,sp_Consents",
  // "Male" is the HTCDS 1.0 spelling: the import keeps it as "Masculine" and says so.
  `${FIRST_NAME},${SURNAME},1994-02-11,Male,${OPENED_ON},assistance:given;data_processing:given`,
  `Bad,${SURNAME},1990-13-45,Feminine,${OPENED_ON},assistance:given`,
].join("\n");

async function openCaseList(page: Page, query = ""): Promise<void> {
  await page.goto(`/cases${query}`);
  await page.getByRole("heading", { level: 1, name: casesEn.cases.title }).waitFor();
}

describe("HTCDS case exchange", () => {
  const running = serverAndBrowser();

  it("a supervisor imports the good rows of a file and exports the filtered list; a caseworker sees neither", async () => {
    const page = await (await newContext(running, { bypassCSP: true })).newPage();
    await signInToHome(page, account(running.server, "supervisor"));
    await openCaseList(page);

    await page.getByRole("button", { name: importText.open }).click();
    const dialog = page.getByRole("dialog", { name: importText.title });
    await dialog.waitFor();
    await dialog.locator("input[type=file]").setInputFiles({
      name: "cases.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV),
    });

    // The check names the bad row and its column, and what it changed from an older HTCDS version.
    await dialog.getByRole("button", { name: importText.check }).click();
    await dialog
      .getByRole("alert")
      .filter({ hasText: /1 row has problems/ })
      .waitFor();
    const problems = dialog.getByRole("table", { name: importText.problems });
    const cells = await problems.getByRole("row").nth(1).getByRole("cell").allTextContents();
    expect(cells.slice(0, 2)).toEqual(["3", "prs_Birthdate"]);
    await dialog.getByText("Row 2, prs_Gender: Male → Masculine").waitFor();
    const importButton = dialog.getByRole("button", { name: importText.import, exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Leaving the bad row out says which rows stay behind, and lets the good one in.
    const skip = dialog.getByRole("checkbox", { name: importText.skipBadRows });
    expect(await dialog.getByText(/These rows will not be imported: 3\./).count()).toBe(1);
    await skip.check();
    await importButton.click();
    await dialog.getByText("1 case created.").waitFor();
    await dialog.getByText("Rows not imported: 3.").waitFor();
    await dialog.getByRole("button", { name: en.common.close }).last().click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("cell", { name: `${FIRST_NAME} ${SURNAME}` }).waitFor();

    // The export follows the list's filters: only cases opened on that day.
    await openCaseList(page, `?openedFrom=${OPENED_ON}&openedTo=${OPENED_ON}`);
    await page.getByRole("cell", { name: `${FIRST_NAME} ${SURNAME}` }).waitFor();
    await page.getByRole("button", { name: exportText.open }).click();
    const exportDialog = page.getByRole("dialog", { name: exportText.title });
    await exportDialog.waitFor();
    await exportDialog.getByText(exportText.scopeFiltered).waitFor();
    expect(await exportDialog.getByRole("radio", { name: exportText.formats.xlsx }).isChecked()).toBe(true);
    expect(await exportDialog.getByRole("checkbox", { name: exportText.includeIdentifying }).isChecked()).toBe(false);

    // Too short a reason: the server's words appear at the field, and nothing is downloaded.
    const reason = exportDialog.getByLabel(label(exportText.reason));
    await reason.fill("audit");
    await exportDialog.getByRole("button", { name: exportText.submit, exact: true }).click();
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);

    await reason.fill("Quarterly HTCDS report to the national referral mechanism");
    const sent = page.waitForRequest((request) => request.url().endsWith("/api/cases/export"));
    const downloaded = page.waitForEvent("download");
    await exportDialog.getByRole("button", { name: exportText.submit, exact: true }).click();
    const body = (await sent).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({
      format: "xlsx",
      includeIdentifying: false,
      openedFrom: OPENED_ON,
      openedTo: OPENED_ON,
    });
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^htcds-export-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    // An XLSX file is a zip archive: "PK" first.
    expect(Buffer.concat(chunks).subarray(0, 2).toString("latin1")).toBe("PK");
    await exportDialog.getByText(`Downloaded: ${download.suggestedFilename()}`).waitFor();

    // On a phone the extra buttons wrap rather than push the page sideways.
    await page.setViewportSize(PHONE);
    await openCaseList(page);
    await page.getByRole("button", { name: exportText.open }).waitFor();
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();

    // A caseworker may neither import nor export.
    const caseworker = await (await newContext(running)).newPage();
    await signInToHome(caseworker, account(running.server, "caseworker"));
    await openCaseList(caseworker);
    await caseworker.getByRole("link", { name: casesEn.intake.new }).waitFor();
    expect(await caseworker.getByRole("button", { name: importText.open }).count()).toBe(0);
    expect(await caseworker.getByRole("button", { name: exportText.open }).count()).toBe(0);
    await caseworker.context().close();
  });
});
