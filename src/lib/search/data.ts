// What the search box knows beside Pagefind's index, per language, written at build as small JSON
// files (src/pages/search-data): the other spellings to rewrite a query with and what to offer before
// a word is typed (fetched with the first search), and the site's vocabulary for spelling help
// (fetched only when a word of a query is on no page).
import type { MessageSource } from '../../i18n/translator';
import type { UiKey } from '../../i18n/types';
import type { ExplainerView } from '../explainers';
import { aliasMap } from './aliases';
import { buildVocabulary } from './spelling';
import { personId } from '../people';
import { topicPath } from '../topics';
import { SEARCH_DATA_PATH, personPath } from '../urls';

/**
 * What search offers before a word is typed is a way in, not an index: it loads with every first search,
 * so it holds the newest explainers and the most used topics and people, and counts the rest, which the
 * home page, /topics/ and /people/ list in full.
 */
export const BROWSE_LIMITS = { explainers: 3, topics: 24, people: 24 } as const;

/** The interface messages of search: the part of a dictionary the browser's search UI is sent. */
export const SEARCH_UI_PREFIX = 'search.';
export type SearchUiKey = Extract<UiKey, `${typeof SEARCH_UI_PREFIX}${string}`>;

/** Where the search box starts: `start.json` of a language. */
export interface SearchStart {
  /** The language's search messages, with its tag and locale. */
  ui: MessageSource<SearchUiKey>;
  /** Other spelling (lower case) -> the spelling the text uses. */
  aliases: Record<string, string>;
  /** The newest explainers with their sections, to browse before typing. */
  explainers: { headline: string; url: string; sections: { title: string; url: string }[] }[];
  /** Topics and people, most sections first, each a filter of the search page. */
  topics: string[];
  people: string[];
  /** How many of each the language has in all (more than the lists above when they are cut). */
  totals: { explainers: number; topics: number; people: number };
  /** How many files the language's names are split into (searchNamesPath). */
  nameFiles: number;
}

/**
 * The search a page of language `tag` belongs to: its primary language ("en-US" -> "en"). Each language
 * has one search, index and data, whatever region or script its pages name, so every English page finds
 * every English explainer; Pagefind, given "en-US", falls back to the "en" index the same way.
 */
export const searchLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The explainers in `lang`'s search. */
const inLanguage = (explainers: readonly ExplainerView[], lang: string) => explainers.filter((e) => searchLanguage(e.lang) === searchLanguage(lang));

/** Names by how many sections carry them, then alphabetically. */
function byUse(names: readonly string[], locale: string): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], locale)).map(([name]) => name);
}

export function searchStart(explainers: readonly ExplainerView[], lang: string, ui: MessageSource<SearchUiKey>): SearchStart {
  const own = inLanguage(explainers, lang);
  const sections = own.flatMap((e) => e.sections);
  const topics = byUse(sections.flatMap((s) => s.topics.map((t) => t.name)), lang);
  const people = byUse(sections.flatMap((s) => s.people), lang);
  return {
    ui,
    aliases: aliasMap(own.map((e) => e.searchAliases ?? {})),
    explainers: own.slice(0, BROWSE_LIMITS.explainers).map((e) => ({
      headline: e.headline,
      url: e.url,
      sections: e.sections.map((s) => ({ title: s.title, url: s.url })),
    })),
    topics: topics.slice(0, BROWSE_LIMITS.topics),
    people: people.slice(0, BROWSE_LIMITS.people),
    totals: { explainers: own.length, topics: topics.length, people: people.length },
    nameFiles: nameFileCount(topics.length + people.length),
  };
}

/** Every word a reader can find in the language's sections, names included, most frequent first. */
export function searchVocabulary(explainers: readonly ExplainerView[], lang: string): string[] {
  const texts = inLanguage(explainers, lang).flatMap((e) => [
    e.headline,
    ...e.sections.flatMap((s) => [s.title, s.summary, ...s.topics.map((t) => t.name), ...s.people, s.words]),
  ]);
  return buildVocabulary(texts, lang);
}

