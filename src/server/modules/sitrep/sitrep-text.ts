import type { ReportSection } from "../../../shared/activities/vocab.js";
import type { SitrepDocument, SitrepEntry } from "../../../shared/api/sitrep.js";

/**
 * The words of a report, apart from its figures. A save takes only these from the browser (the title, the
 * overview, the sections' introductions and the entries' texts): the figures, the offices, the period and
 * the language stay as the server computed them, so nothing typed can change a number the records give.
 */

const entryKey = (section: ReportSection, officeId: string) => `${section} ${officeId}`;

function entriesByKey(document: SitrepDocument): Map<string, SitrepEntry> {
  const entries = new Map<string, SitrepEntry>();
  for (const section of document.sections)
    for (const entry of section.entries) entries.set(entryKey(section.key, entry.officeId), entry);
  return entries;
}

/**
 * The stored document with the edited words put in; entries are matched by section and office, others ignored.
 * A text that differs from the stored one is marked edited, so that a later refresh keeps it.
 */
export function withEditedText(stored: SitrepDocument, edited: SitrepDocument): SitrepDocument {
  const editedEntries = entriesByKey(edited);
  return {
    ...stored,
    title: edited.title,
    overview: edited.overview,
    overviewEdited: Boolean(stored.overviewEdited) || edited.overview !== stored.overview,
    sections: stored.sections.map((section) => ({
      ...section,
      intro: edited.sections.find((candidate) => candidate.key === section.key)?.intro ?? section.intro,
      entries: section.entries.map((entry) => {
        const text = editedEntries.get(entryKey(section.key, entry.officeId))?.text ?? entry.text;
        return { ...entry, text, edited: Boolean(entry.edited) || text !== entry.text };
      }),
    })),
  };
}

/**
 * A refreshed document (figures and entries computed anew) keeping what people wrote in the previous one:
 * its title and introductions, its overview if edited, and the edited texts of entries of offices still in
 * the report. An edited text whose entry has nothing left (its activities no longer approved) stays as an
 * entry of its own, so that no one's writing is lost. Texts nobody edited are written anew.
 */
export function keepEditedText(previous: SitrepDocument, fresh: SitrepDocument): SitrepDocument {
  const offices = new Map(fresh.offices.map((office) => [office.id, office]));
  const order = fresh.offices.map((office) => office.id);
  const previousEntries = entriesByKey(previous);
  return {
    ...fresh,
    title: previous.title,
    overview: previous.overviewEdited ? previous.overview : fresh.overview,
    overviewEdited: Boolean(previous.overviewEdited),
    sections: fresh.sections.map((section) => {
      const before = previous.sections.find((candidate) => candidate.key === section.key);
      const entries = section.entries.map((entry) => {
        const old = previousEntries.get(entryKey(section.key, entry.officeId));
        return old?.edited ? { ...entry, text: old.text, edited: true } : entry;
      });
      const orphans = (before?.entries ?? [])
        .filter((old) => old.edited && offices.has(old.officeId))
        .filter((old) => !entries.some((entry) => entry.officeId === old.officeId))
        .map((old) => ({
          ...old,
          officeName: offices.get(old.officeId)?.name ?? old.officeName,
          figures: [],
          activities: [],
          photos: [],
        }));
      return {
        ...section,
        intro: before?.intro ?? section.intro,
        entries: [...entries, ...orphans].sort((a, b) => order.indexOf(a.officeId) - order.indexOf(b.officeId)),
      };
    }),
  };
}
