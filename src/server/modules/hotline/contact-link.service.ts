import type { z } from "zod";
import type { caseIntake } from "../../../shared/api/cases.js";
import type { ContactDetail } from "../../../shared/api/hotline.js";
import { LANGUAGE_CODES } from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { findCase } from "../cases/case-access.js";
import { findVisiblePerson } from "../people/people.service.js";
import { findContact } from "./contact-access.js";
import { readContact } from "./contact-read.service.js";
import { callerRef } from "./contact-save.service.js";

type Draft = Partial<z.infer<typeof caseIntake>>;
type LanguageCode = (typeof LANGUAGE_CODES)[number];

const isCountry = (code: string | null): code is (typeof COUNTRY_CODES)[number] =>
  code !== null && (COUNTRY_CODES as readonly string[]).includes(code);
const isLanguage = (code: string | null): code is LanguageCode =>
  code !== null && (LANGUAGE_CODES as readonly string[]).includes(code);

/** The primary person of a case: the victim linked first. */
async function personOfCase(db: ScopedDb, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom("case_people")
    .select("person_id")
    .where("case_id", "=", caseId)
    .where("role", "=", "victim")
    .orderBy("created_at")
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * Links a contact to a person and a case the actor reaches (null unlinks). Linking a case without a person
 * links the case's person too, so that the caller counts once however many times they call.
 */
export async function linkContact(
  db: ScopedDb,
  services: Services,
  contactId: string,
  link: { caseId?: string | null; personId?: string | null },
  prefix = "body",
): Promise<ContactDetail> {
  const row = await findContact(db, contactId, { forUpdate: true });
  let caseId = row.case_id;
  let personId = row.person_id;
  if (link.caseId !== undefined) {
    if (link.caseId !== null) {
      await findCase(db, link.caseId).catch(() => {
        throw invalidField(`${prefix}.caseId`, "unknown_case");
      });
    }
    caseId = link.caseId;
    if (link.personId === undefined && link.caseId !== null) personId = await personOfCase(db, link.caseId);
  }
  if (link.personId !== undefined) {
    if (link.personId !== null) {
      await findVisiblePerson(db, link.personId).catch(() => {
        throw invalidField(`${prefix}.personId`, "unknown_person");
      });
    }
    personId = link.personId;
  }
  await db
    .updateTable("hotline_contacts")
    .set({
      case_id: caseId,
      person_id: personId,
      // A contact already counted now counts for the person it was linked to.
      ...(row.caller_ref !== null ? { caller_ref: callerRef({ ...row, person_id: personId }) } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", contactId)
    .execute();
  db.audit({
    action: "hotline.contact.link",
    recordType: "contact",
    recordId: contactId,
    detail: { caseId, personId },
  });
  return readContact(db, services, contactId);
}

/** Called by the case intake: the contact a case was opened from is linked to it and to its person. */
export async function linkContactToNewCase(db: ScopedDb, services: Services, contactId: string, caseId: string) {
  const row = await findContact(db, contactId).catch(() => {
    throw invalidField("body.contactId", "unknown_value");
  });
  if (row.case_id !== null) throw invalidField("body.contactId", "contact_has_case");
  await linkContact(db, services, contactId, { caseId }, "body");
}

/**
 * A case intake pre-filled from a contact: the caller's name when they gave one, their country as
 * citizenship, and the language of the call. The caseworker checks and completes it; consents are asked
 * for the case's own purposes.
 */
export async function caseDraftFromContact(db: ScopedDb, services: Services, contactId: string): Promise<Draft> {
  const contact = await readContact(db, services, contactId);
  if (contact.personId) return { personId: contact.personId, contactId };
  const [firstName, ...rest] = (contact.callerName ?? "").trim().split(/\s+/).filter(Boolean);
  return {
    contactId,
    person: {
      identity: {
        firstName: firstName ?? null,
        secondName: rest.length ? rest.join(" ") : null,
        phones: contact.callerNumber ? [contact.callerNumber] : undefined,
        emails: contact.callerEmail ? [contact.callerEmail] : undefined,
      },
      ...(isCountry(contact.callerCountry) ? { citizenships: [contact.callerCountry] } : {}),
      ...(isLanguage(contact.language) ? { primaryLanguage: contact.language } : {}),
    },
  };
}
