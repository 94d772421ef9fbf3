import { sql } from "kysely";
import type { BUILT_IN_TOPICS, Channel, SERVICES } from "../../shared/hotline/vocab.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { RecordKeys } from "../crypto/record-keys.js";
import { applyCountChange, cellsOf, countChange } from "../modules/hotline/contact-counts.js";
import { hotlineSettings } from "../modules/hotline/contact-values.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";
import { officeStaffEmail } from "./demo-offices.js";
import { chunks, DemoRandom, daysFrom, spread } from "./demo-seed-period-random.js";

type Topic = (typeof BUILT_IN_TOPICS)[number];
type Service = (typeof SERVICES)[number];

/**
 * The helplines of the seed period (May 2022): the national counter-trafficking hotline in Ukraine (4,444
 * calls, 16,511 consultations in the month), the Czech information helpline (54 persons assisted) and the
 * Belarusian hotline (consultations to 311 migrants). Callers are anonymous: nothing identifying is stored.
 */
export interface DemoHotlineLine {
  key: string;
  team: string;
  /** Staff locals of the operators, taking contacts in turn. */
  operators: string[];
  contacts: number;
  consultations: number;
  from: string;
  to: string;
  channels: Partial<Record<Channel, number>>;
  languages: Record<string, number>;
  callerTypes: Record<string, number>;
  countries: Partial<Record<CountryCode, number>>;
  /** The topics asked about and the service each was answered with. */
  topics: Partial<Record<Topic, number>>;
  services: Partial<Record<Topic, Partial<Record<Service, number>>>>;
  seed: number;
}

export const SEED_PERIOD_HOTLINES: readonly DemoHotlineLine[] = [
  {
    key: "ua-hotline",
    team: "Ukraine hotline team",
    operators: ["ua.hotline", "ua.hotline2"],
    contacts: 4444,
    consultations: 16_511,
    ...{ from: "2022-05-01", to: "2022-05-31", seed: 2205 },
    channels: { phone: 1 },
    languages: { uk: 78, ru: 21, en: 1 },
    callerTypes: { possible_victim: 62, family_friend: 24, public: 9, ngo: 3, authority: 2 },
    countries: { UA: 71, PL: 11, DE: 5, CZ: 4, RO: 3, MD: 2, SK: 2, IT: 2 },
    topics: {
      safe_migration: 30,
      trafficking_risk: 18,
      work_rights: 14,
      legal_status: 12,
      documents: 8,
      accommodation: 8,
      psychosocial: 4,
      health: 3,
      return: 3,
    },
    services: {
      safe_migration: { information: 3, counselling: 1 },
      trafficking_risk: { counselling: 2, information: 1 },
      work_rights: { legal_counselling: 1 },
      legal_status: { legal_counselling: 1 },
      documents: { information: 1 },
      accommodation: { information: 2, referral: 1 },
      psychosocial: { psychosocial_first_aid: 1 },
      health: { referral: 1 },
      return: { information: 1 },
    },
  },
  {
    key: "cz-helpline",
    team: "Czechia helpline team",
    operators: ["cz.helpline"],
    contacts: 54,
    consultations: 97,
    ...{ from: "2022-05-02", to: "2022-05-31", seed: 4203 },
    channels: { phone: 30, telegram: 12, whatsapp: 8, email: 4 },
    languages: { uk: 31, cs: 9, ru: 10, en: 4 },
    callerTypes: { possible_victim: 44, family_friend: 6, ngo: 4 },
    countries: { CZ: 1 },
    topics: { psychosocial: 4, health: 3, legal_status: 4, work_rights: 2, trafficking_risk: 1 },
    services: {
      psychosocial: { psychosocial_first_aid: 1 },
      health: { referral: 1 },
      legal_status: { legal_counselling: 1 },
      work_rights: { legal_counselling: 1 },
      trafficking_risk: { counselling: 1 },
    },
  },
  {
    key: "by-hotline",
    team: "Belarus hotline team",
    operators: ["by.hotline"],
    contacts: 311,
    consultations: 311,
    ...{ from: "2022-05-01", to: "2022-05-31", seed: 3112 },
    channels: { phone: 86, viber: 14 },
    languages: { ru: 64, uk: 36 },
    callerTypes: { possible_victim: 80, family_friend: 14, public: 6 },
    countries: { BY: 1 },
    topics: { safe_migration: 5, trafficking_risk: 3, work_rights: 2, legal_status: 2 },
    services: {
      safe_migration: { information: 1 },
      trafficking_risk: { counselling: 1 },
      work_rights: { legal_counselling: 1 },
      legal_status: { information: 1 },
    },
  },
];

