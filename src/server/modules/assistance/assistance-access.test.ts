import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Permission, ROLE_DEFINITIONS, ROLES, type Role } from "../../../shared/access/permissions.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  createDemoApp,
  createTestUser,
  type HttpMethod,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";
import { call, type DemoContext, openCase, signInElsewhere } from "./assistance.fixture.js";

const SECRET = "Hidden in the flat above the bakery";

interface CaseRecords {
  caseId: string;
  eventId: string;
  planId: string;
  assistanceId: string;
}

/** A case with one record of each kind, all holding the same sealed text. */
async function caseWithRecords(ctx: DemoContext, session: TestSession): Promise<CaseRecords> {
  const { id: caseId } = await openCase(ctx, session);
  const event = await call<{ id: string }>(ctx, session, "POST", `/api/cases/${caseId}/events`, 201, {
    eventType: "Exploitation",
    country: "DE",
    description: SECRET,
  });
  const plan = await call<{ id: string }>(ctx, session, "POST", `/api/cases/${caseId}/plans`, 201, {
    planType: "SocialCare",
    objectives: SECRET,
  });
  const assistance = await call<{ id: string }>(ctx, session, "POST", `/api/cases/${caseId}/assistance`, 201, {
    assistanceType: "Food",
    status: "planned",
    note: SECRET,
  });
  return { caseId, eventId: event.id, planId: plan.id, assistanceId: assistance.id };
}

interface Route {
  method: HttpMethod;
  url: (r: CaseRecords) => string;
  permission: Permission;
  payload?: unknown;
  /** Reaches a case or one of its records (others are organisation-wide). */
  underCase: boolean;
}

const ROUTES: Route[] = [
  { method: "GET", url: (r) => `/api/cases/${r.caseId}/events`, permission: "case.read", underCase: true },
  {
    method: "POST",
    url: (r) => `/api/cases/${r.caseId}/events`,
    permission: "case.write",
    payload: { eventType: "Transit" },
    underCase: true,
  },
  {
    method: "PATCH",
    url: (r) => `/api/trafficking-events/${r.eventId}`,
    permission: "case.write",
    payload: { country: "FR", description: "changed" },
    underCase: true,
  },
  { method: "DELETE", url: (r) => `/api/trafficking-events/${r.eventId}`, permission: "case.write", underCase: true },
  { method: "GET", url: (r) => `/api/cases/${r.caseId}/plans`, permission: "case.read", underCase: true },
  {
    method: "POST",
    url: (r) => `/api/cases/${r.caseId}/plans`,
    permission: "case.write",
    payload: { planType: "Legal" },
    underCase: true,
  },
  {
    method: "PATCH",
    url: (r) => `/api/support-plans/${r.planId}`,
    permission: "case.write",
    payload: { objectives: "changed" },
    underCase: true,
  },
  { method: "GET", url: (r) => `/api/cases/${r.caseId}/assistance`, permission: "case.read", underCase: true },
  {
    method: "POST",
    url: (r) => `/api/cases/${r.caseId}/assistance`,
    permission: "case.write",
    payload: { assistanceType: "Food", status: "planned" },
    underCase: true,
  },
  {
    method: "PATCH",
    url: (r) => `/api/assistance/${r.assistanceId}`,
    permission: "case.write",
    payload: { status: "cancelled", note: "changed" },
    underCase: true,
  },
  {
    method: "POST",
    url: () => "/api/assistance-types",
    permission: "vocabulary.manage",
    payload: { code: "denied_type", labels: { en: "a", uk: "a", ru: "a", pl: "a", ro: "a" } },
    underCase: false,
  },
  {
    method: "PATCH",
    url: () => "/api/assistance-types/denied_type",
    permission: "vocabulary.manage",
    payload: { disabled: true },
    underCase: false,
  },
];

const has = (role: Role, permission: Permission) => ROLE_DEFINITIONS[role].permissions.includes(permission);

