/** Months of a report in its language: "May 2022", "March – April 2012", "грудень 2011 р. – лютий 2012 р.". */
export function periodText(fromMonth: string, toMonth: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { month: "long", year: "numeric", timeZone: "UTC" };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat("en", options);
  }
  const from = monthStart(fromMonth);
  const text = fromMonth === toMonth ? format.format(from) : format.formatRange(from, monthStart(toMonth));
  // ICU puts thin spaces around the range's dash: plain ones read the same and edit without surprises.
  return text.replace(/[\u2009\u202f]/g, " ");
}

/** The first instant of a YYYY-MM month, in UTC. */
function monthStart(month: string): Date {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1));
}
