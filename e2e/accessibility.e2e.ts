import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import activitiesWeb from "../src/shared/i18n/locales/activities-web/en.json" with { type: "json" };
import cases from "../src/shared/i18n/locales/cases/en.json" with { type: "json" };
import dashboardWeb from "../src/shared/i18n/locales/dashboard-web/en.json" with { type: "json" };
import directory from "../src/shared/i18n/locales/directory-web/en.json" with { type: "json" };
import hotline from "../src/shared/i18n/locales/hotline-web/en.json" with { type: "json" };
import packagesWeb from "../src/shared/i18n/locales/referral-packages-web/en.json" with { type: "json" };
import referralsWeb from "../src/shared/i18n/locales/referrals-web/en.json" with { type: "json" };
import screening from "../src/shared/i18n/locales/screening-web/en.json" with { type: "json" };
import sitrep from "../src/shared/i18n/locales/sitrep/en.json" with { type: "json" };
import sitrepWeb from "../src/shared/i18n/locales/sitrep-web/en.json" with { type: "json" };
import {
  axeViolations,
  en,
  label,
  newContext,
  orgAdmin,
  serverAndBrowser,
  signInToHome,
  signOut,
  userMenuName,
} from "./helpers.js";

/** Waits until the open dialog has faded in: half-transparent text would fail the contrast check. */
async function dialogShown(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expect
    .poll(() =>
      dialog.evaluate((element) => {
        let node: Element | null = element;
        let opacity = 1;
        while (node) {
          opacity *= Number(getComputedStyle(node).opacity);
          node = node.parentElement;
        }
        return opacity;
      }),
    )
    .toBe(1);
}

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

  it("assistance catalogue and the form for a new type", async () => {
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.assistanceTypes }).click();
    await page.getByRole("heading", { level: 1, name: cases.assistanceTypes.title }).waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: cases.assistanceTypes.add }).click();
    await page.getByRole("dialog", { name: cases.assistanceTypes.add }).waitFor();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("about page", async () => {
    await page.getByRole("button", { name: userMenuName() }).click();
    await page.getByRole("menuitem", { name: cases.nav.about }).click();
    await page.getByRole("heading", { level: 1, name: cases.about.title }).waitFor();
    await page.getByRole("menu").waitFor({ state: "detached" });
    await page.getByText(/^\d+\.\d+\.\d+/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("case list (as a supervisor)", async () => {
    const supervisor = running.server.accounts.find((a) => a.roles.includes("supervisor"));
    if (!supervisor) throw new Error("demo-accounts.json has no supervisor");
    await signOut(page);
    await signInToHome(page, supervisor);
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.cases }).click();
    await page.getByRole("heading", { level: 1, name: cases.cases.title }).waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("case page with its person, victim context and consent tabs", async () => {
    await page.locator("table tbody tr a").first().click();
    await page.getByRole("heading", { level: 1, name: /^Case / }).waitFor();
    await page.getByRole("tabpanel").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: cases.casePage.tabs.victim }).click();
    await page.getByRole("heading", { level: 2, name: cases.casePage.tabs.victim }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: cases.casePage.tabs.consent }).click();
    await page.getByRole("heading", { level: 2, name: cases.casePage.consent.current }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("person tab: adding a person, the same-person search and the erasure dialog", async () => {
    await page.getByRole("tab", { name: cases.casePage.tabs.person }).click();
    const tab = page.getByRole("tabpanel", { name: cases.casePage.tabs.person });
    await tab.getByRole("button", { name: cases.casePeople.add }).click();
    await tab.getByRole("region", { name: cases.casePeople.add }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tab.getByRole("radio", { name: cases.casePeople.existingPerson }).check();
    await tab.getByLabel(cases.casePeople.search.label).fill("Ko");
    await tab.getByText(/found\.$|^No one registered matches\.$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tab.getByRole("button", { name: en.common.cancel }).click();

    await tab.getByRole("button", { name: cases.casePeople.merge.button }).click();
    await page.getByRole("dialog").getByLabel(cases.casePeople.search.label).waitFor();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await tab
      .getByRole("button", { name: new RegExp(`^${cases.casePeople.erase.button}`) })
      .first()
      .click();
    await page.getByRole("dialog").getByText(cases.casePeople.erase.noUndo).waitFor();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("person tab: the full edit form", async () => {
    const tab = page.getByRole("tabpanel", { name: cases.casePage.tabs.person });
    await tab.getByRole("button", { name: cases.casePage.person.edit }).first().click();
    await tab.getByRole("group", { name: cases.fields.disability }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tab.getByRole("button", { name: en.common.cancel }).first().click();
  });

  it("new intake, both steps", async () => {
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.cases }).click();
    await page.getByRole("link", { name: cases.intake.new }).click();
    await page.getByRole("heading", { level: 1, name: cases.intake.title }).waitFor();
    await page.getByLabel(cases.fields.firstName).fill("Nadiia");
    await page.getByText(cases.intake.noCandidates).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: cases.intake.continueNew }).click();
    await page.getByRole("heading", { level: 2, name: cases.intake.detailsTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("approval queue", async () => {
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.approvals }).click();
    await page.getByRole("heading", { level: 1, name: cases.approvals.title }).waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("my tasks", async () => {
    await page.getByRole("navigation").getByRole("link", { name: cases.nav.tasks }).click();
    await page.getByRole("heading", { level: 1, name: cases.tasks.title }).waitFor();
    await page.getByText(/^\d+ tasks? shown$|^No tasks here\.$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("screenings: the list, choosing a form, filling (with problems shown) and a result", async () => {
    const web = screening.screeningWeb;
    await page.getByRole("navigation").getByRole("link", { name: screening.nav.screenings }).click();
    await page.getByRole("heading", { level: 1, name: web.list.title }).waitFor();
    await page.getByText(/^\d+ screenings? shown$|^No screenings here\.$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: web.list.new }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("dialog").getByRole("link", { name: "Rapid vulnerability and needs screening" }).click();
    await page.getByRole("heading", { level: 2, name: web.fill.locationTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.fill.next }).click();
    await page.getByRole("radio", { name: "Yes" }).first().check();
    await page.getByRole("button", { name: web.fill.next }).click();
    await page.getByRole("heading", { level: 2, name: "About you" }).waitFor();
    await page.getByRole("button", { name: web.fill.next }).click();
    await page.getByText(web.fill.pageProblems).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.fill.discard }).click();
    await page.getByRole("dialog").getByRole("button", { name: web.fill.discard }).click();

    // A saved screening in immediate danger, made through the API, for its result page.
    const { csrfToken } = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const forms = (await (await page.request.get("/api/forms")).json()) as { items: { id: string; formKey: string }[] };
    const rapid = forms.items.find((form) => form.formKey === "rapid_screening");
    const saved = await page.request.post("/api/screenings", {
      headers: { "X-CSRF-Token": csrfToken },
      data: {
        formId: rapid?.id,
        formVersion: 1,
        answers: {
          consent_record: "yes",
          gives_name: "no",
          age_known: "yes",
          age: 34,
          sex: "female",
          needs: ["food"],
          not_free: "yes_now",
          controller_nearby: "yes",
          consent_refer: "yes",
        },
      },
    });
    expect(saved.status()).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    await page.goto(`/screenings/${id}`);
    await page.getByRole("heading", { level: 2, name: web.result.answers }).waitFor();
    await page.getByRole("button", { name: web.result.overrideOpen }).click();
    await page.getByRole("button", { name: web.result.overrideSave }).waitFor({ state: "visible" });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: web.result.openCase }).click();
    await page.getByText(web.prefill.title).waitFor();
    await page.getByRole("heading", { level: 2, name: cases.intake.searchTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: cases.intake.discard }).click();
    await page.getByRole("dialog").getByRole("button", { name: cases.intake.discard }).click();
  });

  it("screening form library", async () => {
    await page.getByRole("navigation").getByRole("link", { name: screening.nav.forms }).click();
    await page.getByRole("heading", { level: 1, name: screening.formLibrary.title }).waitFor();
    await page.getByRole("list", { name: screening.formLibrary.listLabel }).getByRole("listitem").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("screening figures", async () => {
    await page.getByRole("navigation").getByRole("link", { name: screening.nav.screeningFigures }).click();
    await page.getByRole("heading", { level: 1, name: screening.screeningWeb.figures.title }).waitFor();
    await page.getByRole("heading", { level: 2, name: screening.screeningWeb.figures.byLevel }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("hotline: the home, a contact with the repeat-caller panel, and the escalation dialog", async () => {
    const web = hotline.hotlineWeb;
    await page.getByRole("navigation").getByRole("link", { name: hotline.nav.hotline }).click();
    await page.getByRole("heading", { level: 1, name: web.home.title }).waitFor();
    await page.getByRole("region", { name: web.home.recent }).getByRole("listitem").first().waitFor();
    await page.getByRole("region", { name: web.followUps.title }).getByRole("listitem").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: web.home.newContact }).click();
    await page.getByRole("heading", { level: 1, name: web.contact.title }).waitFor();
    await page.getByLabel(web.contact.callerNumber).fill("+380 67 000 88 15");
    await page.getByRole("button", { name: web.repeat.lookUp }).click();
    await page.getByText(/^(\d+|No) earlier contacts? from /).waitFor();
    await page.keyboard.press("Alt+1");
    await page.getByText(web.save.saved).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Report of exploitation" }).click();
    await dialogShown(page);
    await page.getByRole("dialog").getByRole("radio", { name: web.escalation.consentYes }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("referrals: both lists, the refer form on a case, a draft and its withdrawal dialog", async () => {
    const web = referralsWeb.referralsPage;
    const shown = /^\d+ referrals? shown$|^No referrals here\.$/;
    await page.getByRole("navigation").getByRole("link", { name: referralsWeb.nav.referrals, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: web.outgoing.title }).waitFor();
    await page.getByText(shown).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("navigation").getByRole("link", { name: referralsWeb.nav.incomingReferrals }).click();
    await page.getByRole("heading", { level: 1, name: web.incoming.title }).waitFor();
    await page.getByText(shown).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A case whose person's data is still there: only such a case can be referred.
    const list = (await (await page.request.get("/api/cases?limit=20")).json()) as { items: { id: string }[] };
    let caseId = "";
    for (const { id } of list.items) {
      const item = (await (await page.request.get(`/api/cases/${id}`)).json()) as { identifyingErased: boolean };
      if (!item.identifyingErased) {
        caseId = id;
        break;
      }
    }
    await page.goto(`/cases/${caseId}?tab=referrals`);
    const tab = page.getByRole("tabpanel", { name: web.caseTab.title });
    await tab.getByRole("button", { name: web.caseTab.refer }).click();
    await tab.getByRole("heading", { level: 2, name: web.refer.title }).waitFor();
    await tab
      .getByRole("region", { name: web.refer.suggested })
      .getByLabel(en.app.loading)
      .waitFor({ state: "detached" });
    await tab.getByLabel(web.refer.searchWords).fill("legal");
    await tab.getByRole("list", { name: web.refer.results }).getByRole("checkbox").first().check();
    expect(await axeViolations(page)).toEqual([]);

    await tab.getByRole("button", { name: web.refer.saveDraft }).click();
    await tab.getByRole("status").getByText(web.caseTab.drafted_one).waitFor();
    await tab.getByRole("list", { name: web.caseTab.title }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 2, name: web.actions.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.actions.withdraw }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("referral packages: the section of a referral outside Safepath, the make-package dialog with a problem, and its link", async () => {
    const web = packagesWeb.packagesPage;
    const { csrfToken } = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const post = (url: string, data: unknown) =>
      page.request.post(url, { headers: { "X-CSRF-Token": csrfToken }, data });
    // A provider with no member organisation: its referrals travel as packages.
    const provider = (await (
      await post("/api/directory/providers", { name: "Axe Outside Shelter", kind: "NGO" })
    ).json()) as {
      id: string;
    };
    const service = (await (
      await post("/api/directory/services", {
        providerId: provider.id,
        name: "Axe outside shelter",
        serviceType: "Mhpss",
      })
    ).json()) as { id: string };
    // The first case whose person agreed to sharing takes the referral.
    const cases = (await (await page.request.get("/api/cases?limit=20")).json()) as { items: { id: string }[] };
    let referralId = "";
    for (const { id } of cases.items) {
      const response = await post("/api/referrals", {
        caseId: id,
        serviceIds: [service.id],
        urgency: "normal",
        reason: "AdditionalServicesRequired",
      });
      if (response.status() === 201) {
        referralId = ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? "";
        break;
      }
    }
    expect(referralId).not.toBe("");

    await page.goto(`/referrals/${referralId}`);
    await page.getByRole("heading", { level: 2, name: web.section.title }).waitFor();
    await page.getByText(web.section.empty).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: web.section.make }).click();
    await dialogShown(page);
    const dialog = page.getByRole("dialog");
    const password = dialog.locator('input[type="password"]');
    await password.fill("too short");
    await dialog.getByText(web.dialog.strength.short).waitFor();
    await dialog.getByRole("button", { name: web.dialog.submit }).click();
    await expect.poll(() => password.getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);

    await password.fill("River-7-stone-4-lamp");
    await dialog.getByText(web.dialog.strength.strong).waitFor();
    await dialog.getByRole("button", { name: web.dialog.submit }).click();
    const link = dialog.getByTestId("package-link");
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^https?:\/\/[^/]+\/api\/referral-packages\/\S+$/);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: en.common.done }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByRole("list", { name: web.section.list }).getByRole("listitem").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("service directory: the list, the map, a service with its keeper's actions, its edit form with a problem, the provider and the import dialog", async () => {
    const web = directory.directoryPage;
    // An entry the supervisor's organisation keeps, so that the keeper's actions are on its page.
    const { csrfToken } = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const post = async (url: string, data: unknown) => {
      const response = await page.request.post(url, { headers: { "X-CSRF-Token": csrfToken }, data });
      expect(response.status()).toBe(201);
      return (await response.json()) as { id: string };
    };
    const provider = await post("/api/directory/providers", { name: "Axe Check Support Centre", kind: "NGO" });
    const service = await post("/api/directory/services", {
      providerId: provider.id,
      name: "Axe check psychosocial support",
      serviceType: "Mhpss",
      city: "Chișinău",
      country: "MD",
      latitude: 47.01,
      longitude: 28.86,
      languages: ["ro", "ru", "uk"],
    });

    await page.getByRole("navigation").getByRole("link", { name: directory.nav.directory }).click();
    await page.getByRole("heading", { level: 1, name: web.title }).waitFor();
    await page.getByRole("list", { name: web.results }).getByRole("listitem").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("radiogroup", { name: web.view.label }).getByText(web.view.map, { exact: true }).click();
    await page.getByTestId("service-map").locator("canvas").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: web.import.open }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await page.goto(`/directory/services/${service.id}`);
    await page.getByRole("button", { name: web.keeper.markVerified }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A problem the server finds is shown on its field, and the field takes the focus.
    await page.getByRole("link", { name: web.keeper.edit }).click();
    const youngest = page.getByLabel(web.fields.minAge);
    await youngest.fill("200");
    await page.getByRole("button", { name: web.form.save }).click();
    await expect.poll(() => youngest.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => youngest.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/directory/providers/${provider.id}`);
    await page.getByRole("heading", { level: 2, name: web.provider.services }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: web.provider.edit }).click();
    await page.getByRole("heading", { level: 1, name: /^Edit / }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("situation reports: the home page's key figures, the list, the new-report dialog, the editor and its versions", async () => {
    const web = sitrepWeb.sitrepWeb;
    await page.goto("/");
    const figures = page.getByRole("region", { name: dashboardWeb.dashboardWeb.title });
    await figures.getByRole("heading", { level: 3 }).first().waitFor();
    await page.getByTestId("trends-chart").locator("canvas").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("navigation").getByRole("link", { name: sitrepWeb.nav.sitreps }).click();
    await page.getByRole("heading", { level: 1, name: web.list.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.create.open }).click();
    await dialogShown(page);
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox").first().waitFor();
    await dialog.getByLabel(label(web.create.fromMonth)).fill("2022-06");
    await dialog.getByLabel(label(web.create.toMonth)).fill("2022-05");
    await dialog.getByRole("button", { name: web.create.submit }).click();
    await dialog.getByText(web.create.orderProblem).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel(label(web.create.fromMonth)).fill("2022-05");
    await dialog.getByLabel(label(web.create.toMonth)).fill("2022-06");
    await dialog.getByRole("button", { name: web.create.submit }).click();

    await page.waitForURL(/\/sitreps\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 2, name: sitrep.sitrep.sections.research.heading }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.versions.title }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("activities: the list, an activity with its return dialog, the form with problems shown, and reporting periods", async () => {
    const web = activitiesWeb.activitiesWeb;
    await page.getByRole("navigation").getByRole("link", { name: activitiesWeb.nav.activities }).click();
    await page.getByRole("heading", { level: 1, name: web.list.title }).waitFor();
    const results = page.getByRole("list", { name: web.list.results });
    await results.getByRole("listitem").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The latest activity: approved, in a month still open, so the supervisor may send it back.
    await results.getByRole("listitem").first().getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: web.actions.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.actions.return }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await page.goto("/activities/new");
    await page.getByRole("radio", { name: /^Training$/ }).check();
    await page.getByRole("button", { name: web.form.create }).click();
    await page.getByRole("alert").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("navigation").getByRole("link", { name: activitiesWeb.nav.reportingPeriods }).click();
    await page.getByRole("heading", { level: 1, name: web.periods.title }).waitFor();
    await page.getByLabel(web.periods.month).selectOption("2022-05");
    await page.getByRole("heading", { level: 3, name: web.periods.history }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("offices and the form for a new one (as the organisation administrator)", async () => {
    const web = activitiesWeb.activitiesWeb;
    await signOut(page);
    await signInToHome(page, orgAdmin(running.server));
    await page.getByRole("navigation").getByRole("link", { name: activitiesWeb.nav.offices }).click();
    await page.getByRole("heading", { level: 1, name: web.offices.title }).waitFor();
    await page.getByRole("list", { name: web.offices.listLabel }).getByRole("listitem").first().waitFor();
    await page.getByRole("heading", { level: 2, name: web.offices.teamsTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: web.offices.add }).click();
    await dialogShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });
});
