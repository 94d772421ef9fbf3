import type { Config } from "./config.js";
import type { Keyring } from "./crypto/keyring.js";
import type { Database } from "./db/connect.js";

/** What request handlers may reach besides the scoped handle. Built once at start. */
export interface Services {
  readonly config: Config;
  readonly database: Database;
  readonly keyring: Keyring;
  readonly version: string;
}
