import type { PackageBundle } from "../../../../shared/api/referral-packages.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import type { ShareableField } from "../../../../shared/referrals/fields.js";
import { invalidField } from "../../../access/errors.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import type { ReferralRow } from "../referral-access.js";
import { openPayload } from "../referral-keys.js";
import { htcdsDocument } from "./package-htcds.js";
import { referralPdf } from "./package-pdf.js";

export const PACKAGE_FORMAT = "safepath-referral-package";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The sender as the recipient needs them to answer: the organisation's telephone and address, the referrer's name. */
async function senderOf(db: ScopedDb, referral: ReferralRow) {
  const organisation = await db
    .selectFrom("organisations")
    .select(["name", "country", "phone", "street", "city", "region", "postal_code", "time_zone"])
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const referrer = referral.created_by
    ? await db.selectFrom("users").select("display_name").where("id", "=", referral.created_by).executeTakeFirst()
    : undefined;
  const city = [organisation.postal_code, organisation.city].filter(Boolean).join(" ");
  const address = [organisation.street, city, organisation.region].filter(Boolean).join(", ");
  return {
    from: {
      organisationName: organisation.name,
      country: organisation.country.trim(),
      phone: organisation.phone,
      address: address === "" ? null : address,
      referrerName: referrer?.display_name ?? null,
    },
    timeZone: organisation.time_zone,
  };
}

/**
 * The package's plain content: the referral, the sender, exactly the values the sender shared when sending
 * (the sealed copy, not the case as it is now), the same in HTCDS field names, and the PDF.
 */
export async function buildBundle(
  db: ScopedDb,
  services: Services,
  referral: ReferralRow,
  packageId: string,
  language: Language,
): Promise<PackageBundle> {
  if (!referral.wrapped_key || !referral.shared_payload) throw invalidField("body", "referral_unreadable");
  const { shared, message } = openPayload(services, referral);
  const service = referral.service_id
    ? await db.selectFrom("services").select("name").where("id", "=", referral.service_id).executeTakeFirst()
    : undefined;
  const { from, timeZone } = await senderOf(db, referral);
  const sharedFields = referral.shared_fields as ShareableField[];
  const content: Omit<PackageBundle, "pdf"> = {
    format: PACKAGE_FORMAT,
    version: 1,
    packageId,
    createdAt: new Date().toISOString(),
    referral: {
      number: referral.number,
      urgency: referral.urgency,
      reason: referral.reason as PackageBundle["referral"]["reason"],
      serviceType: referral.service_type as PackageBundle["referral"]["serviceType"],
      serviceName: service?.name ?? null,
      providerName: referral.to_organisation_name,
      sentAt: iso(referral.sent_at),
      dueAt: iso(referral.due_at),
      message,
    },
    from,
    sharedFields,
    person: shared,
    htcds: htcdsDocument(
      {
        fromOrganisation: from.organisationName,
        toOrganisation: referral.to_organisation_name,
        reason: referral.reason,
        sentAt: referral.sent_at,
        message,
      },
      sharedFields,
      shared,
    ),
  };
  const pdf = await referralPdf(content, language, timeZone);
  return { ...content, pdf: pdf.toString("base64") };
}
