import type { FooterPart } from "./layout.js";

/** A CSS string literal of catalogue text: quotes, backslashes and angle brackets written as escapes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `)}"`;
}

/** "Page " counter(page) " of " counter(pages): the footer as the print engine numbers pages. */
function footerContent(parts: readonly FooterPart[]): string {
  return parts.map((part) => ("text" in part ? cssString(part.text) : `counter(${part.field})`)).join(" ");
}

/**
 * The house style of the report on screen and on paper: A4 with print margins, fonts found on the reader's
 * machine (nothing is fetched), sections starting on a new page, headings kept with what follows them.
 */
export function reportStyle(footer: readonly FooterPart[]): string {
  return `
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center { content: ${footerContent(footer)}; font-size: 8pt; color: #555; } }
:root { color-scheme: light; }
html { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 11pt; line-height: 1.45; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 13pt; margin: 1.6rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1f4e79;
  color: #1f4e79; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6rem; orphans: 3; widows: 3; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1.5rem;
  font-size: 10pt; }
.facts dt { font-weight: 600; color: #444; }
.facts dd { margin: 0; }
table.figures { width: 100%; border-collapse: collapse; margin: 0 0 1rem; font-size: 10pt; }
table.figures th, table.figures td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid #ccc; }
table.figures th { background: #eef3f8; }
table.figures th:last-child, table.figures td.value { text-align: right; }
table.figures td.value { font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.figures tr.withheld td.value { font-weight: 400; font-style: italic; color: #555; }
tr { break-inside: avoid; page-break-inside: avoid; }
.entry { margin: 0 0 0.4rem; }
.entry .office { font-weight: 700; }
ul.figures { margin: 0 0 0.8rem; padding-left: 1.2rem; font-size: 10pt; }
.note { font-style: italic; color: #555; }
figure { margin: 0.4rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 110mm; height: auto; }
figcaption, .photo-only { font-size: 9pt; color: #444; margin-top: 0.25rem; }
.credit { white-space: nowrap; }
.page-break { break-before: page; page-break-before: always; }
@media screen { .page-break { margin-top: 2.5rem; } }
@media print { body { max-width: none; padding: 0; } }
`;
}
