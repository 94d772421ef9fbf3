import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectoryImportReport, ServiceDetail } from "../../../shared/api/directory.js";
import { DIRECTORY_COLUMNS } from "../../../shared/directory/columns.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import {
  addProvider,
  addService,
  type DemoContext,
  directoryCounts,
  importFile,
  otherOrganisationAdmin,
} from "./directory.fixture.js";

const column = (key: string) => DIRECTORY_COLUMNS.findIndex((c) => c.key === key);

describe.each(testDatabaseKinds())("directory export and import round trip (%s)", (kind) => {
  let ctx: DemoContext;
  let supervisor: TestSession;
  let shelter: ServiceDetail;

  const exportFile = async (query: string, session = supervisor) => {
    const response = await send(ctx.app, { method: "GET", url: `/api/directory/export?${query}`, session });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };
  const csvRows = (text: string) => parse(text, { bom: true, relax_column_count: true }) as string[][];
  const report = (response: { statusCode: number; body: string; json(): unknown }) => {
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DirectoryImportReport;
  };
  const counts = (r: DirectoryImportReport) => [r.providers, r.services, r.problems];

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    const provider = await addProvider(ctx.app, supervisor, {
      name: "Vistula Harbour Foundation",
      description: "Shelter and counselling; Polish and Ukrainian spoken",
      website: "https://harbour.example.org",
      country: "PL",
      region: "Mazowieckie",
      city: "Warszawa",
      latitude: 52.2297,
      longitude: 21.0122,
    });
    shelter = await addService(ctx.app, supervisor, provider.id, {
      name: "Шелтер для жінок",
      serviceType: "SpecialisedShelterForVictims",
      areaCountries: ["PL", "UA"],
      areaRegions: ["Mazowieckie", "Łódzkie"],
      languages: ["uk", "pl", "ru"],
      minAge: 18,
      sexes: ["Female"],
      statuses: ["TemporaryProtection"],
      openAlways: true,
      capacity: 12,
      availability: "limited",
      contactPhone: "+48 22 000 00 00",
    });
    await addService(ctx.app, supervisor, provider.id, {
      name: "Counselling line",
      serviceType: "Mhpss",
      remote: true,
    });
    const other = await otherOrganisationAdmin(ctx);
    const theirs = await addProvider(ctx.app, other.session, { name: "Prut Legal Aid" });
    await addService(ctx.app, other.session, theirs.id, { name: "Their legal aid" });
  });
  afterAll(() => ctx.testApp.close());

  it("writes a row of column names, the HXL row, then one row per service with its provider's columns", async () => {
    const response = await exportFile("format=csv");
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toMatch(/service-directory-\d{4}-\d{2}-\d{2}\.csv/);
    const rows = csvRows(response.body);
    expect(rows[0]?.slice(0, 4)).toEqual(["Service ID", "Provider", "Provider type", "Service"]);
    expect(rows[1]?.slice(0, 5)).toEqual(["#meta +id", "#org +name", "#org +type", "#service +name", "#service +type"]);
    expect(rows).toHaveLength(2 + 3);
    const row = rows.find((r) => r[column("id")] === shelter.id) ?? [];
    expect(row[column("serviceName")]).toBe("Шелтер для жінок");
    expect(row[column("areaRegions")]).toBe("Mazowieckie;Łódzkie");
    expect(row[column("languages")]).toBe("uk;pl;ru");
    expect(row[column("providerLatitude")]).toBe("52.2297");
    expect(row[column("keeper")]).toBe(ctx.demo.accountOf("supervisor").organisation);
    const ukrainian = csvRows(
      (
        await send(ctx.app, {
          method: "GET",
          url: "/api/directory/export?format=csv&serviceType=Mhpss",
          session: supervisor,
          headers: { "accept-language": "uk" },
        })
      ).body,
    );
    expect(ukrainian[0]?.slice(0, 2)).toEqual(["Ідентифікатор послуги", "Надавач послуг"]);
    expect(ukrainian.slice(2).map((r) => r[column("serviceName")])).toEqual(["Counselling line"]);
  });

  it("reads its own CSV back as unchanged, then applies changes and new rows", async () => {
    const rows = csvRows((await exportFile("format=csv&keptByCaller=true")).body);
    const file = (content: string[][]) => ({ fileName: "directory.csv", content: stringify(content) });
    const unchanged = report(await importFile(ctx.app, supervisor, file(rows), "true"));
    expect(counts(unchanged)).toEqual([
      { create: 0, update: 0, unchanged: 1 },
      { create: 0, update: 0, unchanged: 2 },
      [],
    ]);
    const edited = rows.map((row) => [...row]);
    const shelterRow = edited.find((r) => r[column("id")] === shelter.id) ?? [];
    shelterRow[column("availability")] = "full";
    const added = edited[2]?.map(() => "") ?? [];
    added[column("providerName")] = "Danube Interpreters";
    added[column("providerKind")] = "CorporateBusiness";
    added[column("serviceName")] = "Phone interpreting";
    added[column("serviceType")] = "Interpretation";
    added[column("languages")] = "ro;uk";
    edited.push(added);
    const before = await directoryCounts(ctx);
    const dry = report(await importFile(ctx.app, supervisor, file(edited), "true"));
    expect(counts(dry)).toEqual([{ create: 1, update: 0, unchanged: 1 }, { create: 1, update: 1, unchanged: 1 }, []]);
    expect(await directoryCounts(ctx)).toEqual(before);
    const real = report(await importFile(ctx.app, supervisor, file(edited), "false"));
    expect([real.dryRun, real.services]).toEqual([false, { create: 1, update: 1, unchanged: 1 }]);
    const now = (
      await send(ctx.app, { method: "GET", url: `/api/directory/services/${shelter.id}`, session: supervisor })
    ).json();
    expect(now).toMatchObject({ availability: "full", version: shelter.version + 1, languages: ["uk", "pl", "ru"] });
    const found = await send(ctx.app, {
      method: "GET",
      url: "/api/directory/services?q=interpreting",
      session: supervisor,
    });
    expect(found.json().items).toMatchObject([
      { providerName: "Danube Interpreters", languages: ["ro", "uk"], keptByCaller: true },
    ]);
    expect(await directoryCounts(ctx)).toMatchObject({
      providers: before.providers + 1,
      services: before.services + 1,
    });
  });

  it("reads its own XLSX back the same way", async () => {
    const response = await exportFile("format=xlsx&keptByCaller=true&serviceType=SpecialisedShelterForVictims");
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("the export has no worksheet");
    expect(sheet.getRow(2).getCell(1).value).toBe("#meta +id");
    expect(sheet.getRow(3).getCell(column("serviceName") + 1).value).toBe("Шелтер для жінок");
    expect(sheet.getRow(3).getCell(column("capacity") + 1).value).toBe(12);
    const same = report(
      await importFile(ctx.app, supervisor, { fileName: "directory.xlsx", content: response.rawPayload }, "true"),
    );
    expect(counts(same)).toEqual([{ create: 0, update: 0, unchanged: 1 }, { create: 0, update: 0, unchanged: 1 }, []]);
    sheet.getRow(3).getCell(column("capacity") + 1).value = 15;
    sheet.getRow(3).getCell(column("version") + 1).value = null;
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());
    const real = report(
      await importFile(ctx.app, supervisor, { fileName: "directory.xlsx", content: changed }, "false"),
    );
    expect(real.services).toEqual({ create: 0, update: 1, unchanged: 0 });
    const now = (
      await send(ctx.app, { method: "GET", url: `/api/directory/services/${shelter.id}`, session: supervisor })
    ).json();
    expect(now.capacity).toBe(15);
  });

  it("finds the columns by the names of any language when a file has no HXL row", async () => {
    const names = ["Надавач послуг", "Тип надавача", "Послуга", "Тип послуги", "Мови"];
    const content = stringify([names, ["Карпатський центр", "NGO", "Психологічна підтримка", "Mhpss", "uk;hu"]]);
    const dry = report(await importFile(ctx.app, supervisor, { fileName: "довідник.csv", content }, "true"));
    expect(counts(dry)).toEqual([{ create: 1, update: 0, unchanged: 0 }, { create: 1, update: 0, unchanged: 0 }, []]);
  });
});
