import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SealingKit } from "../../crypto/keyring.js";
import { newRecordId } from "../../db/record-ids.js";
import type { BuildContext, BuildPart } from "./import-build.js";
import { RowLog } from "./import-cells.js";
import type { RawRow } from "./import-read.js";
import { parseRow } from "./import-rows.js";
import { importThread } from "./import-thread.js";

const kit: SealingKit = {
  organisationId: newRecordId(),
  dataVersion: 1,
  dataKey: randomBytes(32),
  indexKey: randomBytes(32),
};
const ctx: BuildContext = {
  organisationId: kit.organisationId,
  userId: newRecordId(),
  owner: { ownerUserId: null, teamId: null },
  via: "import",
};

const rowsOf = (json: Uint8Array) => JSON.parse(Buffer.from(json).toString("utf8")) as Record<string, unknown>[];

function part(): BuildPart {
  return {
    cases: [
      {
        rows: [
          {
            role: "victim",
            relationship: null,
            person: { identity: { firstName: "Олена", secondName: "Коваленко", birthDate: "1990-04-12" } },
            victim: { exploitationTypes: ["ForcedLabour"] },
            perpetrator: undefined,
            consents: [{ purpose: "assistance", decision: "given", decidedOn: "2026-11-02", method: "verbal" }],
          },
        ],
        stage: "open",
        status: "Active",
        closedReferred: false,
        openedOn: "2026-11-02",
        identifiedOn: null,
        closedOn: null,
        closureReason: null,
        referral: { organisationName: null, date: null, reason: null, details: null },
      },
    ],
    caseIds: [newRecordId()],
    numbers: ["2026-000001"],
    personIds: [[newRecordId()]],
    consentIds: [[[newRecordId()]]],
    historyIds: [newRecordId()],
    linkedAt: Date.now(),
  } as BuildPart;
}

describe("building an import's rows in a worker thread", () => {
  it("seals and hashes with the organisation's keys, under the ids it was given", async () => {
    const given = part();
    const step = await importThread.build(kit, ctx, given);
    const personId = given.personIds[0]?.[0] as string;
    const people = rowsOf(step.people);
    expect(people).toHaveLength(1);
    // Every column of the table's shape, those the row left out at the table's default.
    expect(people[0]).toMatchObject({ id: personId, birth_year: 1990, citizenships: [], deceased: false, sex: null });
    expect(String(people[0]?.identity)).not.toContain("Олена");
    expect(rowsOf(step.consents)[0]).toMatchObject({
      id: given.consentIds[0]?.[0]?.[0],
      person_id: personId,
      sealed: null,
    });
    expect(rowsOf(step.cases)[0]).toMatchObject({ id: given.caseIds[0], case_number: "2026-000001" });
    expect(rowsOf(step.links)[0]).toMatchObject({ case_id: given.caseIds[0], exploitation_types: ["ForcedLabour"] });
    expect(rowsOf(step.history)[0]).toMatchObject({ id: given.historyIds[0], case_id: given.caseIds[0] });

    // One record key per person and per case, wrapped with the organisation's data key of the kit's version
    // (the import tests read the written cases back through the API, which opens them).
    const recordKeys = rowsOf(step.recordKeys);
    expect(recordKeys.map((row) => row.subject_id).sort()).toEqual([given.caseIds[0], personId].sort());
    for (const row of recordKeys) expect(row.wrapped_key).toMatch(/^sp1\.1\./);
    expect(step.searchKeys.personIds.every((id) => id === personId)).toBe(true);
    expect(step.searchKeys.keys.length).toBeGreaterThan(3);
  });

  it("hashes a name the same way as the main thread does", async () => {
    const { blindKeysWith } = await import("../people/search-index.js");
    const { indexKeys } = await import("../people/matching/search-keys.js");
    const step = await importThread.build(kit, ctx, part());
    const here = blindKeysWith(kit.indexKey, [
      indexKeys({ names: ["Олена Коваленко"], birthDate: "1990-04-12", phones: [], identityNumbers: [], emails: [] }),
    ])[0];
    expect(new Set(step.searchKeys.keys)).toEqual(new Set(here?.map((k) => k.key)));
  });

  it("fails a build it cannot do, and builds the next one", async () => {
    const broken = { ...kit, dataKey: randomBytes(7) };
    await expect(importThread.build(broken, ctx, part())).rejects.toThrow(/The import thread failed: .*key/i);
    const step = await importThread.build(kit, ctx, part());
    expect(rowsOf(step.cases)).toHaveLength(1);
  });

  it("keeps the cases of a checked chunk until it builds them, and forgets an import's cases when told", async () => {
    const raw = (row: number, cells: Record<string, string>): RawRow => ({
      row,
      values: new Map(Object.entries(cells)),
    });
    const rows = [
      raw(2, { prs_FirstName: "Олена", sp_CaseNumber: "K-1", sp_Consents: "assistance:given;data_processing:given" }),
      raw(3, { prs_FirstName: "Ion", prs_Gender: "Somewhere" }),
    ];
    const checked = await importThread.check("test-import:0", rows);
    expect(checked.logs.map((log) => log.issues.length)).toEqual([0, 1]);
    expect(checked.skippedRows).toEqual([3]);
    expect(checked.shapes).toEqual([{ openedOn: expect.any(String), consents: [2] }]);
    const kept = { ...part(), cases: { kept: "test-import:0" } };
    const step = await importThread.build(kit, ctx, kept);
    expect(rowsOf(step.people)).toHaveLength(1);
    // Built once: the thread keeps nothing after.
    await expect(importThread.build(kit, ctx, kept)).rejects.toThrow(/No cases are kept/);

    await importThread.check("test-import:1", rows);
    await importThread.forget("test-import:");
    await expect(importThread.build(kit, ctx, { ...part(), cases: { kept: "test-import:1" } })).rejects.toThrow(
      /No cases are kept/,
    );
  });

  it("checks a file's rows as the main thread does, problems and normalised values included", async () => {
    const raw = (row: number, cells: Record<string, string>): RawRow => ({
      row,
      values: new Map(Object.entries(cells)),
    });
    const rows = [
      raw(2, {
        prs_FirstName: "Олена",
        prs_SecondName: "Коваленко",
        prs_Birthdate: "1990-04-12",
        vic_TypeOfExploitation: "Labor exploitation",
        sp_Consents: "assistance:given;data_processing:given",
      }),
      raw(3, { prs_FirstName: "Ion", prs_Birthdate: "1990-13-45", prs_Gender: "Somewhere" }),
    ];
    const there = await importThread.parse(rows);
    expect(there).toEqual(rows.map(parseRow));
    expect(there[0]?.log.normalised).toEqual([
      { row: 2, field: "vic_TypeOfExploitation", from: "Labor exploitation", to: "ForcedLabour" },
    ]);
    expect(there[1]?.log.issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(["prs_Birthdate", "prs_Gender"]),
    );
    // The logs work as logs again: the report adds to them after the check.
    expect(there[1]?.log).toBeInstanceOf(RowLog);
    there[1]?.log.problem("prs_FirstName", "required");
    expect(there[1]?.log.issues.at(-1)).toMatchObject({ row: 3, field: "prs_FirstName", problem: "required" });
  });
});
