import type { SitrepDocument } from "../../../../shared/api/sitrep.js";
import { type ImageSize, imageSize } from "./image-check.js";

/** A photo's image as the documents embed it. */
export interface DocumentImage {
  mediaType: string;
  bytes: Uint8Array;
  /** Pixel size of a PNG or JPEG that decodes; null for another kind, or a damaged file (never printed in a PDF). */
  size: ImageSize | null;
}

/** Reads one photo's image (unsealed), or null when the photo is gone. */
export type PhotoLoader = (photoId: string) => Promise<{ mediaType: string; bytes: Uint8Array } | null>;

/** Media types a PDF (pdfmake) and a DOCX embed here. */
const PRINTABLE: ReadonlySet<string> = new Set(["image/png", "image/jpeg"]);

/** Whether PDF and DOCX embed the image: a PNG or JPEG that was found to decode. Others go by caption. */
export function printable(image: DocumentImage | null): image is DocumentImage & { size: ImageSize } {
  return image !== null && PRINTABLE.has(image.mediaType) && image.size !== null;
}

/** Media types a browser shows from a data: URI. */
export const EMBEDDABLE_IN_HTML: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

/**
 * The images of every photo the document shows, read one after another (one transaction serves the request,
 * so reading them in parallel would only queue on the same connection).
 */
export async function loadPhotos(document: SitrepDocument, load: PhotoLoader): Promise<Map<string, DocumentImage>> {
  const images = new Map<string, DocumentImage>();
  for (const section of document.sections)
    for (const entry of section.entries)
      for (const photo of entry.photos) {
        if (images.has(photo.id)) continue;
        const found = await load(photo.id);
        if (found)
          images.set(photo.id, {
            mediaType: found.mediaType,
            bytes: found.bytes,
            size: imageSize(found.mediaType, found.bytes),
          });
      }
  return images;
}
