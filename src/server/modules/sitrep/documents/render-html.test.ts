import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import { renderHtml } from "./render-html.js";
import {
  expectedInOrder,
  fixtureLayout,
  INJECTED_NARRATIVE,
  positionsInOrder,
  TINY_PNG,
} from "./sitrep-documents.fixture.js";
import { sitrepWords } from "./sitrep-words.js";

/** The text a browser shows: tags dropped, the few entities the renderer writes turned back into characters. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf("<body>"));
  return body
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name] ?? "",
    )
    .replace(/ {2,}/g, " ");
}

describe.each(["en", "uk"] as const)("the situation report as HTML, in %s", (language) => {
  const html = renderHtml(fixtureLayout(language));
  const words = sitrepWords(language);

  it("prints the title, the period, the figures, the six sections in order and the offices' entries", () => {
    const missing = positionsInOrder(visibleText(html), expectedInOrder(language)).filter((item) => item.at < 0);
    expect(missing).toEqual([]);
    const headings = [...html.matchAll(/<h2 id="section-([a-z_]+)"/g)].map((match) => match[1]);
    expect(headings).toEqual([...REPORT_SECTIONS]);
  });

  it("declares its language and character set, and loads nothing from elsewhere", () => {
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${language}">`));
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/\s(?:src|href)="(?!data:)/);
    expect(html).not.toMatch(/@import|url\(/);
    // Pages are numbered by the print engine, in the report's language.
    expect(html).toContain("counter(page)");
    expect(html).toContain("counter(pages)");
    expect(html).toContain("size: A4");
  });

  it("escapes what people typed: a narrative cannot add markup", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>bold</b>");
    expect(visibleText(html)).toContain(INJECTED_NARRATIVE);
  });

  it("embeds the PNG photo with its caption as alternative text, and any other kind with its caption", () => {
    const png = `data:image/png;base64,${TINY_PNG.toString("base64")}`;
    expect(html).toContain(`<img src="${png}" alt="Information desk at the railway station" width="2" height="2">`);
    expect(visibleText(html)).toContain("© Anna K.");
    // Browsers show WebP: it is embedded too.
    expect(html).toMatch(/<img src="data:image\/webp;base64,[^"]+" alt="Flyers handed out at the border">/);
  });

  it("says a draft is a draft, and which version it is", () => {
    const text = visibleText(html);
    expect(text).toContain(words.t("sitrepDocuments.draft"));
    expect(text).toMatch(new RegExp(`${words.t("sitrepDocuments.version")}\\s+3`));
  });
});
