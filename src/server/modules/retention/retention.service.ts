import { sql } from "kysely";
import { todayIso } from "../../../shared/dates.js";
import { systemActor } from "../../access/actor.js";
import { runScoped } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { shredContactsBefore } from "../hotline/contact-retention.js";
import { eraseIdentifyingData } from "../people/erasure.service.js";

export interface RetentionReport {
  organisationId: string;
  retentionYears: number;
  cases: number;
  people: number;
  keysDestroyed: number;
  /** Hotline contacts outside any case past the period, shredded. */
  contacts: number;
}

/** One lock for the job across every process on the database: two runs at once would do the work twice. */
const RETENTION_LOCK = 0x5afe_0002;

/** The last closure date that is past an organisation's retention period on a given day. */
export function retentionCutoff(today: string, years: number): string {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff.toISOString().slice(0, 10);
}

/**
 * The retention rule: N years after a case was closed, the identifying data of the case and of its
 * victims is erased (their keys destroyed), unless a victim also has a case that is still open or not
 * yet past the period. Hotline contacts outside any case go the same number of years after the contact.
 * The statistical fields stay, so figures keep counting the cases and contacts.
 */
export async function runRetention(services: Services, today: string = todayIso()): Promise<RetentionReport[]> {
  // Which organisations have a rule: read through the scoped handle as the deployment's system actor.
  const organisations = await runScoped(
    services.database,
    systemActor("retention", "deployment"),
    { requestId: crypto.randomUUID(), clientIp: null, action: "system.retention" },
    (db) =>
      db
        .selectFrom("organisations")
        .select(["id", "retention_years"])
        .where("retention_years", "is not", null)
        .where("disabled_at", "is", null)
        .execute(),
  );
  const reports: RetentionReport[] = [];
  for (const organisation of organisations) {
    const years = organisation.retention_years as number;
    const actor = systemActor("retention", { organisationId: organisation.id });
    const info = { requestId: crypto.randomUUID(), clientIp: null, action: "system.retention" };
    const report = await runScoped(services.database, actor, info, async (db) => {
      const locked = await sql<{
        locked: boolean;
      }>`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}, hashtext(${organisation.id})) AS locked`.execute(db.tx);
      if (!locked.rows[0]?.locked) return undefined;
      const cutoff = retentionCutoff(today, years);
      const due = await db
        .selectFrom("cases")
        .select("id")
        .where("stage", "=", "closed")
        .where("closed_on", "<", cutoff)
        .where("identifying_erased_at", "is", null)
        .execute();
      const caseIds = due.map((row) => row.id);
      const victims = caseIds.length
        ? await db
            .selectFrom("case_people")
            .select("person_id")
            .distinct()
            .where("case_id", "in", caseIds)
            .where("role", "=", "victim")
            .execute()
        : [];
      // A person with any other case not yet due keeps their identity for that case's work.
      const kept = victims.length
        ? await db
            .selectFrom("case_people")
            .innerJoin("cases", (join) =>
              join
                .onRef("cases.organisation_id", "=", "case_people.organisation_id")
                .onRef("cases.id", "=", "case_people.case_id"),
            )
            .select("case_people.person_id")
            .where(
              "case_people.person_id",
              "in",
              victims.map((v) => v.person_id),
            )
            .where("cases.id", "not in", caseIds)
            .where("cases.identifying_erased_at", "is", null)
            .execute()
        : [];
      const keep = new Set(kept.map((row) => row.person_id));
      const people = victims.map((v) => v.person_id).filter((id) => !keep.has(id));
      const erased = await eraseIdentifyingData(db, services, people, caseIds);
      // Contacts outside a case count the period from the contact itself.
      const contacts = await shredContactsBefore(db, services, cutoff);
      db.audit({
        action: "system.retention",
        detail: {
          retentionYears: years,
          cutoff,
          cases: caseIds.length,
          people: people.length,
          keysDestroyed: erased.keysDestroyed,
          contacts,
        },
      });
      return {
        organisationId: organisation.id,
        retentionYears: years,
        cases: caseIds.length,
        people: people.length,
        keysDestroyed: erased.keysDestroyed + contacts,
        contacts,
      };
    });
    if (report) reports.push(report);
  }
  return reports;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the rule an hour after start and then daily; every process may run it, the lock keeps it single. */
export function scheduleRetention(services: Services, log: (message: string) => void): () => void {
  const run = () => {
    runRetention(services)
      .then((reports) => {
        const cases = reports.reduce((sum, r) => sum + r.cases, 0);
        if (cases > 0) log(`retention: erased identifying data of ${cases} closed cases`);
      })
      .catch((error: unknown) => log(`retention failed: ${(error as Error).message}`));
  };
  const first = setTimeout(run, 60 * 60 * 1000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
