import { fileTypeFromBuffer } from "file-type";
import type { AttachmentMediaType } from "../../../shared/api/case-records.js";
import { AppError, invalidField } from "../../access/errors.js";

interface Kind {
  /** Declared types (the part's Content-Type) that name this kind. */
  declared: readonly string[];
  /** File name extensions that name this kind. */
  extensions: readonly string[];
}

const HEIF: Kind = {
  declared: ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"],
  extensions: ["heic", "heif", "hif"],
};

const KINDS: Record<AttachmentMediaType, Kind> = {
  "application/pdf": { declared: ["application/pdf"], extensions: ["pdf"] },
  "image/jpeg": { declared: ["image/jpeg", "image/jpg", "image/pjpeg"], extensions: ["jpg", "jpeg", "jpe", "jfif"] },
  "image/png": { declared: ["image/png"], extensions: ["png"] },
  "image/webp": { declared: ["image/webp"], extensions: ["webp"] },
  "image/heic": HEIF,
  "image/heif": HEIF,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    declared: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    extensions: ["docx"],
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    declared: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    extensions: ["xlsx"],
  },
  "application/vnd.oasis.opendocument.text": {
    declared: ["application/vnd.oasis.opendocument.text"],
    extensions: ["odt"],
  },
  "text/plain": {
    declared: ["text/plain", "text/csv", "text/markdown"],
    extensions: ["txt", "text", "csv", "md", "log"],
  },
};

/** "Any binary" says nothing about the content: clients send it when they do not know the type. */
const UNDECLARED = new Set(["", "application/octet-stream"]);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAllowed(mediaType: string): mediaType is AttachmentMediaType {
  return Object.hasOwn(KINDS, mediaType);
}

/** The extension a name claims, if any: "scan 12.03.2024" claims none, "photo.exe" claims "exe". */
export function extensionOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return /^(?=.*[a-z])[a-z0-9]{1,8}$/.test(extension) ? extension : undefined;
}

/**
 * The media type of an upload, decided by its content alone. The declared type and the extension are
 * only checked against it: a file that claims to be something else is refused, so that nothing is
 * stored under a type that would make a reader's device treat it differently than its bytes say.
 */
export async function detectMediaType(
  bytes: Buffer,
  declaredType: string,
  fileName: string,
): Promise<AttachmentMediaType> {
  if (bytes.length === 0) throw invalidField("body.file", "too_small");
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = detected ? detected.mime : isPlainText(bytes) ? "text/plain" : undefined;
  if (!mediaType || !isAllowed(mediaType)) throw invalidField("body.file", "type_not_allowed");
  const kind = KINDS[mediaType];
  const declared = declaredType.split(";")[0]?.trim().toLowerCase() ?? "";
  const extension = extensionOf(fileName);
  const declaredFits = UNDECLARED.has(declared) || kind.declared.includes(declared);
  const extensionFits = extension === undefined || kind.extensions.includes(extension);
  if (!declaredFits || !extensionFits) {
    throw new AppError("unsupported_media_type", [{ field: "body.file", problem: "type_mismatch" }]);
  }
  return mediaType;
}
