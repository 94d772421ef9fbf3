import { contactInput } from "../../shared/api/hotline.js";
import { addDays, todayIso } from "../../shared/dates.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { lookUpCaller } from "../modules/hotline/caller-lookup.service.js";
import { linkContact } from "../modules/hotline/contact-link.service.js";
import { createContact, updateContact } from "../modules/hotline/contact-save.service.js";
import { escalateContact } from "../modules/hotline/escalation.service.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_HOTLINE, type DemoContact } from "./demo-contact-builders.js";
import { DEMO_CALLS } from "./demo-contact-calls.js";
import { DEMO_MESSAGES } from "./demo-contact-messages.js";

export { DEMO_HOTLINE, type DemoContact };

/** When a demo contact began: that many days before the day of seeding, at its time of day. */
export function demoStartedAt(contact: Pick<DemoContact, "daysAgo" | "time">): Date {
  return new Date(`${addDays(todayIso(), -contact.daysAgo)}T${contact.time}:00Z`);
}

/** Every finished demo contact, oldest first. */
export const DEMO_CONTACTS: readonly DemoContact[] = [...DEMO_CALLS, ...DEMO_MESSAGES].sort(
  (a, b) => demoStartedAt(a).getTime() - demoStartedAt(b).getTime(),
);

/** The call an operator is on as the demo starts: opened by the phone system, nothing recorded yet. */
export const DEMO_CALL_IN_PROGRESS = { key: "call-in-progress", minutesAgo: 3, number: "+380 67 000 88 15" } as const;

/** A report from the public web form that no operator has opened yet. */
export const DEMO_QUEUED_REPORT = {
  key: "form-queued-report",
  minutesAgo: 40,
  message:
    "Добрий день. Моя подруга поїхала працювати на склад під Варшавою через агенцію з Telegram. Вже тиждень не відповідає, лише одне повідомлення: «забрали паспорт, не можу говорити». Що робити?",
} as const;

// The switchboard was connected to Safepath on the day of the test call: incoming calls since came from it.
const SWITCHBOARD_CONNECTED_DAYS_AGO = 58;

function sourceOf(contact: DemoContact) {
  if (contact.channel === "web_form") return "web_form" as const;
  const viaSwitchboard = contact.channel === "phone" && contact.direction !== "outgoing";
  return viaSwitchboard && contact.daysAgo <= SWITCHBOARD_CONNECTED_DAYS_AGO
    ? ("telephony" as const)
    : ("app" as const);
}

/**
 * Records one contact as the operator would: finished at once, or — for the exploitation report — escalated
 * first (raising the supervisor's urgent task and the law-enforcement record) and then finished, so that the
 * escalation is counted. Filed under the hotline's team whoever takes it. Returns its id, or null when it
 * was recorded before.
 */
async function recordContact(
  db: ScopedDb,
  services: Services,
  contact: DemoContact,
  hotlineTeamId: string | null,
): Promise<string | null> {
  const started = demoStartedAt(contact);
  const ended = contact.minutes ? new Date(started.getTime() + contact.minutes * 60_000) : null;
  const report = contact.exploitationReport;
  const input = contactInput.parse({
    clientKey: `demo-contact:${contact.key}`,
    channel: contact.channel,
    direction: contact.direction ?? "incoming",
    startedAt: started.toISOString(),
    endedAt: ended?.toISOString() ?? null,
    language: contact.language,
    callerType: contact.callerType,
    callerCountry: contact.country ?? null,
    callerPlace: contact.place ?? null,
    anonymous: contact.anonymous ?? false,
    callerNumber: contact.number ?? null,
    callerName: contact.name ?? null,
    callerEmail: contact.email ?? null,
    notes: contact.notes ?? null,
    consultations: contact.consultations,
    outcome: contact.outcome,
    followUpOn: contact.followUp ? addDays(todayIso(), contact.followUp.inDays) : null,
    followUpNote: contact.followUp?.note ?? null,
    complete: !report,
  });
  const saved = await createContact(db, services, input, { source: sourceOf(contact), teamId: hotlineTeamId });
  if (saved.replayed) return null;
  if (report) {
    const lawEnforcement = { consent: true, ...report, reportedAt: (ended ?? started).toISOString() };
    await escalateContact(db, services, saved.id, { kind: "exploitation", lawEnforcement }, "en");
    await updateContact(db, services, saved.id, { complete: true });
  }
  if (contact.followUp?.done) await updateContact(db, services, saved.id, { followUpDone: true });
  return saved.id;
}

