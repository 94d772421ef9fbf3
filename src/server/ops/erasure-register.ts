import type { RawConnection } from "../db/connect.js";

/**
 * Erasures survive a restore: the records erased in the database being replaced are erased again in the
 * restored data, in the same transaction, so that an older backup cannot bring a destroyed key back.
 * (Restoring into an empty database cannot know of erasures made after the backup: docs/operations.md.)
 */
export interface ErasureRegister {
  people: { organisation_id: string; id: string }[];
  cases: { organisation_id: string; id: string }[];
}

export async function readErasureRegister(conn: RawConnection): Promise<ErasureRegister> {
  const has = await conn.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'people'");
  if (!has[0]?.n) return { people: [], cases: [] };
  return {
    people: await conn.query("SELECT organisation_id, id FROM people WHERE erased_at IS NOT NULL"),
    cases: await conn.query("SELECT organisation_id, id FROM cases WHERE identifying_erased_at IS NOT NULL"),
  };
}

const ROWS = "json_to_recordset($1::json) AS e(organisation_id uuid, id uuid)";

export async function reapplyErasures(conn: RawConnection, register: ErasureRegister): Promise<number> {
  if (register.people.length + register.cases.length === 0) return 0;
  const people = JSON.stringify(register.people);
  const cases = JSON.stringify(register.cases);
  const subjects = JSON.stringify([...register.people, ...register.cases]);
  const destroyed = await conn.query<{ subject_id: string }>(
    `DELETE FROM record_keys k USING ${ROWS} WHERE k.organisation_id = e.organisation_id AND k.subject_id = e.id RETURNING k.subject_id`,
    [subjects],
  );
  await conn.query(
    `UPDATE people p SET identity = NULL, erased_at = coalesce(p.erased_at, now()) FROM ${ROWS} WHERE p.organisation_id = e.organisation_id AND p.id = e.id`,
    [people],
  );
  await conn.query(
    `DELETE FROM person_search_keys k USING ${ROWS} WHERE k.organisation_id = e.organisation_id AND k.person_id = e.id`,
    [people],
  );
  await conn.query(
    `DELETE FROM person_name_trigrams k USING ${ROWS} WHERE k.organisation_id = e.organisation_id AND k.person_id = e.id`,
    [people],
  );
  // Screenings linked to an erased person, by the person (the register lists people and cases).
  await conn.query(
    `DELETE FROM record_keys k USING screenings s, ${ROWS} WHERE s.organisation_id = e.organisation_id AND s.person_id = e.id AND k.organisation_id = s.organisation_id AND k.subject_id = s.id`,
    [people],
  );
  // Hotline contacts linked to an erased person, likewise; their number's blind key goes too.
  await conn.query(
    `DELETE FROM record_keys k USING hotline_contacts h, ${ROWS} WHERE h.organisation_id = e.organisation_id AND h.person_id = e.id AND k.organisation_id = h.organisation_id AND k.subject_id = h.id`,
    [people],
  );
  await conn.query(
    `UPDATE hotline_contacts h SET caller_number = NULL, caller_number_key = NULL, caller_name = NULL, caller_email = NULL, notes = NULL, follow_up_note = NULL FROM ${ROWS} WHERE h.organisation_id = e.organisation_id AND h.person_id = e.id`,
    [people],
  );
  await conn.query(
    `UPDATE cases c SET sealed = NULL, identifying_erased_at = coalesce(c.identifying_erased_at, now()) FROM ${ROWS} WHERE c.organisation_id = e.organisation_id AND c.id = e.id`,
    [cases],
  );
  return destroyed.length;
}
