// Dates are calendar days: format them in UTC so a build in any time zone prints the same day, and
// in the page's language ("24 January 2025", "24 січня 2025 р.").
import { pageLanguage } from '../i18n/languages';
import { SITE } from '../site';
import { dateFormat } from './text/intl';

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatDay(date: Date, lang: string = SITE.lang): string {
  return dateFormat(pageLanguage(lang).intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