interface MadeContact {
  id: string;
  clientKey: string;
  operatorUserId: string;
  startedAt: Date;
  endedAt: Date | null;
  channel: Channel;
  language: string;
  callerType: string;
  callerCountry: string;
  outcome: "information_given" | "referral_made";
  consultations: { topic: Topic; service: Service }[];
}

/** Working hours of the helplines: 9:00 to 17:59 in Warsaw in May (UTC+2), so the night hours keep their own counts. */
const FIRST_HOUR_UTC = 7;
const LAST_HOUR_UTC = 15;

/** The line's contacts, the same on every installation. */
export function contactsOf(line: DemoHotlineLine, operatorIds: readonly string[]): MadeContact[] {
  const random = new DemoRandom(line.seed);
  const days = daysFrom(line.from, line.to);
  const perContact = spread(random, line.consultations, line.contacts, 1, Object.keys(line.topics).length);
  return perContact.map((count, index) => {
    const channel = random.pick(line.channels);
    const day = days[random.int(0, days.length - 1)] as string;
    const startedAt = new Date(`${day}T00:00:00Z`);
    startedAt.setUTCHours(random.int(FIRST_HOUR_UTC, LAST_HOUR_UTC), random.int(0, 59), random.int(0, 59));
    // An e-mail has no length; calls and chats last a few minutes, longer the more was asked.
    const minutes = channel === "email" ? null : random.int(3, 6) + count * random.int(2, 4);
    const consultations = random.pickDistinct(line.topics, count).map((topic) => ({
      topic,
      service: random.pick(line.services[topic] ?? { information: 1 }),
    }));
    return {
      id: crypto.randomUUID(),
      clientKey: `demo-seed:${line.key}:${index}`,
      operatorUserId: operatorIds[index % operatorIds.length] as string,
      startedAt,
      endedAt: minutes === null ? null : new Date(startedAt.getTime() + minutes * 60_000),
      channel,
      language: random.pick(line.languages),
      callerType: random.pick(line.callerTypes),
      callerCountry: random.pick(line.countries),
      outcome: consultations.some((c) => c.service === "referral") ? "referral_made" : "information_given",
      consultations,
    };
  });
}

function durationOf(contact: MadeContact): number | null {
  return contact.endedAt ? Math.round((contact.endedAt.getTime() - contact.startedAt.getTime()) / 1000) : null;
}

/**
 * A batch's contacts, not yet counted (drafts), each with its record key as the contact service gives it.
 * One statement over arrays: the embedded database takes thousands of rows far faster that way.
 */
async function insertDrafts(db: ScopedDb, services: Services, teamId: string, batch: MadeContact[]) {
  await new RecordKeys(services.keyring).create(
    db,
    batch.map((contact) => contact.id),
  );
  const column = <T>(value: (contact: MadeContact) => T) => batch.map(value);
  await sql`
    INSERT INTO hotline_contacts (organisation_id, id, client_key, status, channel, direction, source, started_at,
      ended_at, duration_seconds, operator_user_id, team_id, language, caller_type, caller_country, outcome, created_by,
      created_at, updated_at)
    SELECT ${db.organisationId}::uuid, u.id, u.client_key, 'draft', u.channel, 'incoming', 'app', u.started_at,
      u.ended_at, u.duration, u.operator, ${teamId}::uuid, u.language, u.caller_type, u.caller_country, u.outcome,
      u.operator, coalesce(u.ended_at, u.started_at), coalesce(u.ended_at, u.started_at)
    FROM unnest(${column((c) => c.id)}::uuid[], ${column((c) => c.clientKey)}::text[],
      ${column((c) => c.channel)}::text[], ${column((c) => c.startedAt.toISOString())}::timestamptz[],
      ${column((c) => c.endedAt?.toISOString() ?? null)}::timestamptz[], ${column(durationOf)}::int[],
      ${column((c) => c.operatorUserId)}::uuid[], ${column((c) => c.language)}::text[],
      ${column((c) => c.callerType)}::text[], ${column((c) => c.callerCountry)}::text[],
      ${column((c) => c.outcome)}::text[])
      AS u(id, client_key, channel, started_at, ended_at, duration, operator, language, caller_type, caller_country,
        outcome)
  `.execute(db.tx);
}

