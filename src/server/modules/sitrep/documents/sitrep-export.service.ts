import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import { photoForDocument } from "../../activities/photos.service.js";
import { loadSitrepDocument } from "../sitrep-read.service.js";
import { periodSlug } from "./document-dates.js";
import { layoutSitrep, type SitrepLayout } from "./layout.js";
import { loadPhotos } from "./photos.js";
import { renderDocx } from "./render-docx.js";
import { renderHtml } from "./render-html.js";
import { renderPdf } from "./render-pdf.js";
import { sitrepWords } from "./sitrep-words.js";

export const EXPORT_FORMATS = {
  html: { contentType: "text/html; charset=utf-8", render: async (layout: SitrepLayout) => renderHtml(layout) },
  pdf: { contentType: "application/pdf", render: renderPdf },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: renderDocx,
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportedSitrep {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

/**
 * One version of a situation report (the current one unless asked) as a file, in the report's own language.
 * The photos are read once each; the export is audited with the photos it showed, since they may show people.
 */
export async function exportSitrep(
  db: ScopedDb,
  services: Services,
  sitrepId: string,
  format: ExportFormat,
  version?: number,
): Promise<ExportedSitrep> {
  const loaded = await loadSitrepDocument(db, sitrepId, version);
  const { document } = loaded;
  const sitrep = await db
    .selectFrom("sitreps")
    .select(["published_version", "published_at"])
    .where("id", "=", sitrepId)
    .executeTakeFirstOrThrow();
  const organisation = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const images = await loadPhotos(document, (photoId) => photoForDocument(db, services.keyring, photoId));
  const publishedAt =
    sitrep.published_version === loaded.version && sitrep.published_at ? sitrep.published_at.toISOString() : null;
  const layout = layoutSitrep(
    document,
    { version: loaded.version, publishedAt, timeZone: organisation.time_zone },
    images,
    sitrepWords(document.language),
  );
  const { contentType, render } = EXPORT_FORMATS[format];
  const body = await render(layout);
  db.audit({
    action: "sitrep.export",
    recordType: "sitrep",
    recordId: sitrepId,
    recordIds: [...images.keys()],
    detail: { format, version: loaded.version, language: document.language },
  });
  const fileName = `situation-report-${periodSlug(document.fromMonth, document.toMonth)}-v${loaded.version}.${format}`;
  return { fileName, contentType, body };
}
