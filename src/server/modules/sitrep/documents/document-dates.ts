import type { Language } from "../../../../shared/i18n/languages.js";

/** A day as the organisation's calendar showed it, e.g. "3 June 2022". */
export function dayText(instant: string, language: Language, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone }).format(date);
}

/** The period for a file name: "2022-05", or "2022-05-to-2022-06". */
export function periodSlug(fromMonth: string, toMonth: string): string {
  return fromMonth === toMonth ? fromMonth : `${fromMonth}-to-${toMonth}`;
}
