// How a search travels in a URL, how a query is read, and how results rank: pure, so the pages, the
// browser code and the tests agree. The search page's own path is built in urls.ts.
import { QUERY_PARAM, SEARCH_PATH } from '../urls';
import { escapeRegExp, wholeWord, wordStart } from '../word-match';

/** The parameter Pagefind adds to result links, naming the words to highlight on the page opened. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Pagefind searches metadata as well as text. Only the title and, on an explainer's first section,
 * its headline are metadata that can match; the headline ranks below any match in a section's text.
 */
export const SEARCH_RANKING = { metaWeights: { headline: 0.5 } } as const;

/** Pagefind's filter names -> the URL parameter a reader sees: /search/?q=oil&topic=Sanctions. */
export const FILTER_PARAMS = { explainer: 'explainer', section: 'section', topics: 'topic', people: 'person' } as const;
export type FilterName = keyof typeof FILTER_PARAMS;
export const FILTER_NAMES = Object.keys(FILTER_PARAMS) as FilterName[];

/** Chosen filter values, by Pagefind filter name; a name with no value is left out. */
export type ChosenFilters = Partial<Record<FilterName, string>>;

export interface SearchState {
  query: string;
  filters: ChosenFilters;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The query in a URL's search string, as plain text with spaces folded; '' when there is none. */
export function readQuery(search: string): string {
  return clean(new URLSearchParams(search).get(QUERY_PARAM) ?? '');
}

/** The query and the filters in a URL's search string. */
export function readSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: ChosenFilters = {};
  for (const name of FILTER_NAMES) {
    const value = clean(params.get(FILTER_PARAMS[name]) ?? '');
    if (value) filters[name] = value;
  }
  return { query: readQuery(search), filters };
}

/** `href` with its query and filters set (each removed when empty), every other part kept. */
export function withSearch(href: string, { query, filters }: SearchState): string {
  const url = new URL(href);
  const set = (param: string, value: string | undefined) => {
    const text = clean(value ?? '');
    if (text) url.searchParams.set(param, text);
    else url.searchParams.delete(param);
  };
  set(QUERY_PARAM, query);
  for (const name of FILTER_NAMES) set(FILTER_PARAMS[name], filters[name]);
  return url.href;
}

/** The search page's path for a query and filters: "/search/?q=oil&topic=Sanctions". */
export function searchPagePath(query = '', filters: ChosenFilters = {}): string {
  const url = withSearch(`http://x${SEARCH_PATH}`, { query, filters });
  return url.slice('http://x'.length);
}

/** One part of a query: a word, or a phrase the reader put in quotes. */
export interface QueryTerm {
  text: string;
  phrase: boolean;
}

/**
 * A query's words and quoted phrases, in order: `"New START" treaty` -> New START (phrase), treaty.
 * Straight and curly quotes both count; an unclosed quote runs to the end. Punctuation around a word
 * is dropped, as Pagefind drops it.
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /["“”„«»]([^"“”„«»]*)["“”„«»]?|([^\s"“”„«»]+)/gu;
  for (const match of query.matchAll(pattern)) {
    if (match[1] !== undefined) {
      const text = clean(match[1]);
      if (text) terms.push({ text, phrase: text.includes(' ') });
    } else {
      const text = match[2]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (text) terms.push({ text, phrase: false });
    }
  }
  return terms;
}

/** The terms as Pagefind reads them: phrases in quotes, which Pagefind matches exactly and in order. */
export function pagefindQuery(terms: readonly QueryTerm[]): string {
  return terms.map((t) => (t.phrase ? `"${t.text}"` : t.text)).join(' ');
}

/**
 * Whether `text` has `term` itself: the word or phrase, whole, in any case. In English a plural or
 * possessive of it counts ("tariff" is in "tariffs"); other forms Pagefind also matches ("started" for
 * "START") do not, so the summary never claims a word the reader will not find.
 */
export function hasTerm(text: string, term: QueryTerm, lang: string): boolean {
  const words = term.text.split(/\s+/).map(escapeRegExp);
  const last = words.length - 1;
  if (lang.split('-')[0] === 'en') {
    const base = words[last]!.replace(/(?:'s|’s|es|s)$/i, '');
    words[last] = `(?:${words[last]}|${base}(?:s|es|'s|’s)?)`;
  }
  return wholeWord(words.join('[\\s\\p{P}]+'), 'iu').test(text);
}

/**
 * Whether `text` has a word starting with `prefix`, in any case: a half-typed word's matches. Pagefind,
 * finding no word that starts with a term, also answers with words that start with less of it ("war"
 * for "warhaeds"), which are no such matches.
 */
export function hasWordStarting(text: string, prefix: string): boolean {
  return wordStart(escapeRegExp(prefix), 'iu').test(text);
}
