import type { Updateable } from "kysely";
import type { ContactPatch } from "../../../shared/api/hotline.js";
import { BUILT_IN_TOPICS } from "../../../shared/hotline/vocab.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import type { HotlineContactsTable } from "../../db/schema-hotline.js";
import type { Services } from "../../services.js";
import { type CountryCode, phoneKey } from "../people/matching/contact-keys.js";

/** The context each sealed value of a contact is bound to: a value moved to another row does not open. */
export const contactField = (column: string, contactId: string) => `hotline_contacts.${column}:${contactId}`;
export const consultationNoteField = (consultationId: string) => `hotline_consultations.note:${consultationId}`;

/**
 * The organisation's country (the default for national numbers) and time zone (for the counts). A save
 * that counts reads them FOR SHARE, before it locks any contact: a change of time zone, which recounts
 * everything, then waits for saves under way and they never count on the old zone's days.
 */
export async function hotlineSettings(
  db: ScopedDb,
  options: { forCounting?: boolean } = {},
): Promise<{ country: string; timeZone: string }> {
  const query = db.selectFrom("organisations").select(["country", "time_zone"]).where("id", "=", db.organisationId);
  const row = await (options.forCounting ? query.forShare() : query).executeTakeFirstOrThrow();
  return { country: row.country, timeZone: row.time_zone };
}

/** A number as typed, read as E.164 with the organisation's country as default; else a 400 naming the field. */
export function readPhone(raw: string, defaultCountry: string, field: string): string {
  const e164 = phoneKey(raw, defaultCountry as CountryCode);
  if (!e164) throw invalidField(field, "phone_number");
  return e164;
}

/** The blind-index key of a number: the same HMAC as a person's phone key, so a caller meets their record. */
export async function numberKey(db: ScopedDb, services: Services, e164: string): Promise<string> {
  return services.keyring.blindIndex(db, "phone", e164);
}

/** Every consultation topic must be built in or one of the organisation's own that is still in use. */
export async function checkTopics(db: ScopedDb, topics: readonly string[], prefix: string): Promise<void> {
  const builtIn = new Set<string>(BUILT_IN_TOPICS);
  const custom = topics.filter((topic) => !builtIn.has(topic));
  const known = new Set(
    custom.length === 0
      ? []
      : (
          await db
            .selectFrom("hotline_topics")
            .select("code")
            .where("code", "in", custom)
            .where("retired_at", "is", null)
            .execute()
        ).map((row) => row.code),
  );
  topics.forEach((topic, index) => {
    if (!builtIn.has(topic) && !known.has(topic)) throw invalidField(`${prefix}.${index}.topic`, "unknown_value");
  });
}

type ContactColumns = Omit<Updateable<HotlineContactsTable>, "organisation_id" | "id">;

/**
 * The columns a change of a contact writes, with identifying values sealed under the contact's key.
 * Only the fields present in the change are written (a draft is saved field by field).
 */
export async function contactColumns(
  db: ScopedDb,
  services: Services,
  key: RecordKey,
  contactId: string,
  change: ContactPatch,
  defaultCountry: string,
): Promise<ContactColumns> {
  const seal = (column: string, text: string | null | undefined) =>
    text === undefined
      ? undefined
      : text === null || text === ""
        ? null
        : key.seal(contactField(column, contactId), text);
  const columns: ContactColumns = {
    channel: change.channel,
    direction: change.direction,
    started_at: change.startedAt === undefined ? undefined : new Date(change.startedAt),
    ended_at: change.endedAt === undefined ? undefined : change.endedAt === null ? null : new Date(change.endedAt),
    language: change.language,
    caller_type: change.callerType,
    caller_country: change.callerCountry,
    caller_place: change.callerPlace,
    anonymous: change.anonymous,
    caller_name: seal("caller_name", change.callerName),
    caller_email: seal("caller_email", change.callerEmail),
    notes: seal("notes", change.notes),
    outcome: change.outcome,
    follow_up_on: change.followUpOn,
    follow_up_note: seal("follow_up_note", change.followUpNote),
  };
  if (change.callerNumber !== undefined) {
    const e164 = change.callerNumber ? readPhone(change.callerNumber, defaultCountry, "body.callerNumber") : null;
    columns.caller_number = seal("caller_number", e164);
    columns.caller_number_key = e164 ? await numberKey(db, services, e164) : null;
  }
  if (change.followUpOn !== undefined && change.followUpOn !== null) columns.follow_up_done_at = null;
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** Replaces a contact's consultations with the given list, notes sealed under the contact's key. */
export async function replaceConsultations(
  db: ScopedDb,
  key: RecordKey,
  contactId: string,
  consultations: NonNullable<ContactPatch["consultations"]>,
  options: { newContact: boolean },
): Promise<void> {
  // A contact just created has none to replace: one statement less on the save path.
  if (!options.newContact) await db.deleteFrom("hotline_consultations").where("contact_id", "=", contactId).execute();
  if (consultations.length === 0) return;
  await db
    .insertInto(
      "hotline_consultations",
      consultations.map((consultation, position) => {
        const id = crypto.randomUUID();
        return {
          organisation_id: db.organisationId,
          id,
          contact_id: contactId,
          position,
          topic: consultation.topic,
          service: consultation.service,
          note: consultation.note ? key.seal(consultationNoteField(id), consultation.note) : null,
        };
      }),
    )
    .execute();
}

/** The consultations of a contact in order (topic and service only, for the counts). */
export async function consultationsOf(db: ScopedDb, contactId: string) {
  return db
    .selectFrom("hotline_consultations")
    .select(["topic", "service"])
    .where("contact_id", "=", contactId)
    .orderBy("position")
    .execute();
}
