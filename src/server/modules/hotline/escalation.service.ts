import type { z } from "zod";
import type { ContactDetail, escalationInput } from "../../../shared/api/hotline.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { raiseUrgentTask } from "../case-records/urgent-task.js";
import { findContact } from "./contact-access.js";
import { readContact, reportField } from "./contact-read.service.js";
import { keepingCounts } from "./contact-save.service.js";
import { hotlineSettings } from "./contact-values.js";

type Escalation = z.infer<typeof escalationInput>;

/** Immediate danger outranks a report of exploitation: a contact keeps the graver of the two. */
const GRAVITY = { exploitation: 1, immediate_danger: 2 } as const;

/**
 * The "report of exploitation" and "immediate danger" paths: an urgent task due today for a supervisor of
 * the operator's team (else of the organisation), raised once per escalation level, and — only with the
 * caller's consent — a record of the report made to law enforcement, its reference and summary sealed.
 */
export async function escalateContact(
  db: ScopedDb,
  services: Services,
  contactId: string,
  input: Escalation,
  language: Language,
): Promise<ContactDetail> {
  // Settings before the contact's lock, as every counting save takes them (contact-values.ts).
  await hotlineSettings(db, { forCounting: true });
  const row = await findContact(db, contactId, { forUpdate: true });
  if (input.lawEnforcement && !input.lawEnforcement.consent) {
    throw invalidField("body.lawEnforcement.consent", "consent_required");
  }
  const key = await new RecordKeys(services.keyring).loadOne(db, contactId);
  if (!key) throw new AppError("conflict");
  const graver = !row.escalation || GRAVITY[input.kind] > GRAVITY[row.escalation];
  if (graver) {
    // A completed contact counts its escalation: its counts move with it.
    await keepingCounts(db, row, () =>
      db
        .updateTable("hotline_contacts")
        .set({
          escalation: input.kind,
          outcome: input.kind === "immediate_danger" && !row.outcome ? "emergency_escalated" : row.outcome,
          updated_at: new Date(),
        })
        .where("id", "=", contactId)
        .execute(),
    );
    const title = translator(language)(`hotline.urgentTaskTitle.${input.kind}`);
    await raiseUrgentTask(db, key, { kind: "contact", id: contactId }, title);
  }
  const report = input.lawEnforcement;
  if (report) {
    const id = crypto.randomUUID();
    await db
      .insertInto("law_enforcement_reports", [
        {
          organisation_id: db.organisationId,
          id,
          contact_id: contactId,
          kind: input.kind,
          agency: report.agency,
          reported_at: report.reportedAt ? new Date(report.reportedAt) : new Date(),
          consent: true,
          reference: report.reference ? key.seal(reportField("reference", id), report.reference) : null,
          summary: report.summary ? key.seal(reportField("summary", id), report.summary) : null,
          created_by: db.actor.userId,
        },
      ])
      .execute();
  }
  db.audit({
    action: "hotline.escalate",
    recordType: "contact",
    recordId: contactId,
    detail: { kind: input.kind, taskRaised: graver, lawEnforcementReport: report !== undefined },
  });
  return readContact(db, services, contactId, key);
}
