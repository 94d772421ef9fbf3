import { sql } from "kysely";
import { BUILT_IN_INSTRUMENTS } from "../../../shared/screening/instruments/index.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { saveFormVersion } from "./form-versions.js";

const INSTALL_LOCK = 0x5afe_0003;

/**
 * Every organisation starts with the built-in instruments, published. They are installed the first time
 * the organisation's form library is used, once: an administrator's later versions (exported, edited
 * and imported back) are never overwritten, and a retired instrument stays retired.
 */
export async function installBuiltInForms(db: ScopedDb): Promise<void> {
  const present = await db
    .selectFrom("forms")
    .select("form_key")
    .where(
      "form_key",
      "in",
      BUILT_IN_INSTRUMENTS.map((instrument) => instrument.form.formId),
    )
    .execute();
  if (present.length === BUILT_IN_INSTRUMENTS.length) return;
  // Two first uses at once would both install: the second waits here, then finds them present.
  await sql`SELECT pg_advisory_xact_lock(${INSTALL_LOCK}, hashtext(${db.organisationId}))`.execute(db.tx);
  const have = new Set(
    (
      await db
        .selectFrom("forms")
        .select("form_key")
        .where(
          "form_key",
          "in",
          BUILT_IN_INSTRUMENTS.map((instrument) => instrument.form.formId),
        )
        .execute()
    ).map((row) => row.form_key),
  );
  for (const instrument of BUILT_IN_INSTRUMENTS) {
    if (have.has(instrument.form.formId)) continue;
    const saved = await saveFormVersion(db, instrument.form, {
      scoring: instrument.rules,
      builtIn: true,
      status: "published",
    });
    db.audit({ action: "form.install", recordType: "form", recordId: saved.formId, detail: { builtIn: true } });
  }
}
