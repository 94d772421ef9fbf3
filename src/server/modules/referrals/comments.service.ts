import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import type { ReferralRow } from "./referral-access.js";
import { commentField, referralKeyOf } from "./referral-keys.js";
import { actorLabel } from "./referral-story.js";

/** A message between the two organisations, sealed under the referral's key. */
export async function addComment(
  db: ScopedDb,
  services: Services,
  referral: Pick<ReferralRow, "id" | "organisation_id" | "to_organisation_id" | "wrapped_key">,
  body: string,
): Promise<string> {
  const key = referralKeyOf(services, referral);
  // The person's data was erased: the conversation about them is closed too.
  if (!key) throw invalidField("body", "referral_unreadable");
  const id = crypto.randomUUID();
  await db
    .insertInto("referral_comments", [
      {
        organisation_id: referral.organisation_id,
        to_organisation_id: referral.to_organisation_id,
        id,
        referral_id: referral.id,
        author_organisation_id: db.organisationId,
        author_user_id: db.actor.userId,
        author_label: await actorLabel(db),
        body: key.seal(commentField(id), body),
      },
    ])
    .execute();
  db.audit({ action: "referral.comment", recordType: "referral", recordId: referral.id, detail: { commentId: id } });
  return id;
}

/** The conversation, oldest first, as the reader's organisation sees it. */
export async function commentsOf(db: ScopedDb, services: Services, referral: Pick<ReferralRow, "id" | "wrapped_key">) {
  const key = referralKeyOf(services, referral);
  const rows = await db
    .selectFrom("referral_comments")
    .selectAll()
    .where("referral_id", "=", referral.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.created_at.toISOString(),
    author: row.author_label,
    fromOwnOrganisation: row.author_organisation_id === db.organisationId,
    body: key ? key.open(commentField(row.id), row.body) : "",
  }));
}
