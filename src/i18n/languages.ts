// The languages the site's interface speaks, and what a language tag (BCP 47) means for a page:
// which dictionary, how Intl formats dates and numbers, which way text runs, og:locale.
// To add a language: write src/i18n/<code>.ts (typed as Dictionary) and list it here.
import type { Dictionary } from './types';
import en from './en';
import uk from './uk';

interface Language {
  /** The language's name in itself. */
  name: string;
  dictionary: Dictionary;
  /** The locale Intl formats with when a tag names no region ("en" writes dates as in en-GB). */
  intl: string;
  /** og:locale when a tag names no region. */
  ogLocale: string;
}

export const LANGUAGES = {
  en: { name: 'English', dictionary: en, intl: 'en-GB', ogLocale: 'en_GB' },
  uk: { name: 'Українська', dictionary: uk, intl: 'uk', ogLocale: 'uk_UA' },
} as const satisfies Record<string, Language>;

/** Scripts written right to left, for runtimes without Intl.Locale#getTextInfo. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** "EN-gb" -> "en-GB"; undefined when the text is not a well-formed language tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The registered language a tag falls under ("en-US" -> en), if the site has its dictionary. */
function registered(tag: string): Language | undefined {
  const language = new Intl.Locale(tag).language;
  return Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language as keyof typeof LANGUAGES] : undefined;
}

export function hasDictionary(tag: string): boolean {
  const canonical = canonicalTag(tag);
  return canonical !== undefined && registered(canonical) !== undefined;
}

export interface PageLanguage {
  /** The canonical BCP 47 tag: <html lang>, JSON-LD inLanguage, Pagefind's index. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The locale Intl formats dates, numbers, lists and plurals with. */
  intl: string;
  /** Open Graph's form: language_TERRITORY. */
  ogLocale: string;
  dictionary: Dictionary;
}

/** Which way a language's script runs: "ar" -> rtl, "uk" -> ltr. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag);
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : undefined;
  if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** Everything a page needs to know about its language; throws for a tag with no dictionary. */
export function pageLanguage(tag: string): PageLanguage {
  const canonical = canonicalTag(tag);
  const language = canonical ? registered(canonical) : undefined;
  if (!canonical || !language) throw new RangeError(`No interface dictionary for language "${tag}" (have: ${Object.keys(LANGUAGES).join(', ')})`);
  const locale = new Intl.Locale(canonical);
  return {
    tag: canonical,
    dir: textDirection(canonical),
    // A tag that names a region ("en-US") is formatted for that region.
    intl: locale.region ? canonical : language.intl,
    ogLocale: locale.region ? `${locale.language}_${locale.region}` : language.ogLocale,
    dictionary: language.dictionary,
  };
}