/**
 * Links a contact to the case of its caller, found as the repeat-caller lookup finds it. Done by the
 * supervisor: the hotline team does not reach the caseworkers' cases, the supervisor reaches them all.
 */
async function linkCaseOfCaller(db: ScopedDb, services: Services, contactId: string, number: string) {
  const found = await lookUpCaller(db, services, number);
  const caseId = found.people.flatMap((person) => person.cases)[0]?.id;
  if (caseId) await linkContact(db, services, contactId, { caseId });
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The unfinished work the demo opens with: a call being taken and a web-form report in the queue. */
async function recordOpenWork(db: ScopedDb, services: Services): Promise<number> {
  const call = await createContact(
    db,
    services,
    {
      clientKey: `demo-contact:${DEMO_CALL_IN_PROGRESS.key}`,
      channel: "phone",
      startedAt: minutesAgo(DEMO_CALL_IN_PROGRESS.minutesAgo),
      callerNumber: DEMO_CALL_IN_PROGRESS.number,
      language: "uk",
    },
    { source: "telephony", status: "draft" },
  );
  const report = await createContact(
    db,
    services,
    {
      clientKey: `demo-contact:${DEMO_QUEUED_REPORT.key}`,
      channel: "web_form",
      startedAt: minutesAgo(DEMO_QUEUED_REPORT.minutesAgo),
      language: "uk",
      callerType: "family_friend",
      callerCountry: "UA",
      notes: DEMO_QUEUED_REPORT.message,
    },
    { source: "web_form", status: "queued", operatorUserId: null },
  );
  return [call, report].filter((contact) => !contact.replayed).length;
}

/**
 * Hotline contacts of the last three months for the office with a hotline (see demo-contact-calls.ts and
 * demo-contact-messages.ts), recorded through the hotline services as its operator (a few as its
 * supervisor), one transaction each, so that the figures' counts are those of the contacts. Run after the
 * demo cases: two contacts are linked to the cases of their callers. Returns the number made: none for
 * those made before, nor when the office's users are missing.
 */
export async function seedDemoContacts(services: Services): Promise<number> {
  const found = await findDemoActors(services, DEMO_HOTLINE.organisation, [
    DEMO_HOTLINE.operator,
    DEMO_HOTLINE.supervisor,
  ]);
  const operator = found?.actors.get(DEMO_HOTLINE.operator);
  const supervisor = found?.actors.get(DEMO_HOTLINE.supervisor);
  if (!operator || !supervisor) return 0;
  let made = 0;
  for (const contact of DEMO_CONTACTS) {
    const actor = contact.takenBy === "supervisor" ? supervisor : operator;
    const id = await runScoped(services.database, actor, demoInfo(`contact:${contact.key}`), (db) =>
      recordContact(db, services, contact, operator.teamId),
    );
    if (!id) continue;
    made += 1;
    const number = contact.linkCaseOfCaller ? contact.number : undefined;
    if (number) {
      await runScoped(services.database, supervisor, demoInfo(`contact:${contact.key}:link`), (db) =>
        linkCaseOfCaller(db, services, id, number),
      );
    }
  }
  made += await runScoped(services.database, operator, demoInfo("contacts:open"), (db) => recordOpenWork(db, services));
  return made;
}
