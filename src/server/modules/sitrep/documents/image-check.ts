import { inflateSync } from "node:zlib";

/*
 * A photo is checked before a document embeds it. Uploads are accepted on their first bytes, so a damaged file
 * can be stored; pdfkit's PNG decoder inflates pixels in a zlib callback, where an error is thrown outside any
 * promise and would stop the process. Only a PNG whose pixels decode, or a JPEG whose frame header is found,
 * is printed in a PDF; any other photo is named by its caption.
 */

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels by PNG colour type: grey, RGB, palette, grey and alpha, RGBA. */
const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** More decoded bytes than this is not a photo of a report. */
const MAX_PIXEL_BYTES = 256 * 1024 * 1024;

/** The pixel size of a PNG or JPEG that decodes; null for anything else or a damaged file. */
export function imageSize(mediaType: string, bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mediaType === "image/png") return pngSize(bytes, view);
  if (mediaType === "image/jpeg") return jpegSize(view);
  return null;
}

function pngSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  let palette = false;
  const data: Uint8Array[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) return null;
    if (type === "IHDR" && length === 13)
      header = {
        width: view.getUint32(offset + 8),
        height: view.getUint32(offset + 12),
        depth: body[8] ?? 0,
        colour: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    else if (type === "PLTE") palette = true;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = header ? PNG_CHANNELS[header.colour] : undefined;
  // Interlaced files are rare among photos; they are named by caption rather than decoded here.
  if (!header || channels === undefined || header.interlace !== 0 || (header.colour === 3 && !palette)) return null;
  if (![1, 2, 4, 8, 16].includes(header.depth)) return null;
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  const expected = header.height * (rowBytes + 1);
  if (!positive(header.width, header.height) || expected > MAX_PIXEL_BYTES) return null;
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1024 });
  } catch {
    return null;
  }
  if (pixels.length < expected) return null;
  // Every row starts with its filter: none, sub, up, average or Paeth.
  for (let row = 0; row < header.height; row += 1) if ((pixels[row * (rowBytes + 1)] ?? 5) > 4) return null;
  return { width: header.width, height: header.height };
}

function jpegSize(view: DataView): ImageSize | null {
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return null;
  let offset = 2;
  while (offset + 9 < view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    // Start-of-frame markers (baseline, progressive …) carry the size; DHT, JPG and DAC share the range.
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function positive(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The size at which a photo is printed: as large as fits the box, its proportions kept. */
export function fitInto(size: ImageSize, maxWidth: number, maxHeight: number): ImageSize {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
