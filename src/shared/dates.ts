/** Calendar-date helpers on "YYYY-MM-DD" strings, which compare correctly as text. */

/** Today in UTC. Checks against "the future" allow a day of slack for time zones east of UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The calendar day of a moment in a time zone ("Europe/Warsaw"); throws RangeError for an unknown zone. */
export function dayInZone(timeZone: string, at: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Age in whole years on a date, from a full birth date or (less exactly) a birth year. */
export function ageOn(on: string, birthDate: string | null | undefined, birthYear?: number | null): number | null {
  if (birthDate) {
    const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
    return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
  }
  if (birthYear) return Number(on.slice(0, 4)) - birthYear;
  return null;
}
