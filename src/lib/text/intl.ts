// Intl's formatters and segmenters, made once for each locale and options: making one costs far more
// than using it, and a build formats dates, numbers and lists and splits sentences on every page.
const made = new Map<string, unknown>();

function once<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let found = made.get(key) as T | undefined;
  if (found === undefined) made.set(key, (found = make()));
  return found;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  once('number', locale, options, () => new Intl.NumberFormat(locale, options));
export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
  once('list', locale, options, () => new Intl.ListFormat(locale, options));
export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = {}) =>
  once('plural', locale, options, () => new Intl.PluralRules(locale, options));
export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions = {}) =>
  once('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
export const segmenter = (locale: string, options: Intl.SegmenterOptions = {}) =>
  once('segmenter', locale, options, () => new Intl.Segmenter(locale, options));
