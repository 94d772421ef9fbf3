import { z } from "zod";

export const uuid = z.uuid();
export const limitParam = z.coerce.number().int().min(1).max(200).default(50);
export const cursorParam = z.string().max(200).optional();

/** Text a person types: trimmed, no control characters, bounded. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, { message: "control_characters" });

/** E.164: a plus sign and 8 to 15 digits. */
export const phoneE164 = z.string().regex(/^\+[1-9]\d{7,14}$/, { message: "phone_e164" });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), problem: z.string(), message: z.string() })).optional(),
  }),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
