// The one way interface text reaches a page: `const t = useTranslations(lang)`, then
// `t('section.position', { position: 2, total: 4 })`. Numbers are formatted for the language, and a
// message with plural forms picks its form for `count` with Intl.PluralRules.
import { SITE } from '../site';
import { pageLanguage, type PageLanguage } from './languages';
import type { Params, ParamsOf, PluralForms, UiKey } from './types';

export type { UiKey } from './types';

/** A message cut at the parameters left unfilled, for components that put elements there (Trans.astro). */
export type MessagePart = string | { param: string };

export interface Translate extends PageLanguage {
  <K extends UiKey>(key: K, ...params: [ParamsOf<K>] extends [never] ? [] : [Params<K>]): string;
  /** The message with the given parameters filled in, cut at the others. */
  parts(key: UiKey, params?: Readonly<Record<string, string | number>>): MessagePart[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "A, B and C" (conjunction) or "A, B or C" (disjunction), in the language. */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
}

const PARAM = /\{(\w+)\}/g;

function translator(language: PageLanguage): Translate {
  const numbers = new Intl.NumberFormat(language.intl);
  const plurals = new Intl.PluralRules(language.intl);
  const text = (value: unknown) => (typeof value === 'number' ? numbers.format(value) : String(value));

  const message = (key: UiKey, params: Partial<Record<string, string | number>>): string => {
    const entry: string | PluralForms = language.dictionary[key];
    if (typeof entry === 'string') return entry;
    const count = params.count;
    if (typeof count !== 'number') throw new TypeError(`"${key}" has plural forms and needs a numeric count`);
    return entry[plurals.select(count)] ?? entry.other;
  };

  const parts = (key: UiKey, params: Partial<Record<string, string | number>> = {}): MessagePart[] => {
    const out: MessagePart[] = [];
    let last = 0;
    const template = message(key, params);
    for (const match of template.matchAll(PARAM)) {
      const name = match[1]!;
      out.push(template.slice(last, match.index));
      out.push(params[name] === undefined ? { param: name } : text(params[name]));
      last = match.index + match[0].length;
    }
    out.push(template.slice(last));
    // Adjacent text joined and empty text dropped, so callers see one string where there is one.
    return out.reduce<MessagePart[]>((joined, part) => {
      const previous = joined.at(-1);
      if (typeof part === 'string' && typeof previous === 'string') joined[joined.length - 1] = previous + part;
      else if (part !== '') joined.push(part);
      return joined;
    }, []);
  };

  const t = ((key: UiKey, params: Record<string, string | number> = {}) =>
    message(key, params).replace(PARAM, (whole, name: string) => (params[name] === undefined ? whole : text(params[name])))) as Translate;
  return Object.assign(t, language, {
    parts,
    number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(language.intl, options).format(value),
    // Lists follow the tag itself: "en" keeps the serial comma the site has always written.
    list: (items: readonly string[], type: Intl.ListFormatType = 'conjunction') => new Intl.ListFormat(language.tag, { type }).format(items),
  });
}

const translators = new Map<string, Translate>();

/**
 * The interface text and formatting of one language (a BCP 47 tag); the site's default language
 * when none is given (a component rendered on its own, in tests).
 */
export function useTranslations(lang: string = SITE.lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = translator(pageLanguage(lang));
    translators.set(lang, t);
  }
  return t;
}
