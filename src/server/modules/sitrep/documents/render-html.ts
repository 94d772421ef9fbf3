import escapeHtml from "escape-html";
import { reportStyle } from "./html-style.js";
import type { SitrepBlock, SitrepLayout } from "./layout.js";
import { EMBEDDABLE_IN_HTML } from "./photos.js";

/** Text of the report as HTML: every character that could open markup escaped, line breaks kept. */
function text(value: string): string {
  return value
    .split("\n")
    .map((line) => escapeHtml(line))
    .join("<br>");
}

function dataUri(mediaType: string, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}`;
}

function credit(value: string): string {
  return `<span class="credit">© ${text(value)}</span>`;
}

function block(item: SitrepBlock): string {
  switch (item.kind) {
    case "title":
      return `<h1>${text(item.text)}</h1>`;
    case "facts":
      return `<dl class="facts">${item.rows.map((row) => `<dt>${text(row.label)}</dt><dd>${text(row.value)}</dd>`).join("")}</dl>`;
    case "heading": {
      const id = item.section ? ` id="section-${escapeHtml(item.section)}"` : "";
      const className = item.pageBreakBefore ? ` class="page-break"` : "";
      return `<h2${id}${className}>${text(item.text)}</h2>`;
    }
    case "paragraph":
      return `<p>${text(item.text)}</p>`;
    case "entry": {
      const [first = "", ...rest] = item.paragraphs;
      const lead = `<p><span class="office">${text(item.office)}:</span> ${text(first)}</p>`;
      return `<div class="entry">${lead}${rest.map((paragraph) => `<p>${text(paragraph)}</p>`).join("")}</div>`;
    }
    case "figureTable": {
      const head = `<thead><tr>${item.columns.map((column) => `<th scope="col">${text(column)}</th>`).join("")}</tr></thead>`;
      const rows = item.rows
        .map(
          (row) =>
            `<tr${row.withheld ? ` class="withheld"` : ""}><td>${text(row.label)}</td><td class="value">${text(row.value)}</td></tr>`,
        )
        .join("");
      return `<table class="figures">${head}<tbody>${rows}</tbody></table>`;
    }
    case "figureList":
      return `<ul class="figures">${item.items.map((value) => `<li>${text(value)}</li>`).join("")}</ul>`;
    case "note":
      return `<p class="note">${text(item.text)}</p>`;
    case "photo": {
      if (item.image && EMBEDDABLE_IN_HTML.has(item.image.mediaType)) {
        const size = item.image.size ? ` width="${item.image.size.width}" height="${item.image.size.height}"` : "";
        const src = escapeHtml(dataUri(item.image.mediaType, item.image.bytes));
        return `<figure><img src="${src}" alt="${escapeHtml(item.caption)}"${size}><figcaption>${text(item.caption)} ${credit(item.credit)}</figcaption></figure>`;
      }
      return `<p class="photo-only">${text(item.label)}: ${text(item.caption)} ${credit(item.credit)}</p>`;
    }
  }
}

/**
 * The report as one self-contained HTML file, ready to print: its language declared, its style inline, its
 * photos embedded, nothing loaded from elsewhere and nothing run.
 */
export function renderHtml(layout: SitrepLayout): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(layout.language)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing in the file may fetch or run: pictures are data: URIs and the style is inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(layout.title.replace(/\s+/g, " "))}</title>`,
    `<style>${reportStyle(layout.footer)}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...layout.blocks.map(block),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
