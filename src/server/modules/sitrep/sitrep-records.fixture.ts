import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Schema } from "../../db/schema.js";

/*
 * Records written straight into the tables, as the workflows would have left them, for the report's figures:
 * the figures need records in past months and in chosen teams, which the API sets from the clock and from
 * the user's team. Only the columns the figures read are filled.
 */

type Db = Kysely<Schema>;

export async function insertOffice(db: Db, organisationId: string, name: string, isMain = false): Promise<string> {
  const row = await db
    .insertInto("offices")
    .values({ organisation_id: organisationId, name, country: "PL", is_main: isMain, sort_order: 0 })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Makes the office the organisation's main office (the demo's main office stops being one). */
export async function makeMain(db: Db, organisationId: string, officeId: string): Promise<void> {
  await db.updateTable("offices").set({ is_main: false }).where("organisation_id", "=", organisationId).execute();
  await db.updateTable("offices").set({ is_main: true }).where("id", "=", officeId).execute();
}

export async function insertTeam(db: Db, organisationId: string, name: string, officeId: string | null) {
  const row = await db
    .insertInto("teams")
    .values({ organisation_id: organisationId, name, office_id: officeId } as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AssistedPersonSeed {
  teamId: string | null;
  sex: "Female" | "Male" | "Intersex" | null;
  traffickingStatus: "ActualVictimOfTrafficking" | "PossibleVictimOfTrafficking" | null;
  openedOn: string;
  assistance: { type: string; status: "planned" | "provided" | "cancelled"; providedOn: string | null }[];
}

/** A person with a case of the team and the assistance given in it. */
export async function insertAssistedPerson(db: Db, organisationId: string, seed: AssistedPersonSeed) {
  const person = await db
    .insertInto("people")
    .values({ organisation_id: organisationId, sex: seed.sex } as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  const theCase = await db
    .insertInto("cases")
    .values({
      organisation_id: organisationId,
      case_number: `SIT-${randomUUID().slice(0, 12)}`,
      opened_on: seed.openedOn,
      team_id: seed.teamId,
      primary_person_id: person.id,
    } as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("case_people")
    .values({
      organisation_id: organisationId,
      case_id: theCase.id,
      person_id: person.id,
      role: "victim",
      trafficking_status: seed.traffickingStatus,
    } as never)
    .execute();
  for (const item of seed.assistance) {
    await db
      .insertInto("assistance")
      .values({
        organisation_id: organisationId,
        case_id: theCase.id,
        assistance_type: item.type,
        status: item.status,
        provided_on: item.providedOn,
      } as never)
      .execute();
  }
  return { personId: person.id, caseId: theCase.id };
}

/** A form of the organisation for screenings written here (the built-in ones are made on first use). */
async function fixtureForm(db: Db, organisationId: string): Promise<string> {
  const existing = await db
    .selectFrom("forms")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("form_key", "=", "sitrep_fixture")
    .executeTakeFirst();
  if (existing) return existing.id;
  const form = await db
    .insertInto("forms")
    .values({
      organisation_id: organisationId,
      form_key: "sitrep_fixture",
      title: JSON.stringify({ en: "Fixture" }),
      status: "published",
      latest_version: 1,
      published_version: 1,
    } as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("form_versions")
    .values({
      organisation_id: organisationId,
      form_id: form.id,
      version: 1,
      version_label: "1",
      definition: JSON.stringify({}),
    } as never)
    .execute();
  return form.id;
}

/** A screening of the team at an instant. */
export async function insertScreening(db: Db, organisationId: string, teamId: string | null, screenedAt: string) {
  await db
    .insertInto("screenings")
    .values({
      organisation_id: organisationId,
      form_id: await fixtureForm(db, organisationId),
      form_version: 1,
      screened_at: new Date(screenedAt),
      team_id: teamId,
      answers: "sealed",
    } as never)
    .execute();
}

export interface ContactSeed {
  teamId: string | null;
  /** The hotline's local day it counts on; null: not completed, not counted. */
  countedOn: string | null;
  /** Who the caller is for "distinct persons"; null: the contact assisted nobody. */
  callerRef: string | null;
  consultations: number;
}

export async function insertContact(db: Db, organisationId: string, seed: ContactSeed): Promise<void> {
  const id = randomUUID();
  await db
    .insertInto("hotline_contacts")
    .values({
      organisation_id: organisationId,
      id,
      status: seed.countedOn ? "completed" : "draft",
      channel: "phone",
      direction: "incoming",
      source: "app",
      started_at: new Date(`${seed.countedOn ?? "2012-03-15"}T10:00:00Z`),
      team_id: seed.teamId,
      counted_on: seed.countedOn,
      caller_ref: seed.callerRef === "anonymous" ? `c:${id}` : seed.callerRef,
    } as never)
    .execute();
  for (let position = 0; position < seed.consultations; position++) {
    await db
      .insertInto("hotline_consultations")
      .values({
        organisation_id: organisationId,
        contact_id: id,
        position,
        topic: "work_rights",
        service: "information",
      } as never)
      .execute();
  }
}

export interface ReferralSeed {
  teamId: string | null;
  caseId: string;
  providerId: string;
  sentAt: string | null;
  status: "draft" | "sent" | "accepted" | "completed";
  imported?: boolean;
}

export async function insertReferral(db: Db, organisationId: string, seed: ReferralSeed): Promise<void> {
  await db
    .insertInto("referrals")
    .values({
      organisation_id: organisationId,
      number: `R-${randomUUID().slice(0, 12)}`,
      from_organisation_name: "Sender",
      to_organisation_name: "Receiver",
      case_id: seed.caseId,
      team_id: seed.teamId,
      provider_id: seed.providerId,
      service_type: "ShelterAndAccommodation",
      urgency: "normal",
      reason: "AdditionalServicesRequired",
      status: seed.status,
      sent_at: seed.sentAt ? new Date(seed.sentAt) : null,
      finished_at: seed.status === "completed" && seed.sentAt ? new Date(seed.sentAt) : null,
      imported_at: seed.imported ? new Date() : null,
      imported_from: seed.imported ? "Elsewhere" : null,
    } as never)
    .execute();
}

export interface ActivitySeed {
  officeId: string;
  kind: string;
  section: string;
  status: "draft" | "submitted" | "approved";
  /** YYYY-MM */
  month: string;
  title: string;
  narrative?: string;
  details: Record<string, unknown>;
}

export async function insertActivity(db: Db, organisationId: string, seed: ActivitySeed): Promise<string> {
  const row = await db
    .insertInto("activities")
    .values({
      organisation_id: organisationId,
      office_id: seed.officeId,
      kind: seed.kind,
      section: seed.section,
      title: seed.title,
      narrative: seed.narrative ?? "",
      country: "PL",
      starts_on: `${seed.month}-10`,
      ends_on: `${seed.month}-11`,
      period_month: `${seed.month}-01`,
      status: seed.status,
      details: JSON.stringify(seed.details),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPhoto(db: Db, organisationId: string, activityId: string, caption: string) {
  const row = await db
    .insertInto("activity_photos")
    .values({
      organisation_id: organisationId,
      activity_id: activityId,
      caption,
      credit: "Staff",
      consent: "nobody_recognisable",
      media_type: "image/png",
      size_bytes: 4,
      content: Buffer.from("seal"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
