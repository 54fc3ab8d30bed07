// Dates are calendar days: format them in UTC so a build in any time zone prints the same day.

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatDay(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
