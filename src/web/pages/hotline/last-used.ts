import { CALLER_TYPES, CHANNELS } from "../../../shared/hotline/vocab.js";
import { LANGUAGE_CODES } from "../../../shared/htcds/index.js";

/**
 * The channel, language and caller type of the operator's last contact: a shift on the Russian-language
 * WhatsApp line starts each new contact there. Codes only, nothing about a caller, so local storage is fine.
 */
export interface LastUsed {
  channel?: (typeof CHANNELS)[number];
  language?: (typeof LANGUAGE_CODES)[number];
  callerType?: (typeof CALLER_TYPES)[number];
}

const keyOf = (userId: string) => `safepath.hotline.last-used.${userId}`;

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  typeof value === "string" && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export function loadLastUsed(userId: string): LastUsed {
  try {
    const stored = JSON.parse(window.localStorage.getItem(keyOf(userId)) ?? "{}") as Record<string, unknown>;
    return {
      channel: oneOf(CHANNELS, stored.channel),
      language: oneOf(LANGUAGE_CODES, stored.language),
      callerType: oneOf(CALLER_TYPES, stored.callerType),
    };
  } catch {
    return {};
  }
}

/** Remembers the values given (an empty one is not remembered: "not known" is no default). */
export function rememberLastUsed(userId: string, values: { channel?: string; language?: string; callerType?: string }) {
  const next = { ...loadLastUsed(userId) };
  const channel = oneOf(CHANNELS, values.channel);
  const language = oneOf(LANGUAGE_CODES, values.language);
  const callerType = oneOf(CALLER_TYPES, values.callerType);
  if (channel) next.channel = channel;
  if (language) next.language = language;
  if (callerType) next.callerType = callerType;
  try {
    window.localStorage.setItem(keyOf(userId), JSON.stringify(next));
  } catch {
    // Only a convenience.
  }
}
