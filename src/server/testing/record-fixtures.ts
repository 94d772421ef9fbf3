import type { FastifyInstance } from "fastify";
import { createActivityRecords } from "../modules/activities/activities.fixture.js";
import { multipart, tinyPng } from "../modules/case-records/case-records.fixture.js";
import { createSitrepRecords, sitrepRecordBodies } from "../modules/sitrep/sitrep.fixture.js";
import { send, type TestSession } from "./http.js";

/**
 * Records that `:id` routes name, created per organisation for the permission suite: which record kind a
 * route's `:id` is, by the path segment before it, and how to make one. A new kind of record needs an
 * entry here, or the suite refuses to run.
 */
export const CASE_RECORD_KINDS = {
  cases: "case",
  people: "person",
  "person-merges": "merge",
  "trafficking-events": "event",
  "support-plans": "plan",
  assistance: "assistance",
  "assistance-types": "assistanceType",
  tasks: "task",
  attachments: "attachment",
  forms: "form",
  screenings: "screening",
  contacts: "contact",
  topics: "topic",
  articles: "article",
  providers: "provider",
  services: "service",
  "law-enforcement-reports": "lawEnforcementReport",
  referrals: "referral",
  "incoming-referrals": "incomingReferral",
  offices: "office",
  teams: "team",
  activities: "activity",
  "activity-photos": "activityPhoto",
  "activity-files": "activityFile",
  "activity-lists": "activityListValue",
  sitreps: "sitrep",
} as const;

export type CaseRecordKind = (typeof CASE_RECORD_KINDS)[keyof typeof CASE_RECORD_KINDS];

async function created(
  app: FastifyInstance,
  session: TestSession,
  url: string,
  payload: unknown,
): Promise<Record<string, unknown>> {
  const response = await send(app, { method: "POST", url, session, payload });
  if (response.statusCode >= 300) throw new Error(`fixture ${url} failed: ${response.statusCode} ${response.body}`);
  return response.json() as Record<string, unknown>;
}

