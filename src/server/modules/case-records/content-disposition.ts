/** RFC 5987 attr-char: what may stand unescaped in `filename*`. encodeURIComponent leaves a few more. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** A plain-ASCII stand-in for clients that do not read `filename*`; quotes and backslashes cannot break out. */
function asciiFallback(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/["\\%]/g, "_")
    .trim();
  return ascii || "attachment";
}

/**
 * `Content-Disposition: attachment` with the name in both forms of RFC 6266: the UTF-8 `filename*`
 * (RFC 5987) that browsers prefer, and an ASCII `filename` fallback. Always "attachment": a stored file
 * is never rendered inline in the application's origin.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
