import { createHash, randomInt } from "node:crypto";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";

const ISSUER = "Safepath";
const PERIOD_SECONDS = 30;
/** One step either side absorbs a phone clock that is a little off. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, secret: OTPAuth.Secret.fromBase32(secret), period: PERIOD_SECONDS });
}

export async function enrolmentDetails(secret: string, label: string) {
  const otpauthUri = totp(secret, label).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Checks a TOTP code and returns its time step, or undefined. A step at or before the last accepted
 * one is refused, so an overheard code cannot be used a second time.
 */
export function acceptTotp(secret: string, code: string, lastCounter: number | null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret, "check").validate({ token: code, window: WINDOW });
  if (delta === null) return undefined;
  const counter = Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
  return lastCounter !== null && counter <= lastCounter ? undefined : counter;
}

export function generateRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = "";
    for (let i = 0; i < 10; i++) code += alphabet[randomInt(alphabet.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Recovery codes are random and long, so a plain SHA-256 is enough (no password hashing needed). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(
      code
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ""),
    )
    .digest("hex");
}
