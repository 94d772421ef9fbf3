import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SealingKit } from "../../crypto/keyring.js";
import { newRecordId } from "../../db/record-ids.js";
import type { BuildContext, BuildPart } from "./import-build.js";
import { rowBuilder } from "./import-builder.js";

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
    linkedAt: Date.now(),
  } as BuildPart;
}

describe("building an import's rows in a worker thread", () => {
  it("seals and hashes with the organisation's keys, under the ids it was given", async () => {
    const given = part();
    const step = await rowBuilder.build(kit, ctx, given);
    const personId = given.personIds[0]?.[0] as string;
    expect(step.people).toHaveLength(1);
    expect(step.people[0]).toMatchObject({ id: personId, organisation_id: kit.organisationId, birth_year: 1990 });
    expect(String(step.people[0]?.identity)).not.toContain("Олена");
    expect(step.consents[0]).toMatchObject({ id: given.consentIds[0]?.[0]?.[0], person_id: personId, sealed: null });
    expect(step.cases[0]).toMatchObject({ id: given.caseIds[0], case_number: "2026-000001" });

    // One record key per person and per case, wrapped with the organisation's data key of the kit's version
    // (the import tests read the written cases back through the API, which opens them).
    const subjects = step.recordKeys.map((row) => (row as { subject_id: string }).subject_id);
    expect(subjects.sort()).toEqual([given.caseIds[0], personId].sort());
    for (const row of step.recordKeys) expect((row as { wrapped_key: string }).wrapped_key).toMatch(/^sp1\.1\./);
    expect(step.searchKeys.personIds.every((id) => id === personId)).toBe(true);
    expect(step.searchKeys.keys.length).toBeGreaterThan(3);
  });

  it("hashes a name the same way as the main thread does", async () => {
    const { blindKeysWith } = await import("../people/search-index.js");
    const { indexKeys } = await import("../people/matching/search-keys.js");
    const step = await rowBuilder.build(kit, ctx, part());
    const here = blindKeysWith(kit.indexKey, [
      indexKeys({ names: ["Олена Коваленко"], birthDate: "1990-04-12", phones: [], identityNumbers: [], emails: [] }),
    ])[0];
    expect(new Set(step.searchKeys.keys)).toEqual(new Set(here?.map((k) => k.key)));
  });

  it("fails a build it cannot do, and builds the next one", async () => {
    const broken = { ...kit, dataKey: randomBytes(7) };
    await expect(rowBuilder.build(broken, ctx, part())).rejects.toThrow(/Building import rows failed: .*key/i);
    const step = await rowBuilder.build(kit, ctx, part());
    expect(step.cases).toHaveLength(1);
  });
});