/** The stored rows of a case's records, read past row-level security, to prove nothing changed. */
async function snapshot(ctx: DemoContext, caseId: string) {
  const db = ctx.testApp.services.database.db;
  const [events, plans, assistance, kase] = await Promise.all([
    db.selectFrom("trafficking_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute(),
    db.selectFrom("support_plans").selectAll().where("case_id", "=", caseId).orderBy("id").execute(),
    db.selectFrom("assistance").selectAll().where("case_id", "=", caseId).orderBy("id").execute(),
    db.selectFrom("cases").select(["updated_at", "version"]).where("id", "=", caseId).execute(),
  ]);
  return JSON.stringify({ events, plans, assistance, kase });
}

describe.each(testDatabaseKinds())("who reaches events, plans and assistance (%s)", (kind) => {
  let ctx: DemoContext;
  let ours: CaseRecords;
  let theirs: CaseRecords;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    ours = await caseWithRecords(ctx, await ctx.sessions.of("caseworker"));
    theirs = await caseWithRecords(ctx, await signInElsewhere(ctx, ["caseworker"]));
  });
  afterAll(() => ctx.testApp.close());

  it("answers 403 to every role without the route's permission, changing nothing", async () => {
    const before = await snapshot(ctx, ours.caseId);
    for (const route of ROUTES) {
      for (const role of ROLES.filter((r) => !has(r, route.permission))) {
        const response = await send(ctx.app, {
          method: route.method,
          url: route.url(ours),
          session: await ctx.sessions.of(role),
          ...(route.payload ? { payload: route.payload } : {}),
        });
        expect(`${role} ${route.method} ${route.url(ours)} ${response.statusCode}`).toBe(
          `${role} ${route.method} ${route.url(ours)} 403`,
        );
        expect(response.body).not.toContain(SECRET);
      }
    }
    expect(await snapshot(ctx, ours.caseId)).toBe(before);
  });

  it("keeps the M&E officer and a partner caseworker away from the records", async () => {
    const me = await ctx.sessions.of("me_officer");
    const partner = await ctx.sessions.of("partner_caseworker");
    const before = await snapshot(ctx, ours.caseId);
    for (const route of ROUTES.filter((r) => r.underCase)) {
      const options = {
        method: route.method,
        url: route.url(ours),
        ...(route.payload ? { payload: route.payload } : {}),
      };
      const asMe = await send(ctx.app, { ...options, session: me });
      const asPartner = await send(ctx.app, { ...options, session: partner });
      expect([asMe.statusCode, asPartner.statusCode]).toEqual([403, 404]);
      expect(asMe.body + asPartner.body).not.toContain(SECRET);
    }
    expect(await snapshot(ctx, ours.caseId)).toBe(before);
  });

  it("answers 404 for another organisation's case and records, and changes nothing", async () => {
    const before = await snapshot(ctx, theirs.caseId);
    for (const role of ["caseworker", "supervisor"] as const) {
      const session = await ctx.sessions.of(role);
      for (const route of ROUTES.filter((r) => r.underCase)) {
        const response = await send(ctx.app, {
          method: route.method,
          url: route.url(theirs),
          session,
          ...(route.payload ? { payload: route.payload } : {}),
        });
        expect(`${role} ${route.method} ${route.url(theirs)} ${response.statusCode}`).toBe(
          `${role} ${route.method} ${route.url(theirs)} 404`,
        );
        expect(response.body).not.toContain(SECRET);
      }
    }
    expect(await snapshot(ctx, theirs.caseId)).toBe(before);
  });

  it("answers 404 for a case of the own organisation outside the caseworker's reach", async () => {
    const stranger = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    const session = await signInOrThrow(ctx.app, stranger);
    const before = await snapshot(ctx, ours.caseId);
    for (const route of ROUTES.filter((r) => r.underCase)) {
      const options = {
        method: route.method,
        url: route.url(ours),
        ...(route.payload ? { payload: route.payload } : {}),
      };
      expect((await send(ctx.app, { ...options, session })).statusCode).toBe(404);
    }
    expect(await snapshot(ctx, ours.caseId)).toBe(before);
  });

  it("lets the case's own caseworker through every case route", async () => {
    const session = await ctx.sessions.of("caseworker");
    for (const route of ROUTES.filter((r) => r.underCase)) {
      const options = {
        method: route.method,
        url: route.url(ours),
        ...(route.payload ? { payload: route.payload } : {}),
      };
      const response = await send(ctx.app, { ...options, session });
      expect([200, 201, 204], `${route.method} ${route.url(ours)}: ${response.body}`).toContain(response.statusCode);
    }
  });

  it("shows the catalogue to everyone signed in, administrators included, and to nobody else", async () => {
    const admin = await send(ctx.app, {
      method: "GET",
      url: "/api/assistance-types",
      session: await ctx.sessions.of("organisation_admin"),
    });
    expect(admin.statusCode).toBe(200);
    expect((admin.json() as { items: { code: string }[] }).items.map((item) => item.code)).toContain("Food");
    expect((await send(ctx.app, { method: "GET", url: "/api/assistance-types" })).statusCode).toBe(401);
  });
});
