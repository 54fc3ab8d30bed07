// Searching the built index from Node: Pagefind's own search API (dist/pagefind/pagefind.js) runs
// outside the browser, fetching the index from the served build just as a reader's browser would.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/lib/search/query';
import { languageParts, PARTS_FILE, type SearchParts } from '../../src/lib/search/parts';
import { PAGEFIND_BUNDLE } from '../../src/lib/urls';
import { DIST } from './dist';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface Result {
  /** Site path of the page, with any #anchor: "/a/b/" */
  path: string;
  /** Pagefind's ranking score: 0 when only metadata matched. */
  score: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  sub_results: (SubResult & { path: string })[];
}

interface RawResult {
  score: number;
  data(): Promise<{
    url: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
    excerpt: string;
    sub_results: SubResult[];
  }>;
}

interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(basePath: string, options: object): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: RawResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface BuiltSearch {
  /** Results for `term` (null: every page the filters allow), ranked as the site ranks. */
  search(term: string | null, filters?: Record<string, string[]>): Promise<Result[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind's search API over the index in `dir` (dist/ by default), served at `siteUrl`, ranked as the
 * site ranks, searching the index of `language` as a browser on a page of that language would.
 */
export async function builtSearch(siteUrl: string, dir = DIST, language = 'en'): Promise<BuiltSearch> {
  const file = pathToFileURL(resolve(dir, 'pagefind', 'pagefind.js')).href;
  // One module per language: Pagefind keeps the language it loaded in module state, and test files share workers.
  const module = (await import(/* @vite-ignore */ `${file}?language=${language}`)) as { createInstance(options: object): PagefindApi };
  // Pagefind picks its language from the page's <html lang>; outside a browser, from this stand-in.
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => language }) };
  // The parts of the index the language searches, opened as the site's search opens them (search-ui.ts).
  const parts = (await (await fetch(`${siteUrl}${PAGEFIND_BUNDLE}${PARTS_FILE}`)).json()) as SearchParts;
  const [first, ...rest] = languageParts(parts, language);
  const options = { baseUrl: '/', ranking: SEARCH_RANKING };
  let api: PagefindApi;
  try {
    api = module.createInstance({ ...options, basePath: `${siteUrl}${first}` });
    await api.init();
    for (const part of rest) await api.mergeIndex(`${siteUrl}${part}`, options);
  } finally {
    delete global.document;
  }
  const path = (url: string) => url.replace(siteUrl, '');
  return {
    async search(term, filters) {
      const { results } = await api.search(term, filters ? { filters } : {});
      const data = await Promise.all(results.map((r) => r.data()));
      return data.map((d, i) => ({
        path: path(d.url),
        score: results[i]!.score,
        meta: d.meta,
        filters: d.filters,
        excerpt: d.excerpt,
        sub_results: d.sub_results.map((s) => ({ ...s, path: path(s.url) })),
      }));
    },
    filters: () => api.filters(),
  };
}
