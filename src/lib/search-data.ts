// What the search box knows beside Pagefind's index, per language, written at build as small JSON
// files (src/pages/search-data): the other spellings to rewrite a query with and what to offer before
// a word is typed (fetched with the first search), and the site's vocabulary for spelling help
// (fetched only when a word of a query is on no page).
import type { ExplainerView } from './explainers';
import { aliasMap } from './search-aliases';
import { buildVocabulary } from './search-spelling';
import { SEARCH_DATA_PATH } from './urls';

/** Where the search box starts: `start.json` of a language. */
export interface SearchStart {
  /** Other spelling (lower case) -> the spelling the text uses. */
  aliases: Record<string, string>;
  /** Explainers with their sections, to browse before typing. */
  explainers: { headline: string; url: string; sections: { title: string; url: string }[] }[];
  /** Topics and people, most sections first, each a filter of the search page. */
  topics: string[];
  people: string[];
}

/** The explainers in `lang`. */
const inLanguage = (explainers: readonly ExplainerView[], lang: string) => explainers.filter((e) => e.lang === lang);

/** Names by how many sections carry them, then alphabetically. */
function byUse(names: readonly string[], locale: string): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], locale)).map(([name]) => name);
}

export function searchStart(explainers: readonly ExplainerView[], lang: string): SearchStart {
  const own = inLanguage(explainers, lang);
  const sections = own.flatMap((e) => e.sections);
  return {
    aliases: aliasMap(own.map((e) => e.searchAliases ?? {})),
    explainers: own.map((e) => ({
      headline: e.headline,
      url: e.url,
      sections: e.sections.map((s) => ({ title: s.title, url: s.url })),
    })),
    topics: byUse(sections.flatMap((s) => s.topics.map((t) => t.name)), lang),
    people: byUse(sections.flatMap((s) => s.people), lang),
  };
}

/** Every word a reader can find in the language's sections, names included, most frequent first. */
export function searchVocabulary(explainers: readonly ExplainerView[], lang: string): string[] {
  const texts = inLanguage(explainers, lang).flatMap((e) => [
    e.headline,
    ...e.sections.flatMap((s) => [s.title, s.summary, ...s.topics.map((t) => t.name), ...s.people, s.words.join(' ')]),
  ]);
  return buildVocabulary(texts, lang);
}

/** The languages search data is written for: every explainer's, and the site's own. */
export function searchLanguages(explainers: readonly ExplainerView[], siteLang: string): string[] {
  return [...new Set([siteLang, ...explainers.map((e) => e.lang)])];
}

export const searchStartPath = (lang: string) => `${SEARCH_DATA_PATH}${lang}/start.json`;
export const searchVocabularyPath = (lang: string) => `${SEARCH_DATA_PATH}${lang}/words.json`;