/** One of each case record in the organisation of the sessions (a caseworker and an organisation administrator). */
export async function createCaseRecords(
  app: FastifyInstance,
  sessions: { caseworker: TestSession; admin: TestSession; operator: TestSession },
  label: string,
): Promise<Record<CaseRecordKind, string>> {
  const { caseworker, admin, operator } = sessions;
  const intake = (firstName: string) =>
    created(app, caseworker, "/api/cases", {
      person: { identity: { firstName, secondName: label }, citizenships: ["UA"] },
      consents: [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-05", method: "verbal" }],
    });
  const first = await intake("Fixture");
  const second = await intake("Duplicate");
  const merge = await created(app, caseworker, `/api/people/${first.personId}/merge`, { personId: second.personId });
  const caseUrl = `/api/cases/${first.id}`;
  const event = await created(app, caseworker, `${caseUrl}/events`, { eventType: "Recruitment" });
  const plan = await created(app, caseworker, `${caseUrl}/plans`, { planType: "Health" });
  const assistance = await created(app, caseworker, `${caseUrl}/assistance`, {
    assistanceType: "Food",
    status: "planned",
  });
  // Codes differ per organisation, so that the other organisation's code is not also one of the caller's.
  const code = `fixture_${label.toLowerCase()}`;
  const names = { en: "Fixture", uk: "Фікстура", ru: "Фикстура", pl: "Fikstura", ro: "Fixtură" };
  await created(app, admin, "/api/assistance-types", { code, labels: names });
  const task = await created(app, caseworker, `${caseUrl}/tasks`, { title: "Call back", dueOn: "2099-01-01" });
  const forms = (await send(app, { method: "GET", url: "/api/forms", session: caseworker })).json() as {
    items: { id: string; formKey: string; publishedVersion: number }[];
  };
  const rapid = forms.items.find((form) => form.formKey === "rapid_screening");
  if (!rapid) throw new Error("fixture: the built-in rapid screening is missing");
  const screening = await created(app, caseworker, "/api/screenings", {
    formId: rapid.id,
    formVersion: rapid.publishedVersion,
    answers: { consent_record: "no" },
  });
  const article = await created(app, admin, "/api/knowledge/articles", {
    category: "script",
    status: "published",
    translations: { en: { title: `Fixture script ${label}`, body: "Listen first." } },
  });
  const contact = await created(app, operator, "/api/hotline/contacts", {
    channel: "phone",
    callerNumber: "+380671110000",
    outcome: "information_given",
    consultations: [{ topic: "safe_migration", service: "information" }],
    followUpOn: "2099-01-01",
  });
  const topic = await created(app, admin, "/api/hotline/topics", {
    code: `fixture_topic_${label.toLowerCase()}`,
    labels: { en: "Fixture topic" },
  });
  const provider = await created(app, admin, "/api/directory/providers", {
    name: `Fixture provider ${label}`,
    kind: "NGO",
  });
  const service = await created(app, admin, "/api/directory/services", {
    providerId: provider.id,
    name: `Fixture service ${label}`,
    serviceType: "Legal",
  });
  const report = await created(app, caseworker, `${caseUrl}/law-enforcement-reports`, {
    authorityKind: "police",
    authorityName: `Fixture police ${label}`,
    reportedAt: "2026-01-06T10:00:00Z",
    sharedFields: ["name"],
    legalBasis: "Fixture legal basis",
  });
  const referral = await referralToOwnService(app, sessions, first, label);
  const office = await created(app, admin, "/api/offices", { name: `Fixture office ${label}`, country: "PL" });
  const team = await created(app, admin, "/api/teams", { name: `Fixture team ${label}` });
  const session = (await send(app, { method: "GET", url: "/api/auth/session", session: admin })).json() as {
    user: { organisation: { id: string } };
  };
  const activityRecords = await createActivityRecords(app, session.user.organisation.id, label);
  const sitrepRecords = await createSitrepRecords(app, session.user.organisation.id);
  const upload = pngUpload();
  const attachment = await send(app, { method: "POST", url: `${caseUrl}/attachments`, session: caseworker, ...upload });
  if (attachment.statusCode !== 201) throw new Error(`fixture attachment failed: ${attachment.body}`);
  return {
    task: String(task.id),
    attachment: String((attachment.json() as { id: string }).id),
    case: String(first.id),
    person: String(first.personId),
    merge: String(merge.mergeId),
    event: String(event.id),
    plan: String(plan.id),
    assistance: String(assistance.id),
    assistanceType: code,
    form: rapid.id,
    screening: String(screening.id),
    contact: String(contact.id),
    topic: String(topic.id),
    article: String(article.id),
    provider: String(provider.id),
    service: String(service.id),
    lawEnforcementReport: String(report.id),
    referral: referral.id,
    incomingReferral: referral.id,
    office: String(office.id),
    team: String(team.id),
    ...activityRecords,
    ...sitrepRecords,
  };
}

/** A referral from the case to a service of the organisation itself: it is both sent and received there. */
async function referralToOwnService(
  app: FastifyInstance,
  sessions: { caseworker: TestSession; admin: TestSession },
  theCase: Record<string, unknown>,
  label: string,
): Promise<{ id: string }> {
  const own = (await send(app, { method: "GET", url: "/api/auth/session", session: sessions.admin })).json() as {
    user: { organisation: { id: string } };
  };
  const provider = await created(app, sessions.admin, "/api/directory/providers", {
    name: `Fixture office ${label}`,
    kind: "NGO",
    memberOrganisationId: own.user.organisation.id,
  });
  const service = await created(app, sessions.admin, "/api/directory/services", {
    providerId: provider.id,
    name: `Fixture shelter ${label}`,
    serviceType: "ShelterAndAccommodation",
  });
  await created(app, sessions.caseworker, `/api/people/${theCase.personId}/consents`, {
    purpose: "referral_sharing",
    decision: "given",
    decidedOn: "2026-01-05",
    method: "verbal",
  });
  const made = await created(app, sessions.caseworker, "/api/referrals", {
    caseId: theCase.id,
    serviceIds: [service.id],
    urgency: "normal",
    reason: "AdditionalServicesRequired",
  });
  return { id: String((made.items as { id: string }[])[0]?.id) };
}

/** A valid upload, as a request's payload and headers. */
export function pngUpload(): { payload: Buffer; headers: Record<string, string> } {
  const body = multipart([{ name: "file", filename: "photo.png", contentType: "image/png", content: tinyPng() }]);
  return { payload: body.payload, headers: { "content-type": body.contentType } };
}

/** Bodies that pass validation, so that a cross-organisation write fails on the record, not the input. */
export function caseRecordBodies(
  own: Record<CaseRecordKind, string>,
  ownCaseworkerId: string,
): Record<string, unknown> {
  return {
    "PATCH /api/cases/:id": { identifiedOn: "2026-01-01", version: 1 },
    "POST /api/cases/:id/transfer": { providerId: crypto.randomUUID(), version: 1 },
    "POST /api/referrals/:id/send": { version: 1 },
    "POST /api/referrals/:id/withdraw": { version: 1 },
    "POST /api/referrals/:id/response": { action: "acknowledge", version: 1 },
    "POST /api/referrals/:id/comments": { body: "Must not land" },
    "POST /api/incoming-referrals/:id/status": { action: "acknowledge", version: 1 },
    "POST /api/incoming-referrals/:id/comments": { body: "Must not land" },
    "POST /api/cases/:id/people": { role: "family_member", person: { identity: { firstName: "Intruder" } } },
    "POST /api/cases/:id/people/remove": { personId: own.person, reason: "Fixture removal", version: 1 },
    "POST /api/cases/:id/transition": { action: "advance", to: "assessment", version: 1 },
    "POST /api/cases/:id/assign": { ownerUserId: ownCaseworkerId, version: 1 },
    "PATCH /api/people/:id": { gender: "Feminine", version: 1 },
    "POST /api/people/:id/consents": {
      purpose: "research_statistics",
      decision: "given",
      decidedOn: "2026-01-05",
      method: "verbal",
    },
    "POST /api/people/:id/merge": { personId: own.person },
    "POST /api/people/:id/erase": { reason: "Fixture erasure request" },
    "POST /api/cases/:id/events": { eventType: "Transit" },
    "PATCH /api/trafficking-events/:id": { eventType: "Transit" },
    "POST /api/cases/:id/plans": { planType: "Health" },
    "PATCH /api/support-plans/:id": { planType: "Health" },
    "POST /api/cases/:id/assistance": { assistanceType: "Food", status: "planned" },
    "PATCH /api/assistance/:id": { status: "cancelled" },
    "PATCH /api/assistance-types/:id": { disabled: true },
    "POST /api/cases/:id/notes": { text: "A note that must not land" },
    "POST /api/cases/:id/tasks": { title: "Must not land", dueOn: "2099-01-01" },
    "PATCH /api/tasks/:id": { done: true },
    "POST /api/forms/:id/publish": {},
    "POST /api/forms/:id/scoring": { rules: { flags: [] } },
    "POST /api/forms/:id/submissions": { answers: { consent_record: "no" } },
    "POST /api/screenings/:id/override": { level: "high", reason: "Fixture judgement" },
    "PATCH /api/hotline/contacts/:id": { notes: "A note that must not land" },
    "POST /api/hotline/contacts/:id/link": { caseId: null },
    "POST /api/hotline/contacts/:id/escalate": { kind: "exploitation" },
    "PATCH /api/hotline/topics/:id": { retired: true },
    "PATCH /api/knowledge/articles/:id": { status: "retired" },
    "POST /api/knowledge/articles/:id/versions": {
      baseVersion: 1,
      translations: { en: { title: "Must not land", body: "Must not land" } },
      changeSummary: "Must not land",
    },
    "POST /api/knowledge/articles/:id/review": {},
    "PATCH /api/directory/providers/:id": { version: 1, name: "Taken over provider" },
    "PATCH /api/directory/services/:id": { version: 1, availability: "full" },
    "PATCH /api/offices/:id": { version: 1, name: "Taken over office" },
    "PUT /api/teams/:id/office": { officeId: null },
    "PATCH /api/activities/:id": { version: 1, title: "Must not land" },
    "POST /api/activities/:id/submit": { version: 1 },
    "POST /api/activities/:id/approve": { version: 1 },
    "POST /api/activities/:id/return": { version: 1, reason: "Must not land" },
    "PATCH /api/activity-lists/:id": { retired: true },
    "POST /api/referrals/:id/packages": { method: "password", password: "a fixture password", language: "en" },
    "POST /api/referrals/:id/packages/delivered": { packageId: "00000000-0000-4000-8000-000000000000" },
    "POST /api/cases/:id/law-enforcement-reports": {
      authorityKind: "police",
      authorityName: "Must not land",
      reportedAt: "2026-01-06T10:00:00Z",
      sharedFields: [],
      legalBasis: "Must not land",
    },
    ...sitrepRecordBodies(),
  };
}
