import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSISTANCE_TYPES } from "../../shared/htcds/extensions/assistance.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, send, signInOrThrow, type TestSession } from "../testing/http.js";
import { DEMO_CASES_ORGANISATION, ROMANIA_OFFICE, SHELTER } from "./demo-case-builders.js";
import { DEMO_CASELOADS, DEMO_CASES, type DemoCase, seedDemoCases } from "./demo-cases.js";
import { DEMO_ORGANISATIONS } from "./demo-organisations.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

interface Summary {
  id: string;
  caseNumber: string;
  stage: string;
  status: string;
  personId: string;
  personName: string;
  openedOn: string;
  ownerName: string | null;
}

/** The name a case list shows for a story's primary person. */
function nameOf(story: DemoCase): string {
  const identity = story.intake.person?.identity ?? {};
  return [identity.firstName, identity.middleName, identity.secondName].filter(Boolean).join(" ");
}

/** Case numbers count per opening year in the order the stories are recorded. */
function expectedNumbers(): Map<string, string> {
  const perYear = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const story of DEMO_CASES) {
    const year = (story.intake.openedOn as string).slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    numbers.set(story.key, `PL-${year}-${String(n).padStart(5, "0")}`);
  }
  return numbers;
}

const story = (key: string) => DEMO_CASES.find((s) => s.key === key) as DemoCase;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

