import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { ActivityDetail } from "../../../shared/api/activities.js";
import { type createDemoApp, send, type TestSession } from "../../testing/http.js";
import { activityInput, type FixtureKind } from "../activities/activities.fixture.js";

/*
 * Records of the 5W and dashboard tests, made through the API as people would make them: activities recorded
 * by the M&E officer and approved by a supervisor, cases opened by a caseworker with assistance provided.
 * Tests use months of 2019–2020, far from the demo data.
 */

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

function expectStatus(response: LightMyRequestResponse, status: number, what: string) {
  expect(response.statusCode, `${what}: ${response.body}`).toBe(status);
}

async function call<T>(
  ctx: DemoContext,
  session: TestSession,
  method: "GET" | "POST" | "PUT",
  url: string,
  status: number,
  payload?: unknown,
) {
  const response = await send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });
  expectStatus(response, status, `${method} ${url}`);
  return response.json() as T;
}

/** A new office of the demo organisation (isMain: true makes it the main office). */
export async function addOffice(ctx: DemoContext, input: Record<string, unknown>): Promise<string> {
  const admin = await ctx.sessions.of("organisation_admin");
  return (await call<{ id: string }>(ctx, admin, "POST", "/api/offices", 201, { country: "PL", ...input })).id;
}

/** A new office of the demo organisation, with the demo Field team's records counting for it. */
export async function fieldTeamOffice(ctx: DemoContext, input: Record<string, unknown>): Promise<string> {
  const admin = await ctx.sessions.of("organisation_admin");
  const office = { id: await addOffice(ctx, input) };
  const teams = await call<{ items: { id: string; name: string }[] }>(ctx, admin, "GET", "/api/teams", 200);
  const field = teams.items.find((team) => team.name === "Field team");
  if (!field) throw new Error("the demo organisation has no Field team");
  await call(ctx, admin, "PUT", `/api/teams/${field.id}/office`, 200, { officeId: office.id });
  return office.id;
}

export type ActivityStep = "draft" | "submitted" | "approved";

/** An activity of a kind recorded by the M&E officer and taken to the given step (approved unless said). */
export async function activityAt(
  ctx: DemoContext,
  officeId: string,
  kind: FixtureKind,
  overrides: Record<string, unknown>,
  step: ActivityStep = "approved",
): Promise<string> {
  const me = await ctx.sessions.of("me_officer");
  let activity = await call<ActivityDetail>(
    ctx,
    me,
    "POST",
    "/api/activities",
    201,
    activityInput(officeId, kind, overrides),
  );
  if (step === "draft") return activity.id;
  activity = await call<ActivityDetail>(ctx, me, "POST", `/api/activities/${activity.id}/submit`, 200, {
    version: activity.version,
  });
  if (step === "submitted") return activity.id;
  const supervisor = await ctx.sessions.of("supervisor");
  await call(ctx, supervisor, "POST", `/api/activities/${activity.id}/approve`, 200, { version: activity.version });
  return activity.id;
}

/** A training's details with the participants given by sex. */
export function trainingDetails(female: number, male: number, other = 0, targetGroups = ["border_guards"]) {
  const total = female + male + other;
  return {
    kind: "training",
    training: {
      topics: ["identification"],
      targetGroups,
      modality: "in_person",
      participants: { total, female, male, other },
      byProfile: [],
    },
  };
}

export interface PersonFacts {
  sex: "Female" | "Male" | "Intersex" | "Unknown" | null;
  birthYear: number | null;
  migrationStatuses: string[];
}

export const person = (
  sex: PersonFacts["sex"],
  birthYear: number | null,
  migrationStatuses: string[],
): PersonFacts => ({
  sex,
  birthYear,
  migrationStatuses,
});

export interface AssistanceItem {
  assistanceType: string;
  status?: "provided" | "planned";
  providedOn?: string;
  providerName?: string;
}

/** A case of a new person, opened by the session's user, with assistance recorded on it. */
export async function assistedCase(
  ctx: DemoContext,
  session: TestSession,
  openedOn: string,
  person: PersonFacts,
  assistance: AssistanceItem[],
): Promise<{ id: string; personId: string }> {
  const opened = await call<{ id: string; personId: string }>(ctx, session, "POST", "/api/cases", 201, {
    person: {
      identity: { firstName: "Fixture", secondName: `Person ${crypto.randomUUID().slice(0, 8)}` },
      sex: person.sex,
      birthYear: person.birthYear,
      migrationStatuses: person.migrationStatuses,
    },
    openedOn,
  });
  for (const item of assistance) {
    await call(ctx, session, "POST", `/api/cases/${opened.id}/assistance`, 201, {
      assistanceType: item.assistanceType,
      status: item.status ?? "provided",
      ...(item.status === "planned" ? {} : { providedOn: item.providedOn ?? openedOn }),
      ...(item.providerName ? { providerName: item.providerName } : {}),
    });
  }
  return opened;
}

/** Several people with the same facts, each with a case and the same assistance. */
export async function assistedPeople(
  ctx: DemoContext,
  session: TestSession,
  count: number,
  openedOn: string,
  person: PersonFacts,
  assistance: AssistanceItem[],
): Promise<void> {
  for (let index = 0; index < count; index += 1) await assistedCase(ctx, session, openedOn, person, assistance);
}

/** The 5W file's first row in English, and its HXL row, as designed (src/shared/api/five-w.ts). */
export const ENGLISH_HEADER = [
  "Reporting month",
  "Organisation",
  "Implementing partner",
  "Office",
  "Country",
  "Admin 1",
  "Admin 1 P-code",
  "Sector",
  "Sub-sector",
  "Activity",
  "Target group",
  "Indicator code",
  "Indicator",
  "Sex",
  "Age group",
  "Population group",
  "Value",
  "Note",
];

export const HXL_ROW = [
  "#date +month",
  "#org +prog +name",
  "#org +impl +name",
  "#loc +name",
  "#country +code",
  "#adm1 +name",
  "#adm1 +code",
  "#sector +name",
  "#subsector +name",
  "#activity +name",
  "#beneficiary +profile",
  "#indicator +code",
  "#indicator +name",
  "#sex",
  "#age +group",
  "#beneficiary +type",
  "#indicator +value +num",
  "#meta +note",
];
