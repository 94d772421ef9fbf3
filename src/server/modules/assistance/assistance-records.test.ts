import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../shared/dates.js";
import { ASSISTANCE_TYPES } from "../../../shared/htcds/index.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, type TestSession } from "../../testing/http.js";
import { call, type DemoContext, historyOf, openCase, problemsOf, signInElsewhere } from "./assistance.fixture.js";

interface AssistanceBody {
  id: string;
  assistanceType: string;
  status: string;
  providedOn: string | null;
  providerOrganisationId: string | null;
  providerOrganisationName: string | null;
  providerName: string | null;
  quantity: number | null;
  unit: string | null;
  cost: number | null;
  currency: string | null;
  note: string | null;
  planId: string | null;
}

interface TypeItem {
  code: string;
  builtIn: boolean;
  labelKey: string | null;
  labels: Record<string, string> | null;
  disabled: boolean;
}

const LABELS = {
  en: "Escort to court",
  uk: "Супровід до суду",
  ru: "Сопровождение в суд",
  pl: "Towarzyszenie w sądzie",
  ro: "Însoțire la instanță",
};

describe.each(testDatabaseKinds())("direct assistance and the assistance catalogue (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let admin: TestSession;
  let caseId: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    admin = await ctx.sessions.of("organisation_admin");
    caseId = (await openCase(ctx, caseworker)).id;
  });
  afterAll(() => ctx.testApp.close());

  const url = () => `/api/cases/${caseId}/assistance`;

  it("records provided assistance with quantity, cost and a sealed note", async () => {
    const record = await call<AssistanceBody>(ctx, caseworker, "POST", url(), 201, {
      assistanceType: "ShelterAndAccommodation",
      status: "provided",
      providedOn: "2024-05-02",
      providerOrganisationId: ctx.demo.mainOrganisationId,
      quantity: 14,
      unit: "night",
      cost: 420.5,
      currency: "PLN",
      note: "Room shared with her daughter",
    });
    expect(record).toMatchObject({
      quantity: 14,
      unit: "night",
      cost: 420.5,
      currency: "PLN",
      providerOrganisationName: "Safe Passage Country Office",
      note: "Room shared with her daughter",
    });
    const raw = await ctx.testApp.services.database.db
      .selectFrom("assistance")
      .selectAll()
      .where("id", "=", record.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain("daughter");
    expect(raw).toMatchObject({ assistance_type: "ShelterAndAccommodation", status: "provided", currency: "PLN" });
  });

  it("names the field of bad assistance", async () => {
    const base = { assistanceType: "Food", status: "planned" };
    const problems = (payload: unknown) => problemsOf(ctx, caseworker, "POST", url(), payload);
    expect(await problems({ ...base, status: "provided" })).toEqual(["body.providedOn required"]);
    expect(await problems({ ...base, cost: 50 })).toEqual(["body.currency required"]);
    expect(await problems({ ...base, cost: 50, currency: "EURO" })).toEqual(["body.currency currency"]);
    expect(await problems({ ...base, cost: 50, currency: "QQQ" })).toEqual(["body.currency currency"]);
    expect(await problems({ ...base, quantity: 0, unit: "kit" })).toEqual(["body.quantity too_small"]);
    expect(await problems({ ...base, quantity: 2 })).toEqual(["body.unit required"]);
    expect(await problems({ ...base, unit: "bag" })).toEqual(["body.unit unknown_value"]);
    expect(await problems({ ...base, status: "done" })).toEqual(["body.status unknown_value"]);
    expect(await problems({ ...base, status: "provided", providedOn: addDays(todayIso(), 2) })).toEqual([
      "body.providedOn in_future",
    ]);
    expect(await problems({ ...base, assistanceType: "Teleportation" })).toEqual(["body.assistanceType unknown_value"]);
    expect(await problems({ ...base, providerOrganisationId: crypto.randomUUID() })).toEqual([
      "body.providerOrganisationId provider_not_own",
    ]);
    expect(
      await problems({ ...base, providerOrganisationId: ctx.demo.mainOrganisationId, providerName: "Red Cross" }),
    ).toEqual(["body.providerName provider_either"]);
  });

  it("links assistance to a plan of the same case only", async () => {
    const plan = await call<{ id: string }>(ctx, caseworker, "POST", `/api/cases/${caseId}/plans`, 201, {
      planType: "Livelihood",
    });
    const other = await openCase(ctx, caseworker);
    expect(
      await problemsOf(ctx, caseworker, "POST", `/api/cases/${other.id}/assistance`, {
        assistanceType: "MicroBusinessCourse",
        status: "planned",
        planId: plan.id,
      }),
    ).toEqual(["body.planId plan_not_in_case"]);
    const linked = await call<AssistanceBody>(ctx, caseworker, "POST", url(), 201, {
      assistanceType: "MicroBusinessCourse",
      status: "planned",
      planId: plan.id,
      providerName: "City employment office",
    });
    expect(linked).toMatchObject({ planId: plan.id, providerName: "City employment office" });
  });

  it("marks planned assistance provided, checking the record as it will be, and writes history", async () => {
    const planned = await call<AssistanceBody>(ctx, caseworker, "POST", url(), 201, {
      assistanceType: "Medical",
      status: "planned",
      cost: 0,
      currency: "EUR",
    });
    const patchUrl = `/api/assistance/${planned.id}`;
    expect(await problemsOf(ctx, caseworker, "PATCH", patchUrl, { status: "provided" })).toEqual([
      "body.providedOn required",
    ]);
    expect(await problemsOf(ctx, caseworker, "PATCH", patchUrl, { currency: null })).toEqual([
      "body.currency required",
    ]);
    const provided = await call<AssistanceBody>(ctx, caseworker, "PATCH", patchUrl, 200, {
      status: "provided",
      providedOn: "2024-06-10",
      note: "Dental treatment",
    });
    expect(provided).toMatchObject({ status: "provided", providedOn: "2024-06-10", cost: 0, currency: "EUR" });
    const history = await historyOf(ctx, caseworker, caseId);
    expect(history.find((h) => h.action === "assistance.updated")?.changes).toEqual({
      assistanceId: planned.id,
      status: { from: "planned", to: "provided" },
      providedOn: { from: null, to: "2024-06-10" },
      note: true,
    });
    expect(history.find((h) => h.action === "assistance.recorded")?.changes).toMatchObject({
      assistanceType: { from: null, to: "Medical" },
    });
    expect(JSON.stringify(history)).not.toContain("Dental");
    const { items } = await call<{ items: AssistanceBody[] }>(ctx, caseworker, "GET", url(), 200);
    expect(items.find((i) => i.id === planned.id)?.note).toBe("Dental treatment");
    // Planned items (no date) come first, then the most recently provided.
    const dates = items.map((i) => i.providedOn);
    expect(dates.indexOf(null)).toBe(0);
    expect(dates.filter((d) => d !== null)).toEqual(["2024-06-10", "2024-05-02"]);
  });

  it("lists the built-in catalogue with translation keys", async () => {
    const { items } = await call<{ items: TypeItem[] }>(ctx, caseworker, "GET", "/api/assistance-types", 200);
    const builtIn = items.filter((i) => i.builtIn);
    expect(builtIn.map((i) => i.code)).toEqual([...ASSISTANCE_TYPES]);
    expect(builtIn[0]?.labelKey).toBe("htcds.assistanceType.SafeTransport");
  });

  it("lets the organisation add its own type, use it, disable it, and keeps other organisations out", async () => {
    const types = "/api/assistance-types";
    expect(await problemsOf(ctx, admin, "POST", types, { code: "safetransport", labels: LABELS })).toEqual([
      "body.code taken",
    ]);
    expect(await problemsOf(ctx, admin, "POST", types, { code: "Court-Escort", labels: LABELS })).toEqual([
      "body.code invalid",
    ]);
    const { ro: _ro, ...withoutRomanian } = LABELS;
    expect(await problemsOf(ctx, admin, "POST", types, { code: "court_escort", labels: withoutRomanian })).toEqual([
      "body.labels.ro required",
    ]);
    const created = await call<TypeItem>(ctx, admin, "POST", types, 201, { code: "court_escort", labels: LABELS });
    expect(created).toEqual({ code: "court_escort", builtIn: false, labelKey: null, labels: LABELS, disabled: false });
    expect(await problemsOf(ctx, admin, "POST", types, { code: "court_escort", labels: LABELS })).toEqual([
      "body.code taken",
    ]);
    const { items } = await call<{ items: TypeItem[] }>(ctx, caseworker, "GET", types, 200);
    expect(items.find((i) => i.code === "court_escort")?.labels?.uk).toBe("Супровід до суду");

    const record = await call<AssistanceBody>(ctx, caseworker, "POST", url(), 201, {
      assistanceType: "court_escort",
      status: "planned",
    });
    expect(record.assistanceType).toBe("court_escort");

    // Another organisation neither sees nor uses it, nor changes it.
    const elsewhere = await signInElsewhere(ctx, ["caseworker"]);
    const theirs = await call<{ items: TypeItem[] }>(ctx, elsewhere, "GET", types, 200);
    expect(theirs.items.some((i) => i.code === "court_escort")).toBe(false);
    const theirCase = await openCase(ctx, elsewhere);
    expect(
      await problemsOf(ctx, elsewhere, "POST", `/api/cases/${theirCase.id}/assistance`, {
        assistanceType: "court_escort",
        status: "planned",
      }),
    ).toEqual(["body.assistanceType unknown_value"]);
    const otherAdmin = await signInElsewhere(ctx, ["organisation_admin"]);
    await call(ctx, otherAdmin, "PATCH", `${types}/court_escort`, 404, { disabled: true });

    const disabled = await call<TypeItem>(ctx, admin, "PATCH", `${types}/court_escort`, 200, {
      disabled: true,
      labels: { ...LABELS, en: "Court escort" },
    });
    expect(disabled).toMatchObject({ disabled: true, labels: { en: "Court escort" } });
    expect(
      await problemsOf(ctx, caseworker, "POST", url(), { assistanceType: "court_escort", status: "planned" }),
    ).toEqual(["body.assistanceType unknown_value"]);
    // A record made before keeps its type and can still be completed.
    await call(ctx, caseworker, "PATCH", `/api/assistance/${record.id}`, 200, {
      assistanceType: "court_escort",
      status: "provided",
      providedOn: "2024-07-01",
    });
    await call(ctx, admin, "PATCH", `${types}/no_such_type`, 404, { disabled: true });
    await call(ctx, admin, "PATCH", `${types}/SafeTransport`, 400, { disabled: true });
  });

  it("refuses a new note once the case was erased, but keeps counting the assistance", async () => {
    const erasedCase = await openCase(ctx, caseworker);
    const record = await call<AssistanceBody>(ctx, caseworker, "POST", `/api/cases/${erasedCase.id}/assistance`, 201, {
      assistanceType: "Cash",
      status: "provided",
      providedOn: "2024-04-04",
      cost: 100,
      currency: "UAH",
      note: "Paid in person at the office",
    });
    await call(ctx, await ctx.sessions.of("supervisor"), "POST", `/api/people/${erasedCase.personId}/erase`, 200, {
      reason: "Request of the person",
    });
    const { items } = await call<{ items: AssistanceBody[] }>(
      ctx,
      caseworker,
      "GET",
      `/api/cases/${erasedCase.id}/assistance`,
      200,
    );
    expect(items).toEqual([expect.objectContaining({ id: record.id, cost: 100, currency: "UAH", note: null })]);
    expect(await problemsOf(ctx, caseworker, "PATCH", `/api/assistance/${record.id}`, { note: "Again" })).toEqual([
      "body.note case_erased",
    ]);
    await call(ctx, caseworker, "PATCH", `/api/assistance/${record.id}`, 200, { cost: 120 });
  });
});