/** A topic or person a query can name, with its page: offered above the sections that mention it. */
export interface SearchName {
  name: string;
  url: string;
  kind: 'topic' | 'person';
  /** How many of the language's sections are filed under it. */
  sections: number;
}

/** Every topic and person of the language's sections, with its page and how many sections are filed under it. */
export function searchNames(explainers: readonly ExplainerView[], lang: string): SearchName[] {
  const sections = inLanguage(explainers, lang).flatMap((e) => e.sections);
  const counted = (names: string[]) => {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts];
  };
  return [
    ...counted(sections.flatMap((s) => s.topics.map((t) => t.name))).map(([name, n]) => ({ name, url: topicPath(name), kind: 'topic' as const, sections: n })),
    ...counted(sections.flatMap((s) => s.people)).map(([name, n]) => ({ name, url: personPath(personId(name)), kind: 'person' as const, sections: n })),
  ];
}

/** Most names a file of them holds: a query fetches one file, whose size never grows with the site. */
export const NAMES_PER_FILE = 400;

const nameFileCount = (names: number) => Math.max(1, Math.ceil(names / NAMES_PER_FILE));

/** A name or query as namedBy compares them: quotes, case and extra spaces aside. */
const foldName = (text: string, locale?: string) => text.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase(locale);

/**
 * The file of `files` that holds a name, or that a query must fetch: chosen by the last word, which a
 * name and every query naming it share (the whole name, or a person's surname). FNV-1a, for an even spread.
 */
export function nameFile(text: string, files: number, locale?: string): number {
  const last = foldName(text, locale).split(' ').at(-1) ?? '';
  let hash = 0x811c9dc5;
  for (const unit of last) hash = Math.imul(hash ^ unit.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % files;
}

/** The language's names split into files for `names/<n>.json`: as many as keep each at NAMES_PER_FILE or so. */
export function searchNameFiles(explainers: readonly ExplainerView[], lang: string): SearchName[][] {
  const names = searchNames(explainers, lang);
  const files: SearchName[][] = Array.from({ length: nameFileCount(names.length) }, () => []);
  for (const name of names) files[nameFile(name.name, files.length, lang)]!.push(name);
  return files;
}

/** The languages search data is written for: every explainer's, and the site's own, one per search. */
export function searchLanguages(explainers: readonly ExplainerView[], siteLang: string): string[] {
  return [...new Set([siteLang, ...explainers.map((e) => e.lang)].map(searchLanguage))];
}

export const searchStartPath = (lang: string) => `${SEARCH_DATA_PATH}${searchLanguage(lang)}/start.json`;
export const searchVocabularyPath = (lang: string) => `${SEARCH_DATA_PATH}${searchLanguage(lang)}/words.json`;
export const searchNamesPath = (lang: string, file: number) => `${SEARCH_DATA_PATH}${searchLanguage(lang)}/names/${file}.json`;

/** Most names a query offers above its sections: a topic and a person at most, as a rule. */
const MAX_NAMED = 2;

/**
 * The topics and people a query names, topics first: the whole query is the name ("oil", "Sorcha
 * Mulvaney"), or, for a person, their surname ("Mulvaney"). Case and quotes aside.
 */
export function namedBy(query: string, names: readonly SearchName[], locale?: string): SearchName[] {
  const fold = (text: string) => foldName(text, locale);
  const q = fold(query);
  if (!q) return [];
  const named = names.filter((n) => {
    const name = fold(n.name);
    return name === q || (n.kind === 'person' && name.split(' ').length > 1 && name.split(' ').at(-1) === q);
  });
  return [...named.filter((n) => n.kind === 'topic'), ...named.filter((n) => n.kind === 'person')].slice(0, MAX_NAMED);
}
