import { sql } from "kysely";
import type { z } from "zod";
import type { callerLookup } from "../../../shared/api/hotline.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { visiblePersonIds } from "../people/people.service.js";
import { displayName, openIdentity } from "../people/person-identity.js";
import { storedSearchKey } from "../people/search-index.js";
import { contactScope } from "./contact-access.js";
import { summariesOf } from "./contact-read.service.js";
import { hotlineSettings, numberKey, readPhone } from "./contact-values.js";

type CallerLookup = z.infer<typeof callerLookup>;

/** Earlier contacts shown per lookup: enough to see a caller's history, newest first. */
const CONTACT_LIMIT = 20;

/**
 * A repeat caller: the contacts from this number the actor reaches, and the people whose recorded phone it
 * is, with their cases. Cases and people outside the actor's access are left out, not hinted at. The number
 * is compared through its blind-index key only; the lookup is audited with every record it shows.
 */
export async function lookUpCaller(db: ScopedDb, services: Services, number: string): Promise<CallerLookup> {
  const { country } = await hotlineSettings(db);
  const e164 = readPhone(number, country, "body.number");
  const key = await numberKey(db, services, e164);
  const contacts = await db
    .selectFrom("hotline_contacts")
    .selectAll()
    .where("caller_number_key", "=", key)
    .where(contactScope(db))
    .orderBy("started_at", "desc")
    .limit(CONTACT_LIMIT)
    .execute();
  const candidates = await sql<{ person_id: string }>`
    SELECT DISTINCT coalesce(p.merged_into, p.id) AS person_id
    FROM person_search_keys k
    JOIN people p ON p.organisation_id = k.organisation_id AND p.id = k.person_id
    WHERE k.organisation_id = ${db.organisationId} AND k.key = ${storedSearchKey(key)} AND p.erased_at IS NULL
  `.execute(db.tx);
  const visible = [
    ...(await visiblePersonIds(
      db,
      candidates.rows.map((row) => row.person_id),
    )),
  ];
  const people = await describePeople(db, services, visible);
  db.audit({
    action: "hotline.lookup",
    recordType: "contact",
    recordIds: contacts.map((row) => row.id),
    detail: { personIds: visible },
  });
  return { number: e164, contacts: await summariesOf(db, contacts), people };
}

/** Name and visible cases of each person found. */
async function describePeople(db: ScopedDb, services: Services, personIds: string[]) {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom("people").select(["id", "identity"]).where("id", "in", personIds).execute();
  const keys = await new RecordKeys(services.keyring).load(db, personIds);
  const cases = await db
    .selectFrom("case_people")
    .innerJoin("cases", (join) =>
      join
        .onRef("cases.organisation_id", "=", "case_people.organisation_id")
        .onRef("cases.id", "=", "case_people.case_id"),
    )
    .select(["case_people.person_id", "cases.id", "cases.case_number"])
    .where("case_people.person_id", "in", personIds)
    .where(caseScope(db))
    .orderBy("cases.case_number")
    .execute();
  return rows.map((row) => ({
    personId: row.id,
    name: displayName(openIdentity(keys.get(row.id), row.identity)),
    cases: cases.filter((c) => c.person_id === row.id).map((c) => ({ id: c.id, caseNumber: c.case_number })),
  }));
}
