import { randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import type { FieldProblem } from "../../access/errors.js";

export const MIN_PASSWORD_LENGTH = 12;
/** A zxcvbn score of 3 means "safely unguessable" against online attacks with throttling. */
const MIN_SCORE = 3;

// OWASP's argon2id minimum (19 MiB, 2 passes); still well under 100 ms on a small server.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so that an unknown e-mail cannot be told from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
}

let estimator: Promise<ZxcvbnFactory> | undefined;
// The dictionaries are large; load them on first use, not at start.
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
    ]);
    return new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  })();
  return estimator;
}

/**
 * The password policy: long enough, not on the bundled list of common and breached passwords, and not
 * guessable from the person's own e-mail or name. Returns the problems, empty when acceptable.
 */
export async function passwordProblems(
  password: string,
  personal: { email?: string; displayName?: string },
  field = "body.newPassword",
): Promise<FieldProblem[]> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ field, problem: "password_too_short", params: { min: MIN_PASSWORD_LENGTH } }];
  }
  const lower = password.toLowerCase();
  const emailName = personal.email?.split("@")[0]?.toLowerCase();
  const nameParts = (personal.displayName ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4);
  if (
    (emailName && emailName.length >= 4 && lower.includes(emailName)) ||
    nameParts.some((part) => lower.includes(part))
  ) {
    return [{ field, problem: "password_contains_email" }];
  }
  const result = (await loadEstimator()).check(password, [
    personal.email ?? "",
    personal.displayName ?? "",
    "safepath",
  ]);
  return result.score < MIN_SCORE ? [{ field, problem: "password_common" }] : [];
}

/** A random password for new accounts and resets: 20 characters, shown once, changed at first sign-in. */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  let out = "";
  for (let i = 0; i < 20; i++) out += alphabet[randomInt(alphabet.length)];
  return `${out.slice(0, 5)}-${out.slice(5, 10)}-${out.slice(10, 15)}-${out.slice(15)}`;
}
