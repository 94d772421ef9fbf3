import { z } from "zod";
import { OpsError } from "./errors.js";

/**
 * The plaintext inside a backup file is NDJSON: one header line, then one line per row,
 * {"t": table, "r": row}, each table's rows together, tables parents first.
 */
export const BACKUP_FORMAT = "safepath-backup";
export const BACKUP_VERSION = 1;

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  databaseKind: z.enum(["pglite", "postgresql"]),
  /** Migrations applied to the database the backup was made from, in order. */
  migrations: z.array(z.string()),
  /** Row counts, and the columns written, per table in the order the rows follow. */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative(), columns: z.array(z.string()) })),
  /** Sequences that belong to no column; the others are reset from the restored rows. */
  sequences: z.array(z.object({ name: z.string(), value: z.string(), called: z.boolean() })),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = BackupHeader["tables"][number];

export function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header)}\n`;
}

export function parseHeaderLine(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? "");
  } catch {
    throw new OpsError("not_a_backup", "The backup has no readable header.");
  }
  const probe = value as { format?: unknown; version?: unknown };
  if (probe?.format !== BACKUP_FORMAT) throw new OpsError("not_a_backup", "The file is not a Safepath backup.");
  if (probe.version !== BACKUP_VERSION) {
    throw new OpsError(
      "incompatible",
      `The backup has format version ${String(probe.version)}; this Safepath reads version ${BACKUP_VERSION}.`,
    );
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw new OpsError("damaged", "The backup header is not valid.");
  return parsed.data;
}

/**
 * Rows stay the text PostgreSQL produced: parsing them in JavaScript would round bigint and numeric
 * values, and they only travel from one database to another.
 */
export function rowLine(table: string, rowJson: string): string {
  return `{"t":${JSON.stringify(table)},"r":${rowJson}}\n`;
}

const ROW_PREFIX = /^\{"t":("(?:[^"\\]|\\.)*"),"r":/;

export function parseRowLine(line: string): { table: string; row: string } | undefined {
  const match = ROW_PREFIX.exec(line);
  if (!match?.[1] || !line.endsWith("}")) return undefined;
  return { table: JSON.parse(match[1]) as string, row: line.slice(match[0].length, -1) };
}