/**
 * Completes a batch as the contact service completes a contact: its consultations, the local day it counts
 * on, the caller as a distinct person (anonymous: the contact itself), and the daily counts, together.
 */
async function completeBatch(db: ScopedDb, batch: MadeContact[], timeZone: string) {
  const cells = batch.map((contact) =>
    cellsOf(
      {
        startedAt: contact.startedAt,
        channel: contact.channel,
        direction: "incoming",
        language: contact.language,
        callerType: contact.callerType,
        callerCountry: contact.callerCountry,
        outcome: contact.outcome,
        escalation: null,
        durationSeconds: durationOf(contact),
        consultations: contact.consultations,
      },
      timeZone,
    ),
  );
  const consultations = batch.flatMap((contact) =>
    contact.consultations.map((consultation, position) => ({ contactId: contact.id, position, ...consultation })),
  );
  await sql`
    INSERT INTO hotline_consultations (organisation_id, id, contact_id, position, topic, service)
    SELECT ${db.organisationId}::uuid, u.id, u.contact_id, u.position, u.topic, u.service
    FROM unnest(${consultations.map(() => crypto.randomUUID())}::uuid[], ${consultations.map((c) => c.contactId)}::uuid[],
      ${consultations.map((c) => c.position)}::int[], ${consultations.map((c) => c.topic)}::text[],
      ${consultations.map((c) => c.service)}::text[]) AS u(id, contact_id, position, topic, service)
  `.execute(db.tx);
  await sql`
    UPDATE hotline_contacts AS h SET status = 'completed', counted_on = u.day, caller_ref = 'c:' || u.id::text
    FROM unnest(${batch.map((c) => c.id)}::uuid[], ${cells.map((c) => c[0]?.[0] ?? null)}::date[]) AS u(id, day)
    WHERE h.organisation_id = ${db.organisationId}::uuid AND h.id = u.id
  `.execute(db.tx);
  await applyCountChange(db, countChange(null, cells.flat()));
}

const BATCH = 1000;

/** Records one line's contacts unless they were recorded before; returns how many were made. */
async function seedLine(services: Services, line: DemoHotlineLine, teamId: string): Promise<number> {
  const emails = line.operators.map(officeStaffEmail);
  const found = await findDemoActors(services, DEMO_CASES_ORGANISATION.name, emails);
  const operators = emails.map((email) => found?.actors.get(email));
  const first = operators[0];
  if (!first || operators.some((operator) => !operator)) return 0;
  const operatorIds = operators.map((operator) => operator?.userId as string);
  const info = demoInfo(`seed-period:${line.key}`);
  const done = await runScoped(services.database, first, info, (db) =>
    db
      .selectFrom("hotline_contacts")
      .select("id")
      .where("client_key", "=", `demo-seed:${line.key}:0`)
      .executeTakeFirst(),
  );
  if (done) return 0;
  const batches = chunks(contactsOf(line, operatorIds), BATCH);
  // The drafts are committed before their consultations: the embedded database checks the consultations'
  // reference to a committed contact several times faster. Until completed, drafts count in no figure.
  for (const batch of batches) {
    await runScoped(services.database, first, info, (db) => insertDrafts(db, services, teamId, batch), {
      defaultAudit: true,
    });
  }
  for (const batch of batches) {
    await runScoped(services.database, first, info, async (db) => {
      const { timeZone } = await hotlineSettings(db, { forCounting: true });
      await completeBatch(db, batch, timeZone);
    });
  }
  return line.contacts;
}

/** The seed period's helpline contacts in the office teams; returns how many were made. */
export async function seedPeriodHotlines(services: Services, teams: ReadonlyMap<string, string>): Promise<number> {
  let made = 0;
  for (const line of SEED_PERIOD_HOTLINES) {
    const teamId = teams.get(line.team);
    if (teamId) made += await seedLine(services, line, teamId);
  }
  return made;
}
