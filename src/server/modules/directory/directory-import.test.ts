import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_IMPORT_MAX_ROWS, type DirectoryImportReport } from "../../../shared/api/directory.js";
import { DIRECTORY_COLUMNS } from "../../../shared/directory/columns.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, type TestSession } from "../../testing/http.js";
import {
  addProvider,
  addService,
  type DemoContext,
  directoryCounts,
  importFile,
  otherOrganisationAdmin,
} from "./directory.fixture.js";

const KEYS = [
  "id",
  "providerName",
  "providerKind",
  "serviceName",
  "serviceType",
  "latitude",
  "longitude",
  "minAge",
  "maxAge",
  "languages",
  "remote",
  "version",
];
const HXL = KEYS.map((key) => DIRECTORY_COLUMNS.find((c) => c.key === key)?.hxl ?? "");

/** A CSV with the HXL row; each data row given as the columns it fills. */
const csvOf = (rows: Record<string, string>[]) =>
  stringify([KEYS, HXL, ...rows.map((row) => KEYS.map((key) => row[key] ?? ""))]);

describe.each(testDatabaseKinds())("directory import: bad rows (%s)", (kind) => {
  let ctx: DemoContext;
  let supervisor: TestSession;
  let own = "";
  let theirs = "";
  let bad: Record<string, string>[] = [];

  const good = { providerName: "Harbour House", providerKind: "NGO", serviceName: "Legal desk", serviceType: "Legal" };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    const provider = await addProvider(ctx.app, supervisor, { name: "Harbour House" });
    own = (await addService(ctx.app, supervisor, provider.id, { name: "Night shelter" })).id;
    const other = await otherOrganisationAdmin(ctx);
    const their = await addProvider(ctx.app, other.session, { name: "Harbour House" });
    theirs = (await addService(ctx.app, other.session, their.id)).id;
    bad = [
      good,
      { ...good, serviceName: "Juggling lessons", serviceType: "Juggling" },
      { ...good, id: theirs },
      { ...good, latitude: "north", longitude: "21.0" },
      { ...good, minAge: "20", maxAge: "10" },
      { ...good, id: crypto.randomUUID() },
      { ...good, providerKind: "LegalService" },
      { ...good, remote: "maybe", languages: "uk;xx" },
      { ...good, id: own, serviceName: "Night shelter", version: "99" },
      { ...good, providerName: "" },
      { ...good, id: own, serviceName: "Night shelter" },
    ];
  });
  afterAll(() => ctx.testApp.close());

  const expectedProblems = [
    [4, "serviceType", "unknown_value"],
    [5, "id", "directory_not_kept"],
    [6, "latitude", "directory_number"],
    [7, "maxAge", "directory_age_range"],
    [8, "id", "directory_unknown_service"],
    [9, "providerKind", "directory_provider_differs"],
    [10, "remote", "directory_yes_no"],
    [10, "languages", "unknown_value"],
    [11, "version", "directory_stale_version"],
    [12, "providerName", "required"],
    [13, "id", "directory_duplicate_id"],
  ];
  const problemsOf = (report: DirectoryImportReport) => report.problems.map((p) => [p.row, p.field, p.problem]);

  it("reports every bad row by its spreadsheet row number and column on a dry run, and writes nothing", async () => {
    const before = await directoryCounts(ctx);
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await importFile(ctx.app, supervisor, { fileName: "bad.csv", content: csvOf(bad) }, "true", {
      "accept-language": "pl",
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as DirectoryImportReport;
    expect(problemsOf(report)).toEqual(expectedProblems);
    expect(report).toMatchObject({ dryRun: true, rows: 11, badRows: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13] });
    expect(report.providers).toEqual({ create: 0, update: 0, unchanged: 1 });
    expect(report.problems.find((p) => p.row === 5)?.message).toMatch(/inna organizacja/);
    expect(report.problems.find((p) => p.row === 9)?.message).toMatch(/wierszu 3/);
    expect(await directoryCounts(ctx)).toEqual(before);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((e) => [e.action, e.outcome])).toEqual([["directory.import_dry_run", "allowed"]]);
  });

  it("writes nothing at all on a real run with any bad row, answering 400 with the same report", async () => {
    const before = await directoryCounts(ctx);
    const response = await importFile(ctx.app, supervisor, { fileName: "bad.csv", content: csvOf(bad) }, "false");
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string }; report: DirectoryImportReport };
    expect(body.error.code).toBe("validation");
    expect(problemsOf(body.report)).toEqual(expectedProblems);
    expect(body.report.dryRun).toBe(false);
    expect(await directoryCounts(ctx)).toEqual(before);
    // The good first row alone goes in.
    const alone = await importFile(ctx.app, supervisor, { fileName: "good.csv", content: csvOf([good]) }, "false");
    expect(alone.statusCode, alone.body).toBe(200);
    expect(await directoryCounts(ctx)).toMatchObject({ providers: before.providers, services: before.services + 1 });
  });

  it("treats a file without dryRun as a dry run", async () => {
    const before = await directoryCounts(ctx);
    const response = await importFile(ctx.app, supervisor, { fileName: "good.csv", content: csvOf([good]) });
    expect(response.json()).toMatchObject({ dryRun: true, services: { create: 1 } });
    expect(await directoryCounts(ctx)).toEqual(before);
  });

  it("refuses files it cannot take, naming the field", async () => {
    const refusals: [Parameters<typeof importFile>[2], "true" | "false" | undefined, number, string, string][] = [
      [{ fileName: "notes.txt", content: "hello" }, "true", 400, "body.file", "directory_file_type"],
      [
        {
          fileName: "x.csv",
          content: stringify([
            ["#org +name", "#org +type", "#service +name"],
            ["A", "NGO", "B"],
          ]),
        },
        "true",
        400,
        "body.file",
        "directory_missing_columns",
      ],
      [{ fileName: "x.csv", content: "just,some\nwords,here\n" }, "true", 400, "body.file", "directory_no_header"],
      [{ fileName: "good.csv", content: csvOf([good]) }, "maybe" as "true", 400, "body.dryRun", "invalid"],
      [
        { fileName: "x.xlsx", content: Buffer.from("PK\u0003\u0004 not a workbook") },
        "true",
        400,
        "body.file",
        "unreadable_file",
      ],
    ];
    for (const [file, dryRun, status, field, problem] of refusals) {
      const response = await importFile(ctx.app, supervisor, file, dryRun);
      expect([
        file.fileName,
        response.statusCode,
        errorOf(response).fields?.[0]?.field,
        errorOf(response).fields?.[0]?.problem,
      ]).toEqual([file.fileName, status, field, problem]);
    }
    const many = csvOf(
      Array.from({ length: DIRECTORY_IMPORT_MAX_ROWS + 1 }, (_, i) => ({ ...good, serviceName: `S${i}` })),
    );
    const tooMany = await importFile(ctx.app, supervisor, { fileName: "many.csv", content: many }, "true");
    expect([tooMany.statusCode, errorOf(tooMany).fields?.[0]?.problem]).toEqual([400, "too_many_rows"]);
    const caseworker = await importFile(
      ctx.app,
      await ctx.sessions.of("caseworker"),
      { fileName: "good.csv", content: csvOf([good]) },
      "true",
    );
    expect(caseworker.statusCode).toBe(403);
  });
});
