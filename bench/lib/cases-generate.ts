import { type Actor, systemActor, userActor } from "../../src/server/access/actor.js";
import { runScoped, type ScopedDb } from "../../src/server/access/scoped-db.js";
import { intakeCases } from "../../src/server/modules/cases/bulk-intake.js";
import { intakeCase } from "../../src/server/modules/cases/intake.service.js";
import { transitionCase } from "../../src/server/modules/cases/workflow.service.js";
import type { Services } from "../../src/server/services.js";
import { isRole } from "../../src/shared/access/permissions.js";
import { caseIntake } from "../../src/shared/api/cases.js";
import { Random } from "./cases-random.js";
import { type SyntheticCase, syntheticCase } from "./cases-synthetic.js";

/** The seed of the synthetic caseload; scripts/generate-cases.ts and the benchmarks share it. */
export const DEFAULT_SEED = 20220224;

export interface CaseWorkers {
  organisationId: string;
  /** Who opens cases: the caseworkers, or the supervisors where there are none. */
  workers: Actor[];
  /** Who approves closures (case.approve). */
  approvers: Actor[];
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
      const approvers = workers.filter((a) => a.permissions.has("case.approve"));
      // Supervisors open cases only where there is nobody else, so that their approvals are four-eyed.
      const openers = workers.filter((a) => !a.permissions.has("case.approve"));
      return { organisationId: organisation.id, workers: openers.length > 0 ? openers : workers, approvers };
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

/** Intake plus the moves to the case's stage, as the actor; returns the version when closure awaits approval. */
async function openCase(db: ScopedDb, services: Services, item: SyntheticCase) {
  const { id } = await intakeCase(db, services, item.intake);
  if (item.stage === "open") return undefined;
  if (item.closure) {
    const moved = await transitionCase(db, services, id, {
      action: "request_closure",
      reason: item.closure.reason,
      referred: item.closure.referred,
      version: 1,
    });
    return item.stage === "closed" ? { id, version: moved.version } : undefined;
  }
  await transitionCase(db, services, id, { action: "advance", to: item.stage, version: 1 });
  return undefined;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Cases per transaction: many per transaction is the bulk path for building datasets. */
  batchSize: number;
  progress?: (done: number, seconds: number) => void;
}

/**
 * Opens `count` synthetic cases through the service layer (intake, workflow moves, closure approval by
 * a supervisor other than the one who asked), `batchSize` cases per transaction, taking turns among
 * the organisation's caseworkers. A closure with nobody else to approve it stays requested. Returns the
 * cases made and the seconds it took.
 */
export async function generateCases(services: Services, team: CaseWorkers, options: GenerateOptions) {
  const started = performance.now();
  const source = syntheticCases(options.seed ?? DEFAULT_SEED, options.count);
  let done = 0;
  let analyzedAt = 0;
  for (let batch = 0; done < options.count; batch++) {
    const actor = team.workers[batch % team.workers.length] as Actor;
    const size = Math.min(options.batchSize, options.count - done);
    const toApprove = await runScoped(services.database, actor, info(`batch-${batch}`), async (db) => {
      const waiting: { id: string; version: number }[] = [];
      for (let i = 0; i < size; i++) {
        const next = source.next();
        if (next.done) break;
        const closing = await openCase(db, services, next.value);
        if (closing) waiting.push(closing);
      }
      return waiting;
    });
    // Four eyes: the closure is approved by someone other than the caseworker who asked for it.
    const approver = team.approvers.find((a) => a.userId !== actor.userId);
    if (approver && toApprove.length > 0) {
      await runScoped(services.database, approver, info(`approve-${batch}`), async (db) => {
        for (const { id, version } of toApprove)
          await transitionCase(db, services, id, { action: "approve_closure", version });
      });
    }
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
