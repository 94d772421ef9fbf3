import path from "node:path";
import { z } from "zod";

/** Every setting Safepath reads from the environment. The README's configuration table mirrors this. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  SAFEPATH_DATA_DIR: z.string().default("./data"),
  SAFEPATH_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,88}$/, "must be 32 bytes, base64 or base64url encoded")
    .optional(),
  SAFEPATH_DEMO_DATA: z.enum(["auto", "yes", "no"]).default("auto"),
  SAFEPATH_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SAFEPATH_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  SAFEPATH_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  SAFEPATH_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  SAFEPATH_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  SAFEPATH_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  SAFEPATH_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SAFEPATH_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SAFEPATH_PGLITE_CACHE_MB: z.coerce.number().int().min(16).max(1024).default(256),
});

export type Config = Readonly<{
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  masterKey: string | undefined;
  demoData: "auto" | "yes" | "no";
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginRateLimitPerMinute: number;
  lockoutThreshold: number;
  lockoutMs: number;
  trustProxy: boolean;
  logLevel: string;
  dbPoolSize: number;
  /** PostgreSQL's page cache (shared_buffers) in the embedded database, in MB. */
  pgliteCacheMb: number;
}>;

export class ConfigError extends Error {}

/** Parses the environment once; a wrong value stops the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Safepath cannot start: the configuration is not valid.\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    production: e.NODE_ENV === "production",
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.SAFEPATH_DATA_DIR),
    masterKey: e.SAFEPATH_MASTER_KEY,
    demoData: e.SAFEPATH_DEMO_DATA,
    sessionIdleMs: e.SAFEPATH_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SAFEPATH_SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginRateLimitPerMinute: e.SAFEPATH_LOGIN_RATE_LIMIT,
    lockoutThreshold: e.SAFEPATH_LOCKOUT_THRESHOLD,
    lockoutMs: e.SAFEPATH_LOCKOUT_MINUTES * 60_000,
    trustProxy: e.SAFEPATH_TRUST_PROXY === "true",
    logLevel: e.SAFEPATH_LOG_LEVEL,
    dbPoolSize: e.SAFEPATH_DB_POOL_SIZE,
    pgliteCacheMb: e.SAFEPATH_PGLITE_CACHE_MB,
  });
}
