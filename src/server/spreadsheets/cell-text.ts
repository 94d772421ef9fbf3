/** A cell's value as text: dates as YYYY-MM-DD, links and rich text as their text, formulas as their result. */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText))
      return (cell.richText as { text?: string }[])
        .map((part) => part.text ?? "")
        .join("")
        .trim();
    if ("text" in cell) return cellToText(cell.text);
    if ("result" in cell) return cellToText(cell.result);
  }
  return "";
}
