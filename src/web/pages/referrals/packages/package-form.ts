import {
  PACKAGE_EXPIRY_MAX_DAYS,
  PACKAGE_PASSWORD_MIN,
  type PackageInput,
  type PackageMethod,
} from "../../../../shared/api/referral-packages.js";
import type { Language } from "../../../../shared/i18n/languages.js";

export interface PackageForm {
  method: PackageMethod;
  password: string;
  recipient: string;
  language: Language;
  expiresInDays: number | string;
}

export type PasswordStrength = "short" | "weak" | "fair" | "strong";

/**
 * A rough guide while typing, not a gate: the server only insists on the length. A package can be attacked
 * offline for as long as someone holds the file, so length and variety are what count.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length < PACKAGE_PASSWORD_MIN) return "short";
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(password)).length;
  const distinct = new Set(password).size;
  if (distinct < 6 || kinds < 2) return "weak";
  if (password.length >= 20 || (password.length >= 16 && kinds >= 3)) return "strong";
  return "fair";
}

/**
 * Only the obvious mistake is caught here (an SSH key, a private key, half a line): the server checks the key
 * itself, including the longer post-quantum kind ("age1pq1…").
 */
const AGE_RECIPIENT = /^age1\S{20,}$/;

export type FormProblem = "required" | "tooShort" | "notAKey" | "days";

/**
 * What the form lacks before it is sent, by field, and the body the server takes. Only the chosen method's
 * secret is sent: a password typed before switching to a key must not travel with it.
 */
export function toPackageInput(form: PackageForm): {
  input: PackageInput | null;
  problems: Partial<Record<keyof PackageForm, FormProblem>>;
} {
  const problems: Partial<Record<keyof PackageForm, FormProblem>> = {};
  const days = Number(form.expiresInDays);
  if (!Number.isInteger(days) || days < 1 || days > PACKAGE_EXPIRY_MAX_DAYS) problems.expiresInDays = "days";
  const recipient = form.recipient.trim();
  if (form.method === "password") {
    if (form.password === "") problems.password = "required";
    else if (form.password.length < PACKAGE_PASSWORD_MIN) problems.password = "tooShort";
  } else if (recipient === "") problems.recipient = "required";
  else if (!AGE_RECIPIENT.test(recipient)) problems.recipient = "notAKey";
  if (Object.keys(problems).length > 0) return { input: null, problems };
  const common = { method: form.method, language: form.language, expiresInDays: days };
  return {
    input: form.method === "password" ? { ...common, password: form.password } : { ...common, recipient },
    problems,
  };
}
