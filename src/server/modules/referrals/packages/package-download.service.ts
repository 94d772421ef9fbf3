import { sql } from "kysely";
import { ANONYMOUS, systemActor } from "../../../access/actor.js";
import { notFound } from "../../../access/errors.js";
import { type RequestInfo, runScoped } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import { recordStep } from "../referral-story.js";
import { tokenHash } from "./package-create.service.js";

export type Download =
  | { kind: "file"; fileName: string; content: Buffer }
  /** Downloaded already, or past its date: refused, counted and audited. */
  | { kind: "gone" };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Which organisation holds the package behind a link. The caller has no session and the link names no
 * organisation, so the lookup crosses organisations: it is the SECURITY DEFINER function
 * referral_package_organisation (migration 0010), which answers that one question for one token hash and
 * nothing else, called as the anonymous actor. Everything after it runs as the holding organisation's system
 * actor "referral-package", under row-level security like any request of that organisation.
 */
async function holderOf(services: Services, info: RequestInfo, hash: string): Promise<string> {
  return runScoped(services.database, ANONYMOUS, info, async (db) => {
    const found = await sql<{ organisation_id: string | null }>`
      SELECT referral_package_organisation(${hash}) AS organisation_id`.execute(db.tx);
    const organisationId = found.rows[0]?.organisation_id;
    // Recorded as a failed attempt by runScoped, without the token.
    if (!organisationId) throw notFound();
    return organisationId;
  });
}

/**
 * The one download a link allows: within its time, the encrypted file, emptied from the database in the same
 * transaction. A second attempt or a late one is refused and recorded (the count, the time, the audit trail:
 * a link that someone else tries may have leaked). The token itself is never written anywhere.
 */
export async function downloadPackage(services: Services, info: RequestInfo, token: string): Promise<Download> {
  if (!TOKEN.test(token)) throw notFound();
  const hash = tokenHash(token);
  const organisationId = await holderOf(services, info, hash);
  const actor = systemActor("referral-package", { organisationId });
  return runScoped(services.database, actor, info, async (db) => {
    const row = await db
      .selectFrom("referral_packages")
      .select(["id", "referral_id", "content", "expires_at", "downloaded_at"])
      .where("token_hash", "=", hash)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    const referral = await db
      .selectFrom("referrals")
      .select(["id", "organisation_id", "to_organisation_id", "case_id", "number", "status"])
      .where("id", "=", row.referral_id)
      .executeTakeFirstOrThrow();
    const now = new Date();
    if (row.downloaded_at || row.expires_at <= now || !row.content) {
      await db
        .updateTable("referral_packages")
        .set({ refused_attempts: sql`refused_attempts + 1`, last_refused_at: now, content: null })
        .where("id", "=", row.id)
        .execute();
      db.audit({
        action: "referral.package_refused",
        outcome: "denied",
        recordType: "referral",
        recordId: referral.id,
        detail: { packageId: row.id, code: row.downloaded_at ? "downloaded" : "expired" },
      });
      return { kind: "gone" };
    }
    await db
      .updateTable("referral_packages")
      .set({ content: null, downloaded_at: now })
      .where("id", "=", row.id)
      .execute();
    await recordStep(db, referral, {
      action: "package_download",
      from: referral.status,
      to: referral.status,
      detail: { packageId: row.id },
    });
    return { kind: "file", fileName: `referral-${referral.number}.age`, content: row.content };
  });
}
