// The one way interface text reaches a page: `const t = useTranslations(lang)`, then
// `t('section.position', { position: 2, total: 4 })`. Numbers are formatted for the language, and a
// message with plural forms picks its form for `count` with Intl.PluralRules.
import { SITE } from '../site';
import { pageLanguage, type PageLanguage } from './languages';
import { translator, type MessageSource, type Translator } from './translator';
import type { UiKey } from './types';

export type { UiKey } from './types';

export type { MessagePart, MessageSource } from './translator';

/** The whole interface of one language, as pages and components use it. */
export type Translate = Translator<UiKey> & PageLanguage;

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

/**
 * The messages whose keys start with `prefix`, with the language's tag and locale: what a browser
 * script is sent as data (search's start.json) instead of bundling every dictionary.
 */
export function messagesUnder<P extends string>(lang: string, prefix: P): MessageSource<Extract<UiKey, `${P}${string}`>> {
  const { tag, intl, dictionary } = pageLanguage(lang);
  const picked = Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith(prefix)));
  return { tag, intl, dictionary: picked as MessageSource<Extract<UiKey, `${P}${string}`>>['dictionary'] };
}
