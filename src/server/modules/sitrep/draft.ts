import { REPORT_SECTIONS, type ReportSection } from "../../../shared/activities/vocab.js";
import type { SitrepDocument, SitrepEntry, SitrepSection } from "../../../shared/api/sitrep.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { defaultTitle, overviewText } from "../../../shared/sitrep/draft-text.js";
import { defaultSectionIntro, type Translate } from "../../../shared/sitrep/figure-text.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import { activityFigures } from "./figures/activity-figures.js";
import type { ReportActivity } from "./figures/report-activities.js";
import { type ReportFigures, reportFigures } from "./figures/report-figures.js";
import { type ReportOffice, reportOffices } from "./figures/report-offices.js";
import { reportPeriod } from "./figures/report-period.js";

/** The contract's bounds (src/shared/api/sitrep.ts): a draft never exceeds them, whatever the data. */
const LIMITS = { text: 20_000, figures: 100, activities: 500, photos: 50, title: 300 } as const;

export interface DraftRequest {
  fromMonth: string;
  toMonth: string;
  language: Language;
  /** The offices, already known to be the organisation's (empty: every office not retired). */
  officeIds: readonly string[];
  title?: string | undefined;
}

/** The text of an entry: its activities' paragraphs, one after another. */
export function entryText(narratives: readonly string[]): string {
  return narratives
    .map((narrative) => narrative.trim())
    .filter((narrative) => narrative !== "")
    .join("\n\n")
    .slice(0, LIMITS.text);
}

function entryOf(
  office: ReportOffice,
  section: ReportSection,
  activities: readonly ReportActivity[],
  figures: ReportFigures,
): SitrepEntry | null {
  const records = section === "direct_assistance" ? (figures.recordFiguresByOffice.get(office.id) ?? []) : [];
  if (activities.length === 0 && records.length === 0) return null;
  const listed = activities.slice(0, LIMITS.activities);
  return {
    officeId: office.id,
    officeName: office.name,
    text: entryText(activities.map((activity) => activity.narrative)),
    edited: false,
    figures: [...records, ...activityFigures(activities, figures.listLabels)].slice(0, LIMITS.figures),
    activities: listed.map((activity) => ({
      id: activity.id,
      title: activity.title,
      kind: activity.kind,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
    })),
    photos: listed.flatMap((activity) => figures.photos.get(activity.id) ?? []).slice(0, LIMITS.photos),
  };
}

/**
 * The six sections in the report's order, each with its default introduction and one entry per office
 * that has something for it: its approved activities of the section, and for direct assistance the
 * figures of its records even without an activity. An office with nothing in a section gets no entry.
 */
function sectionsOf(t: Translate, offices: readonly ReportOffice[], figures: ReportFigures): SitrepSection[] {
  const bySectionAndOffice = new Map<string, ReportActivity[]>();
  for (const activity of figures.activities) {
    const key = `${activity.section} ${activity.officeId}`;
    const list = bySectionAndOffice.get(key);
    if (list) list.push(activity);
    else bySectionAndOffice.set(key, [activity]);
  }
  return REPORT_SECTIONS.map((section) => ({
    key: section,
    intro: defaultSectionIntro(t, section),
    entries: offices.flatMap((office) => {
      const entry = entryOf(office, section, bySectionAndOffice.get(`${section} ${office.id}`) ?? [], figures);
      return entry ? [entry] : [];
    }),
  }));
}

/** A new report's document: figures computed now, words generated in the report's language. */
export async function draftDocument(db: ScopedDb, request: DraftRequest): Promise<SitrepDocument> {
  const t = translator(request.language);
  const period = await reportPeriod(db, request.fromMonth, request.toMonth);
  const offices = await reportOffices(db, request.officeIds);
  const figures = await reportFigures(db, period, offices, request.language);
  const missing = [...figures.missing];
  for (const id of request.officeIds) {
    if (!offices.some((office) => office.id === id))
      missing.unshift({ key: "records", reason: "office_not_found", officeId: id });
  }
  return {
    title: (request.title ?? defaultTitle(t, request.fromMonth, request.toMonth, request.language)).slice(
      0,
      LIMITS.title,
    ),
    fromMonth: request.fromMonth,
    toMonth: request.toMonth,
    language: request.language,
    offices: offices.map((office) => ({ id: office.id, name: office.name, country: office.country })),
    overview: overviewText(
      t,
      {
        fromMonth: request.fromMonth,
        toMonth: request.toMonth,
        officeNames: offices.map((office) => office.name),
        headline: figures.headline,
      },
      request.language,
    ).slice(0, LIMITS.text),
    overviewEdited: false,
    headline: figures.headline.slice(0, LIMITS.figures),
    sections: sectionsOf(t, offices, figures),
    missing: missing.slice(0, 500),
    figuresAt: new Date().toISOString(),
  };
}
