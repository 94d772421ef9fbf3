import { type Actor, systemActor, userActor } from "../../src/server/access/actor.js";
import { runScoped } from "../../src/server/access/scoped-db.js";
import { intakeCases, type NewPersonIntake, toImportCase } from "../../src/server/modules/cases/bulk-intake.js";
import { intakeCase } from "../../src/server/modules/cases/intake.service.js";
import type { ImportCase } from "../../src/server/modules/htcds-exchange/import-cases.js";
import { writeCases } from "../../src/server/modules/htcds-exchange/import-write.js";
import type { Services } from "../../src/server/services.js";
import { isRole } from "../../src/shared/access/permissions.js";
import { caseIntake } from "../../src/shared/api/cases.js";
import { addDays, todayIso } from "../../src/shared/dates.js";
import { htcdsStatusForStage } from "../../src/shared/htcds/index.js";
import { Random } from "./cases-random.js";
import { type SyntheticCase, syntheticCase } from "./cases-synthetic.js";

/** The seed of the synthetic caseload; scripts/generate-cases.ts and the benchmarks share it. */
export const DEFAULT_SEED = 20220224;

export interface CaseWorkers {
  organisationId: string;
  /** Who opens cases: the caseworkers, or the supervisors where there are none. */
  workers: Actor[];
}

const info = (what: string) => ({ requestId: `generate-cases:${what}`, clientIp: null, action: "case.create" });

/**
 * The organisation named, or else the first (by creation, then name) that has someone to open cases,
 * with its active caseworkers and supervisors.
 */
export async function caseWorkers(services: Services, organisationName?: string): Promise<CaseWorkers> {
  const reader = systemActor("generate-cases", "deployment");
  return runScoped(services.database, reader, info("setup"), async (db) => {
    let orgQuery = db.selectFrom("organisations").select(["id", "name"]).orderBy("created_at").orderBy("name");
    if (organisationName) orgQuery = orgQuery.where("name", "=", organisationName);
    const organisations = await orgQuery.execute();
    if (organisations.length === 0)
      throw new Error(organisationName ? `no organisation named "${organisationName}"` : "no organisation");
    for (const organisation of organisations) {
      const users = await db
        .selectFrom("users")
        .select(["id", "team_id", "roles"])
        .where("organisation_id", "=", organisation.id)
        .where("disabled_at", "is", null)
        .orderBy("created_at")
        .orderBy("email")
        .execute();
      const workers = users
        .filter((u) => u.roles.includes("caseworker") || u.roles.includes("supervisor"))
        .map((user) =>
          userActor({
            userId: user.id,
            organisationId: organisation.id,
            teamId: user.team_id,
            roles: user.roles.filter(isRole),
            via: "session",
            locale: "en",
          }),
        );
      if (workers.length === 0) continue;
      // Supervisors open cases only where there is nobody else: caseworkers hold the caseload.
      const openers = workers.filter((a) => !a.permissions.has("case.approve"));
      return { organisationId: organisation.id, workers: openers.length > 0 ? openers : workers };
    }
    throw new Error("no organisation has a caseworker or supervisor to open cases");
  });
}

/** The first `count` synthetic cases of a seed: the same every time. */
export function* syntheticCases(seed: number, count: number): Generator<SyntheticCase> {
  const random = new Random(seed);
  for (let i = 0; i < count; i++) {
    const item = syntheticCase(random);
    // What the API would accept, or the run stops: a service fed other input measures nothing real.
    caseIntake.parse(item.intake);
    yield item;
  }
}

/** Days from opening to closure, spread without drawing on the seeded source (the people stay the same). */
const closedAfterDays = (index: number) => 30 + ((index * 37) % 400);

/**
 * A synthetic case as the import writer takes it, at its stage: a closed case with its closure date,
 * reason and whether it was referred on; a requested closure with its reason, waiting for approval.
 */
function importCaseOf(item: SyntheticCase, index: number): ImportCase {
  const open = toImportCase(item.intake as NewPersonIntake, index);
  if (!item.closure) return { ...open, stage: item.stage, status: htcdsStatusForStage(item.stage, false) };
  const closed = item.stage === "closed";
  const referred = item.closure.referred;
  // No closure in the future: a case opened lately was closed today at the latest.
  const closedOn = [addDays(open.openedOn, closedAfterDays(index)), todayIso()].sort()[0] ?? null;
  return {
    ...open,
    stage: item.stage,
    status: htcdsStatusForStage(item.stage, referred),
    closedReferred: referred,
    closedOn: closed ? closedOn : null,
    closureReason: item.closure.reason,
  };
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Cases per transaction. */
  batchSize: number;
  progress?: (done: number, seconds: number) => void;
}

/**
 * Adds `count` synthetic cases at their stages through the writer of the HTCDS import and the batch
 * intake (record keys, sealed identity, blind indexes, case numbers, victim context, consents, history,
 * audit), `batchSize` cases per transaction, opened by the organisation's caseworkers in turn: as a
 * migration from another system brings a caseload in. Returns the cases made and the seconds it took.
 */
export async function generateCases(services: Services, team: CaseWorkers, options: GenerateOptions) {
  const started = performance.now();
  const source = syntheticCases(options.seed ?? DEFAULT_SEED, options.count);
  let done = 0;
  let analyzedAt = 0;
  for (let batch = 0; done < options.count; batch++) {
    const actor = team.workers[batch % team.workers.length] as Actor;
    const size = Math.min(options.batchSize, options.count - done);
    const cases: ImportCase[] = [];
    for (let i = 0; i < size; i++) {
      const next = source.next();
      if (next.done) break;
      cases.push(importCaseOf(next.value, done + i));
    }
    await runScoped(services.database, actor, info(`batch-${batch}`), async (db) => {
      const ids = await writeCases(db, services, cases, "import");
      db.audit({ action: "case.import", recordType: "case", recordIds: ids, detail: { count: ids.length } });
    });
    done += size;
    // Planner statistics from when the tables were small make every lookup a scan as they grow; PGlite
    // has no autovacuum to refresh them, so refresh them whenever the cases made have doubled.
    if (done >= Math.max(500, 2 * analyzedAt)) {
      await services.database.withConnection((c) => c.exec("ANALYZE"));
      analyzedAt = done;
    }
    options.progress?.(done, (performance.now() - started) / 1000);
  }
  return { created: done, seconds: (performance.now() - started) / 1000 };
}

/**
 * Intake one case per transaction, as POST /api/cases does (without HTTP): the figure to compare with
 * the intake target. Uses seeds of its own so that these people do not duplicate the dataset's.
 */
export async function timeSingleIntakes(services: Services, actor: Actor, count: number, seed: number) {
  const items = [...syntheticCases(seed, count)];
  const started = performance.now();
  for (const [index, item] of items.entries()) {
    await runScoped(services.database, actor, info(`single-${index}`), (db) => intakeCase(db, services, item.intake));
  }
  return { count, seconds: (performance.now() - started) / 1000 };
}

/** Intakes of new people many per transaction, through the batch service (the bulk path of intake). */
export async function timeBatchIntakes(services: Services, actor: Actor, count: number, seed: number, batch = 500) {
  const items = [...syntheticCases(seed, count)].map(
    ({ intake: { ownerUserId: _o, teamId: _t, ...intake } }) => intake,
  );
  const started = performance.now();
  for (let start = 0; start < items.length; start += batch) {
    const slice = items.slice(start, start + batch);
    await runScoped(services.database, actor, info(`batch-${start}`), (db) => intakeCases(db, services, slice));
  }
  return { count, seconds: (performance.now() - started) / 1000 };
}
