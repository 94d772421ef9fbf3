import { sql } from "kysely";
import { directoryKey } from "../../../../shared/directory/place-keys.js";
import { isOrganisationType } from "../../../../shared/vocab/organisation-types.js";
import type { ScopedDb } from "../../../access/scoped-db.js";

/**
 * The organisation's own entry in the directory: every referral names its provider, and an imported one is
 * addressed to the importing organisation itself. Its entry as a member (kept by itself first, else by
 * whoever keeps it), else an entry of its own under its name, else a minimal new one kept by itself.
 */
export async function ownProviderId(
  db: ScopedDb,
  organisation: { name: string; org_type: string; country: string; phone: string | null },
): Promise<string> {
  const member = await db
    .selectFrom("service_providers")
    .select("id")
    .where("member_organisation_id", "=", db.organisationId)
    .where("retired_at", "is", null)
    .orderBy(sql`organisation_id = ${db.organisationId}`, "desc")
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  if (member) return member.id;
  const nameKey = directoryKey(organisation.name) ?? "";
  const named = await db
    .selectFrom("service_providers")
    .select("id")
    .where("organisation_id", "=", db.organisationId)
    .where("name_key", "=", nameKey)
    .executeTakeFirst();
  if (named) return named.id;
  const created = await db
    .insertInto("service_providers", [
      {
        organisation_id: db.organisationId,
        member_organisation_id: db.organisationId,
        name: organisation.name,
        name_key: nameKey,
        kind: isOrganisationType(organisation.org_type) ? organisation.org_type : "NGO",
        country: organisation.country,
        phone: organisation.phone,
      },
    ])
    .returning("id")
    .executeTakeFirstOrThrow();
  return created.id;
}
