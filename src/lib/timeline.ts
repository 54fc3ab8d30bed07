// Dates as precise as the report gives them: a year ("2016"), a month ("2022-02") or a day
// ("2025-01-20"). Each is a valid HTML <time datetime> value as it stands.
import { pageLanguage } from '../i18n/languages';
import { SITE } from '../site';
import { dateFormat } from './text/intl';

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export function parseCalendarPoint(text: string): CalendarPoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const daysInMonth = utcDate(year, month + 1, 0).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * A UTC date in the year as written: Date.UTC and new Date(y, …) read the years 0 to 99 as 1900 to
 * 1999, so the year is set on its own.
 */
export function utcDate(year: number, month = 1, day = 1): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function isCalendarPoint(text: string): boolean {
  return parseCalendarPoint(text) !== undefined;
}

/**
 * Orders two points on the precision they share: "2022" and "2022-02" compare equal, since the
 * report does not say which came first within 2022. Throws on text that is not a calendar point.
 */
export function compareCalendarPoints(a: string, b: string): number {
  const pa = parseCalendarPoint(a);
  const pb = parseCalendarPoint(b);
  if (!pa || !pb) throw new RangeError(`Not a calendar point: ${pa ? b : a}`);
  const parts = (p: CalendarPoint) => [p.year, p.month, p.day];
  const [xa, xb] = [parts(pa), parts(pb)];
  for (let i = 0; i < 3; i++) {
    if (xa[i] === undefined || xb[i] === undefined) return 0;
    if (xa[i] !== xb[i]) return xa[i]! - xb[i]!;
  }
  return 0;
}

/** "2016", "February 2022", "20 January 2025": no more precise than the report, in the page's language. */
export function formatCalendarPoint(text: string, lang: string = SITE.lang): string {
  const p = parseCalendarPoint(text);
  if (!p) throw new RangeError(`Not a calendar point: ${text}`);
  const date = utcDate(p.year, p.month, p.day);
  const options: Intl.DateTimeFormatOptions =
    p.precision === 'year'
      ? { year: 'numeric' }
      : p.precision === 'month'
        ? { month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  return dateFormat(pageLanguage(lang).intl, { ...options, timeZone: 'UTC' }).format(date);
}
