import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { ATTACHMENT_MAX_BYTES } from "../../../shared/api/case-records.js";
import { AppError, invalidField } from "../../access/errors.js";

/** One uploaded file, read whole into memory (at most ATTACHMENT_MAX_BYTES). */
export interface Upload {
  bytes: Buffer;
  fileName: string;
  declaredType: string;
}

export const UPLOAD_FIELD = "file";

/** Limits for the multipart parser: one file of at most 10 MiB, at most two small fields, nothing else. */
export const MULTIPART_LIMITS = {
  fileSize: ATTACHMENT_MAX_BYTES,
  files: 1,
  fields: 2,
  fieldSize: 1024,
  fieldNameSize: 100,
  parts: 3,
  headerPairs: 20,
};

const MAX_NAME_LENGTH = 200;

/**
 * A file name safe to store and to send back: no path, no control or bidirectional-override characters
 * (a right-to-left override can make an ".exe" name read as ".pdf"), bounded, never empty.
 */
export function cleanFileName(raw: string | undefined): string {
  const name = (raw ?? "")
    .normalize("NFC")
    .replace(/^.*[/\\]/, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .trim();
  if (!name) return "attachment";
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** The parser's own errors, as answers naming the field: a client can cause every one of them. */
export function uploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as Partial<FastifyError> | undefined)?.code;
  switch (code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("payload_too_large", [
        { field: "body.file", problem: "file_too_large", params: { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) } },
      ]);
    case "FST_FILES_LIMIT":
      return invalidField("body.file", "single_file");
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    // Multipart bodies have no overall limit (the file has its own), so an oversized body here is not multipart.
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("unsupported_media_type", [{ field: "body.file", problem: "multipart_required" }]);
    case "FST_FIELDS_LIMIT":
    case "FST_PARTS_LIMIT":
    case "FST_PROTO_VIOLATION":
    case "FST_INVALID_JSON_FIELD_ERROR":
      return invalidField("body", "invalid");
    default:
      // A truncated or malformed stream (busboy's own errors carry no code): the upload is unreadable.
      return invalidField("body.file", "invalid");
  }
}

/**
 * Reads the one `file` part of a multipart/form-data request. Other fields are ignored (the parser
 * limits them). Read before any database work, so no transaction waits on a slow upload.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw uploadError({ code: "FST_INVALID_MULTIPART_CONTENT_TYPE" });
  let upload: Upload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== "file") continue;
      if (part.fieldname !== UPLOAD_FIELD) {
        part.file.resume();
        continue;
      }
      const bytes = await part.toBuffer();
      upload = { bytes, fileName: cleanFileName(part.filename), declaredType: part.mimetype ?? "" };
    }
  } catch (error) {
    throw uploadError(error);
  }
  if (!upload) throw invalidField("body.file", "required");
  return upload;
}

/**
 * Errors raised before the handler runs (a body that is not multipart and has no parser) would otherwise
 * be answered without naming the field; this plugin-scoped handler maps them and hands everything to the
 * application's error handler.
 */
export function installUploadErrorMapping(app: FastifyInstance, uploadUrl: string): void {
  app.setErrorHandler((error, request) => {
    const code = (error as Partial<FastifyError> | undefined)?.code;
    const preHandler = code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || code === "FST_ERR_CTP_BODY_TOO_LARGE";
    if (preHandler && request.method === "POST" && request.routeOptions.url === uploadUrl) throw uploadError(error);
    throw error;
  });
}