describe.each(testDatabaseKinds())("demo cases (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let seconds = 0;
  let made = 0;
  let listed = 0;
  const byKey = new Map<string, Summary>();

  /** A caseworker of another demo organisation, signed in with the password made at seeding. */
  const sessionOf = (email: string) => {
    const account = ctx.demo.accounts.find((a) => a.email === email);
    if (!account) throw new Error(`no demo account ${email}`);
    return signInOrThrow(ctx.app, account);
  };
  const get = async (url: string, session = caseworker) => {
    const response = await send(ctx.app, { method: "GET", url, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = async (url: string, payload: unknown) => {
    const response = await send(ctx.app, { method: "POST", url, session: caseworker, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    const started = performance.now();
    made = await seedDemoCases(ctx.testApp.services);
    seconds = (performance.now() - started) / 1000;
    caseworker = await ctx.sessions.of("caseworker");
    const list = (await get("/api/cases?limit=200&sort=case_number")) as { items: Summary[] };
    listed = list.items.length;
    for (const s of DEMO_CASES) {
      const found = list.items.find((item) => item.personName === nameOf(s) && item.openedOn === s.intake.openedOn);
      if (found) byKey.set(s.key, found);
    }
  }, 120_000);
  afterAll(() => ctx.testApp.close());

  it("records every story as a case the demo caseworker sees, with the same numbers on every installation", async () => {
    expect(made).toBe(DEMO_CASELOADS.reduce((sum, caseload) => sum + caseload.stories.length, 0));
    expect(DEMO_CASES.length).toBeGreaterThanOrEqual(25);
    expect(byKey.size).toBe(DEMO_CASES.length);
    // The other organisations' cases stay with them.
    expect(listed).toBe(DEMO_CASES.length);
    const numbers = expectedNumbers();
    for (const s of DEMO_CASES) expect(byKey.get(s.key)?.caseNumber, s.key).toBe(numbers.get(s.key));
    // Seeding is part of the first start of the demo (well under a second on an idle machine); the bound
    // is loose so that a busy test machine does not fail it, but an order-of-magnitude slowdown does.
    expect(seconds).toBeLessThan(15);
  });

  it("reaches the stage each story asks for, closures approved by the supervisor", async () => {
    for (const s of DEMO_CASES) expect(byKey.get(s.key)?.stage, s.key).toBe(s.stage ?? "open");
    const stages = new Set(DEMO_CASES.map((s) => s.stage ?? "open"));
    for (const stage of [
      "open",
      "assessment",
      "support_plan",
      "assistance",
      "follow_up",
      "closure_requested",
      "closed",
    ])
      expect(stages.has(stage as never), stage).toBe(true);
    expect(byKey.get("waiting-approval")?.status).toBe("FollowUp");
    expect(byKey.get("closed-referred")?.status).toBe("ClosedReferred");
    expect(byKey.get("closed-completed")?.status).toBe("Closed");

    const closed = byKey.get("closed-completed") as Summary;
    const history = (await get(`/api/cases/${closed.id}/history`)) as {
      items: { action: string; actorName: string | null }[];
    };
    const requested = history.items.find((h) => h.action === "case.closure_requested");
    const approved = history.items.find((h) => h.action === "case.approve_closure");
    expect(requested?.actorName).toBe("Olena Kovalenko");
    expect(approved?.actorName).toBe("Marek Zielinski");
  });

  it("asks a guardian for a child's consent and keeps refused and withdrawn sharing", async () => {
    const child = await get(`/api/cases/${byKey.get("unaccompanied-boy")?.id}`);
    const boy = child.people.find((p: { role: string }) => p.role === "victim");
    expect(boy.person.vulnerabilityFlags).toContain("UnaccompaniedChild");
    expect(boy.consents.current.assistance.guardian).toEqual({ name: "Ewa Mazur", relationship: "appointed guardian" });

    const refused = await get(`/api/people/${byKey.get("sharing-refused")?.personId}/consents`);
    expect(refused.current.referral_sharing.decision).toBe("refused");
    expect(refused.current.assistance.decision).toBe("given");

    const withdrawn = await get(`/api/people/${byKey.get("sharing-withdrawn")?.personId}/consents`);
    expect(withdrawn.current.referral_sharing.decision).toBe("withdrawn");
    expect(withdrawn.history.filter((c: { purpose: string }) => c.purpose === "referral_sharing")).toHaveLength(2);
  });

  it("tells the story of a victim recruited in one country, exploited in another and assisted in a third", async () => {
    const stranded = byKey.get("stranded-third-country") as Summary;
    expect(stranded.personName).toBe("Оксана Марченко");
    const events = (await get(`/api/cases/${stranded.id}/events`)) as {
      items: { eventType: string; country: string }[];
    };
    expect(events.items.map((e) => [e.eventType, e.country])).toEqual([
      ["Recruitment", "UA"],
      ["Transit", "TR"],
      ["Exploitation", "BI"],
    ]);
    const detail = await get(`/api/cases/${stranded.id}`);
    expect(detail.incomingReferral.organisationId).toBe(ctx.demo.organisationIds["Open Door Legal Aid"]);
    expect(detail.people.map((p: { role: string }) => p.role).sort()).toEqual(["perpetrator", "victim"]);
    const assistance = (await get(`/api/cases/${stranded.id}/assistance`)) as { items: { assistanceType: string }[] };
    expect(assistance.items.map((a) => a.assistanceType)).toEqual(
      expect.arrayContaining(["SafeTransport", "ShelterAndAccommodation", "Medical", "Mhpss", "Legal", "OtherInKind"]),
    );
  });

  it("covers the assistance mix of the situation reports", async () => {
    const recorded = new Set<string>();
    for (const s of DEMO_CASES) for (const a of s.assistance ?? []) recorded.add(a.assistanceType);
    for (const type of [
      "SafeTransport",
      "ShelterAndAccommodation",
      "Medical",
      "Mhpss",
      "Legal",
      "Cash",
      "FamilyAndHousingAllowance",
      "EmploymentSupport",
      "WorkPermitFees",
      "EducationAndLanguageCourses",
      "Food",
      "Hygiene",
      "Clothing",
      "Medicines",
      "IncomeGeneratingEquipment",
    ])
      expect(recorded.has(type), type).toBe(true);
    const family = await get(`/api/cases/${byKey.get("family-allowance")?.id}/assistance`);
    expect(family.items).toHaveLength(story("family-allowance").assistance?.length ?? -1);
  });

  it("finds people in either script and offers the second record of the same woman as a duplicate", async () => {
    const found = await post("/api/people/search", { query: "Oksana Marchenko" });
    expect(found.items[0]?.caseNumbers).toEqual([byKey.get("stranded-third-country")?.caseNumber]);
    const duplicates = await post("/api/people/duplicates", {
      identity: { firstName: "Maria", secondName: "Ceban", birthDate: "2004-02-14" },
    });
    const ids = duplicates.items.map((item: { personId: string }) => item.personId);
    expect(ids).toEqual(
      expect.arrayContaining([byKey.get("forced-marriage")?.personId, byKey.get("possible-duplicate")?.personId]),
    );
  });

  it("leaves follow-up work on the caseworker's list, one task already overdue", async () => {
    const tasks = (await get("/api/tasks?scope=mine&status=open&limit=200")) as {
      items: { caseNumber: string; overdue: boolean }[];
    };
    const withTasks = DEMO_CASES.filter((s) => s.tasks?.length && s.openedBy !== "supervisor");
    expect(tasks.items.length).toBeGreaterThanOrEqual(withTasks.length);
    const overdue = tasks.items.filter((t) => t.overdue).map((t) => t.caseNumber);
    expect(overdue).toEqual([byKey.get("unaccompanied-boy")?.caseNumber]);
  });

  it("gives each of the five organisations its own caseload, named in both scripts, at the stages the stories ask", async () => {
    const names = DEMO_CASELOADS.map((caseload) => caseload.organisation);
    expect([...names].sort()).toEqual(Object.keys(ctx.demo.organisationIds).sort());
    expect(names).toHaveLength(5);
    // The first by creation (the case generator's default) is still the office with every role.
    const first = await ctx.testApp.services.database.db
      .selectFrom("organisations")
      .select("name")
      .orderBy("created_at")
      .orderBy("name")
      .executeTakeFirst();
    expect(first?.name).toBe(DEMO_CASES_ORGANISATION.name);
    for (const caseload of DEMO_CASELOADS) {
      const where = caseload.organisation;
      expect(caseload.stories.length, where).toBeGreaterThanOrEqual(4);
      expect(
        caseload.stories.some((s) => CYRILLIC.test(nameOf(s))),
        where,
      ).toBe(true);
      expect(
        caseload.stories.some((s) => LATIN.test(nameOf(s))),
        where,
      ).toBe(true);
      const session = await sessionOf(caseload.caseworker);
      const list = (await get("/api/cases?limit=200&sort=case_number", session)) as { items: Summary[] };
      expect(list.items, where).toHaveLength(caseload.stories.length);
      const country = DEMO_ORGANISATIONS.find((org) => org.name === where)?.country;
      for (const s of caseload.stories) {
        const found = list.items.find((item) => item.personName === nameOf(s) && item.openedOn === s.intake.openedOn);
        expect(found?.stage, s.key).toBe(s.stage ?? "open");
        expect(found?.caseNumber.startsWith(`${country}-${s.intake.openedOn?.slice(0, 4)}-`), s.key).toBe(true);
      }
    }
  });

  it("links a partner's case to the country office that referred it", async () => {
    const shelter = DEMO_CASELOADS.find((caseload) => caseload.organisation === SHELTER);
    const session = await sessionOf(shelter?.caseworker ?? "");
    const referred = shelter?.stories.find((s) => s.key === "shelter-referred-vienna") as DemoCase;
    const list = (await get("/api/cases?limit=200", session)) as { items: Summary[] };
    const found = list.items.find((item) => item.personName === nameOf(referred));
    const detail = await get(`/api/cases/${found?.id}`, session);
    expect(detail.incomingReferral.organisationId).toBe(ctx.demo.organisationIds[ROMANIA_OFFICE]);
  });

  it("covers the whole assistance catalogue across the organisations", () => {
    const recorded = new Set<string>();
    for (const caseload of DEMO_CASELOADS)
      for (const s of caseload.stories) for (const a of s.assistance ?? []) recorded.add(a.assistanceType);
    expect([...recorded].sort()).toEqual([...ASSISTANCE_TYPES].sort());
  });
});
