import { randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Role } from "../../../shared/access/permissions.js";
import type { createDemoApp } from "../../testing/http.js";
import { createTestUser, send, signInOrThrow, type TestSession } from "../../testing/http.js";

/** Test helpers of the case-records tests: cases to work on, sessions elsewhere, files and uploads. */

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

export interface OpenedCase {
  id: string;
  caseNumber: string;
  personId: string;
}

export async function openCase(
  app: FastifyInstance,
  session: TestSession,
  secondName = "Kovalenko",
): Promise<OpenedCase> {
  const response = await send(app, {
    method: "POST",
    url: "/api/cases",
    session,
    payload: { person: { identity: { firstName: "Olena", secondName } } },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as OpenedCase;
}

/** A signed-in user of another demo organisation, with the given roles (a caseworker by default). */
export async function foreignUser(ctx: DemoContext, roles: Role[] = ["caseworker"]) {
  const organisationId = Object.values(ctx.demo.organisationIds).find((id) => id !== ctx.demo.mainOrganisationId);
  if (!organisationId) throw new Error("the demo data has only one organisation");
  const user = await createTestUser(ctx.testApp, { organisationId, roles });
  return { user, session: await signInOrThrow(ctx.app, user) };
}

/** Counts rows of the case-record tables as the owner (past row-level security). */
export async function countOf(ctx: DemoContext, table: "case_notes" | "tasks" | "attachments" | "case_history") {
  const row = await ctx.testApp.services.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, valid 2×2 RGB PNG. */
export function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(rows)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A real one-page PDF with a cross-reference table. */
export function tinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A ZIP archive with stored (uncompressed) entries: enough for office documents' type detection. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

/** A multipart/form-data body built by hand, as a browser sends it. */
export function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----safepath-test-${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? "" : `; filename="${part.filename}"`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : "";
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n${type}\r\n`),
    );
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs one file to a case as the session's user (with the session's CSRF token). */
export function upload(
  app: FastifyInstance,
  session: TestSession,
  caseId: string,
  file: { filename: string; contentType: string; content: Buffer | string },
): Promise<LightMyRequestResponse> {
  const body = multipart([{ name: "file", ...file }]);
  return send(app, {
    method: "POST",
    url: `/api/cases/${caseId}/attachments`,
    session,
    payload: body.payload,
    headers: { "content-type": body.contentType },
  });
}
