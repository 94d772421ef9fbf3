import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SitrepDetail } from "../../../shared/api/sitrep.js";
import { dropDraft, keepDraft, loadDraft, type SitrepDraft } from "./sitrep-draft.js";
import { changedKeys, type MergedTexts, mergeTexts, type SitrepTexts, textsOf } from "./sitrep-texts.js";

/** How long typing may pause before the words are put in the tab's storage. */
const KEEP_AFTER_MS = 400;

/** A kept draft worth offering: one that still changes something in the report as it is now. */
function draftToOffer(detail: SitrepDetail, base: SitrepTexts): SitrepDraft | null {
  const draft = loadDraft(detail.id);
  if (!draft) return null;
  const merged = mergeTexts(draft.base, draft.texts, base);
  if (changedKeys(base, merged.texts).length === 0 && merged.dropped.length === 0) {
    dropDraft(detail.id);
    return null;
  }
  return draft;
}

/** Keeps the words in the tab, or forgets them once nothing differs from the saved version. */
function keepOrDrop(state: {
  id: string;
  version: number;
  offer: SitrepDraft | null;
  dirty: boolean;
  base: SitrepTexts;
  texts: SitrepTexts;
}): void {
  // While a decision about an earlier draft is pending, that draft must not be overwritten.
  if (state.offer) return;
  if (state.dirty) {
    keepDraft(state.id, {
      version: state.version,
      base: state.base,
      texts: state.texts,
      keptAt: new Date().toISOString(),
    });
  } else {
    dropDraft(state.id);
  }
}

/**
 * The editor's working copy of a report: the version it was opened at, the words as typed, whether they
 * differ, and the unsaved words kept in the tab while typing. Replaced only by what a save, a refresh or
 * a publish returns, or by a newer version fetched on purpose after a conflict, with the person's changes
 * put into it.
 */
export function useSitrepEditor(initial: SitrepDetail) {
  const [detail, setDetail] = useState(initial);
  const base = useMemo(() => textsOf(detail.document), [detail.document]);
  const [texts, setTexts] = useState<SitrepTexts>(base);
  const [offer, setOffer] = useState<SitrepDraft | null>(() => draftToOffer(initial, base));
  const [mergeNote, setMergeNote] = useState<MergedTexts | null>(null);
  const latest = useRef(texts);
  latest.current = texts;

  const dirty = useMemo(() => changedKeys(base, texts).length > 0, [base, texts]);

  const setText = useCallback((key: string, value: string) => {
    setTexts((current) => ({ ...current, [key]: value }));
  }, []);

  // Written after a pause in typing, and at once when the page goes away (a reload, a closed tab, another
  // page of the app): a pause of a few hundred milliseconds is enough to lose the last words otherwise.
  useEffect(() => {
    const timer = window.setTimeout(
      () => keepOrDrop({ id: detail.id, version: detail.currentVersion, offer, dirty, base, texts }),
      KEEP_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [offer, dirty, detail.id, detail.currentVersion, base, texts]);
  const now = useRef(() => {});
  now.current = () => keepOrDrop({ id: detail.id, version: detail.currentVersion, offer, dirty, base, texts });
  useEffect(() => {
    const keepNow = () => now.current();
    window.addEventListener("pagehide", keepNow);
    return () => {
      window.removeEventListener("pagehide", keepNow);
      keepNow();
    };
  }, []);

  /** Puts `mine` (changed from `from`) into `next` and shows what could not go in cleanly. */
  const mergeInto = (next: SitrepDetail, from: SitrepTexts, mine: SitrepTexts) => {
    const merged = mergeTexts(from, mine, textsOf(next.document));
    setDetail(next);
    setTexts(merged.texts);
    setMergeNote(merged.overlapping.length > 0 || merged.dropped.length > 0 ? merged : null);
  };

  return {
    detail,
    base,
    texts,
    dirty,
    setText,
    offer,
    mergeNote,
    dismissMergeNote: () => setMergeNote(null),
    restoreDraft: () => {
      if (offer) mergeInto(detail, offer.base, offer.texts);
      setOffer(null);
    },
    discardDraft: () => {
      dropDraft(detail.id);
      setOffer(null);
    },
    /**
     * The report as the server now has it after this person's save (`sent` is what the save carried),
     * refresh or publish. Words typed while the request was on its way stay.
     */
    accept: (next: SitrepDetail, sent?: SitrepTexts) => {
      const current = latest.current;
      const merged = mergeTexts(sent ?? current, current, textsOf(next.document));
      setDetail(next);
      setTexts(merged.texts);
    },
    /** A newer version saved by someone else, with this person's unsaved changes put into it. */
    takeNewer: (next: SitrepDetail) => mergeInto(next, base, latest.current),
  };
}

export type SitrepEditorState = ReturnType<typeof useSitrepEditor>;
