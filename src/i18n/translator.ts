// Turns a language's messages into `t(key, params)`, with no dictionary of its own: the server hands it
// a whole dictionary (index.ts), the browser's search UI only the search messages it fetched.
import { listFormat, numberFormat, pluralRules } from '../lib/text/intl';
import type { Dictionary, Params, ParamsOf, PluralForms, UiKey } from './types';

/** A message cut at the parameters left unfilled, for components that put elements there (Trans.astro). */
export type MessagePart = string | { param: string };

/** What a translator needs of a language: its tag, the locale Intl formats with, and its messages. */
export interface MessageSource<K extends UiKey = UiKey> {
  /** The canonical BCP 47 tag. */
  tag: string;
  /** The locale Intl formats numbers, lists and plurals with. */
  intl: string;
  dictionary: Pick<Dictionary, K>;
}

export interface Translator<K extends UiKey> {
  <Key extends K>(key: Key, ...params: [ParamsOf<Key>] extends [never] ? [] : [Params<Key>]): string;
  /** The message with the given parameters filled in, cut at the others. */
  parts(key: K, params?: Readonly<Record<string, string | number>>): MessagePart[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "A, B and C" (conjunction) or "A, B or C" (disjunction), in the language. */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
}

/** The keys a language's messages hold (MessageSource<never> is any language, whatever it holds). */
type KeysOf<L extends MessageSource<never>> = Extract<keyof L['dictionary'], UiKey>;

const PARAM = /\{(\w+)\}/g;

/** `language` with its translator's functions: t('key', params), t.parts, t.number, t.list. */
export function translator<L extends MessageSource<never>>(language: L): Translator<KeysOf<L>> & L {
  type K = KeysOf<L>;
  const text = (value: unknown) => (typeof value === 'number' ? numberFormat(language.intl).format(value) : String(value));

  const message = (key: K, params: Partial<Record<string, string | number>>): string => {
    const entry: string | PluralForms | undefined = (language.dictionary as Partial<Record<UiKey, string | PluralForms>>)[key];
    if (entry === undefined) throw new RangeError(`No message "${key}" for ${language.tag}`);
    if (typeof entry === 'string') return entry;
    const count = params.count;
    if (typeof count !== 'number') throw new TypeError(`"${key}" has plural forms and needs a numeric count`);
    return entry[pluralRules(language.intl).select(count)] ?? entry.other;
  };

  const parts = (key: K, params: Partial<Record<string, string | number>> = {}): MessagePart[] => {
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

  const t = ((key: K, params: Record<string, string | number> = {}) =>
    message(key, params).replace(PARAM, (whole, name: string) => (params[name] === undefined ? whole : text(params[name])))) as Translator<K>;
  return Object.assign(t, language, {
    parts,
    number: (value: number, options?: Intl.NumberFormatOptions) => numberFormat(language.intl, options).format(value),
    // Lists follow the tag itself: "en" keeps the serial comma the site has always written.
    list: (items: readonly string[], type: Intl.ListFormatType = 'conjunction') => listFormat(language.tag, { type }).format(items),
  });
}
