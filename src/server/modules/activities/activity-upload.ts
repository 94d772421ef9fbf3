import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import type { z } from "zod";
import { AppError, type FieldProblem, invalidField } from "../../access/errors.js";
import { extensionOf } from "../case-records/attachment-type.js";
import { cleanFileName, UPLOAD_FIELD, type Upload, uploadError } from "../case-records/attachment-upload.js";

/*
 * Uploads of activities: one `file` part with a few text fields (a photo's caption and consent, a guidance
 * file's version). The file's type is decided by its content, as for case attachments, from a narrower list.
 */

interface Kind {
  declared: readonly string[];
  extensions: readonly string[];
}

const JPEG: Kind = { declared: ["image/jpeg", "image/jpg", "image/pjpeg"], extensions: ["jpg", "jpeg", "jpe", "jfif"] };
const PNG: Kind = { declared: ["image/png"], extensions: ["png"] };

/** Photos for the report: what documents and browsers show everywhere. */
export const PHOTO_TYPES: Readonly<Record<string, Kind>> = {
  "image/jpeg": JPEG,
  "image/png": PNG,
  "image/webp": { declared: ["image/webp"], extensions: ["webp"] },
};

/** A guidance product as published: documents, or a poster as an image. */
export const GUIDANCE_FILE_TYPES: Readonly<Record<string, Kind>> = {
  "application/pdf": { declared: ["application/pdf"], extensions: ["pdf"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    declared: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    extensions: ["docx"],
  },
  "application/vnd.oasis.opendocument.text": {
    declared: ["application/vnd.oasis.opendocument.text"],
    extensions: ["odt"],
  },
  "image/png": PNG,
  "image/jpeg": JPEG,
};

const UNDECLARED = new Set(["", "application/octet-stream"]);

/**
 * The media type of an upload from its bytes. Content outside the list is refused (400); a declared type or
 * extension that disagrees with the content is refused too (415), so nothing is stored under a false type.
 */
export async function mediaTypeOf(
  upload: Upload,
  kinds: Readonly<Record<string, Kind>>,
  notAllowed: "photo_type_not_allowed" | "activity_file_type_not_allowed",
): Promise<string> {
  if (upload.bytes.length === 0) throw invalidField("body.file", "too_small");
  const detected = (await fileTypeFromBuffer(upload.bytes))?.mime;
  const kind = detected ? kinds[detected] : undefined;
  if (!detected || !kind) throw invalidField("body.file", notAllowed);
  const declared = upload.declaredType.split(";")[0]?.trim().toLowerCase() ?? "";
  const extension = extensionOf(upload.fileName);
  const declaredFits = UNDECLARED.has(declared) || kind.declared.includes(declared);
  const extensionFits = extension === undefined || kind.extensions.includes(extension);
  if (!declaredFits || !extensionFits) {
    throw new AppError("unsupported_media_type", [{ field: "body.file", problem: "type_mismatch" }]);
  }
  return detected;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", [
    { field: "body.file", problem: "file_too_large", params: { max: Math.round(maxBytes / (1024 * 1024)) } },
  ]);
}

/** Reads one file and the text fields of a multipart request, within the given limits. */
export async function readUploadWithFields(
  request: FastifyRequest,
  limits: { maxBytes: number; fields: number },
): Promise<{ upload: Upload; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw uploadError({ code: "FST_INVALID_MULTIPART_CONTENT_TYPE" });
  let upload: Upload | undefined;
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({
      limits: {
        fileSize: limits.maxBytes,
        files: 1,
        fields: limits.fields,
        fieldSize: 8 * 1024,
        fieldNameSize: 100,
        parts: limits.fields + 1,
        headerPairs: 20,
      },
    });
    for await (const part of parts) {
      if (part.type === "field") {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== UPLOAD_FIELD) {
        part.file.resume();
        continue;
      }
      const bytes = await part.toBuffer();
      upload = { bytes, fileName: cleanFileName(part.filename), declaredType: part.mimetype ?? "" };
    }
  } catch (error) {
    if ((error as Partial<FastifyError> | undefined)?.code === "FST_REQ_FILE_TOO_LARGE")
      throw tooLarge(limits.maxBytes);
    throw uploadError(error);
  }
  if (!upload) throw invalidField("body.file", "required");
  return { upload, fields };
}

/** The text fields checked against their schema, problems named as body fields (a missing consent: body.consent). */
export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const problems: FieldProblem[] = parsed.error.issues.flatMap((issue): FieldProblem[] => {
    const field = ["body", ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: `body.${key}`, problem: "unknown_field" }));
    }
    const sent = issue.path.length > 0 && Object.hasOwn(fields, String(issue.path[0]));
    if (!sent) return [{ field, problem: "required" }];
    if (issue.code === "invalid_type") return [{ field, problem: "invalid_type" }];
    if (issue.code === "invalid_value") return [{ field, problem: "unknown_value" }];
    if (issue.code === "too_small" || issue.code === "too_big") return [{ field, problem: issue.code }];
    return [{ field, problem: issue.message === "control_characters" ? "control_characters" : "invalid" }];
  });
  throw new AppError("validation", problems);
}

/**
 * Errors raised before the handler (a body with no parser) name the file field, as the handler's own do: the
 * same mapping case attachments install, for this plugin's upload routes.
 */
export function installActivityUploadErrors(app: FastifyInstance, uploadUrls: readonly string[]): void {
  app.setErrorHandler((error, request) => {
    const code = (error as Partial<FastifyError> | undefined)?.code;
    const preHandler = code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || code === "FST_ERR_CTP_BODY_TOO_LARGE";
    if (preHandler && request.method === "POST" && uploadUrls.includes(request.routeOptions.url ?? "")) {
      throw uploadError(error);
    }
    throw error;
  });
}
