import { expect } from "vitest";
import type { Dashboard, DashboardFigure } from "../../../shared/api/dashboard.js";
import { send, type TestSession } from "../../testing/http.js";
import type { DemoContext } from "../five-w/five-w.fixture.js";

/** Screenings and helpline contacts of the dashboard tests, made through the API at the times given. */

/** A screening with the built-in rapid form, made by the session's user at the instant given. */
export async function screenAt(ctx: DemoContext, session: TestSession, screenedAt: string): Promise<void> {
  const forms = await send(ctx.app, { method: "GET", url: "/api/forms", session });
  const rapid = (forms.json() as { items: { id: string; formKey: string; publishedVersion: number }[] }).items.find(
    (form) => form.formKey === "rapid_screening",
  );
  if (!rapid) throw new Error("the built-in rapid screening is missing");
  const response = await send(ctx.app, {
    method: "POST",
    url: "/api/screenings",
    session,
    payload: { formId: rapid.id, formVersion: rapid.publishedVersion, screenedAt, answers: { consent_record: "no" } },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** A completed phone contact with two consultations, at the instant given. */
export async function contactAt(ctx: DemoContext, session: TestSession, startedAt: string): Promise<void> {
  const ended = new Date(new Date(startedAt).getTime() + 10 * 60_000).toISOString();
  const response = await send(ctx.app, {
    method: "POST",
    url: "/api/hotline/contacts",
    session,
    payload: {
      channel: "phone",
      direction: "incoming",
      startedAt,
      endedAt: ended,
      anonymous: true,
      outcome: "information_given",
      consultations: [
        { topic: "safe_migration", service: "information" },
        { topic: "safe_migration", service: "information" },
      ],
      complete: true,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
}

export async function dashboardOf(ctx: DemoContext, session: TestSession, query = ""): Promise<Dashboard> {
  const response = await send(ctx.app, { method: "GET", url: `/api/dashboard${query}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Dashboard;
}

/** current, previous and since of a figure, for compact assertions. */
export function figureOf(dashboard: Dashboard, key: string): Omit<DashboardFigure, "key"> | undefined {
  const figure = dashboard.figures.find((one) => one.key === key);
  if (!figure) return undefined;
  const { key: _key, ...rest } = figure;
  return rest;
}
