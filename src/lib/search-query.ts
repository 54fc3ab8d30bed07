// How a query travels in a URL and how results rank: pure, so the pages, the browser code and the
// tests agree. The search page's own path is built in urls.ts.
import { QUERY_PARAM, searchPath } from './urls';

/** The parameter Pagefind adds to result links, naming the words to highlight on the page opened. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Pagefind searches metadata as well as text. A section's summary is already in its text and its
 * section name repeats the title (which Pagefind boosts by itself), and the explainer's headline is
 * shared by all its sections: none of them should lift a result above one whose text matches.
 */
export const SEARCH_RANKING = { metaWeights: { summary: 0, section: 0, explainer: 0 } } as const;

/** The query in a URL's search string, as plain text with spaces folded; '' when there is none. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get(QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim();
}

/** `href` with its query set to `term` (removed when empty), every other part kept. */
export function withQuery(href: string, term: string): string {
  const url = new URL(href);
  const clean = term.replace(/\s+/g, ' ').trim();
  if (clean) url.searchParams.set(QUERY_PARAM, clean);
  else url.searchParams.delete(QUERY_PARAM);
  return url.href;
}

/** The search page's path for a query: urls.ts builds it; this name stays for the callers that use it here. */
export const searchPagePath = searchPath;

/**
 * The spellings on the page that the highlighted words stand for: a reader who searched "Zelensky"
 * lands on a page that says "Zelenskyy". `aliases` maps alias (lower case) to the page's spelling.
 */
export function highlightTerms(terms: readonly string[], aliases: Readonly<Record<string, string>>): string[] {
  const words = terms.flatMap((t) => t.split(/\s+/)).filter(Boolean);
  const mapped = words.map((w) => aliases[w.toLowerCase()]).filter((w): w is string => Boolean(w));
  return [...new Set(mapped)].filter((w) => !terms.includes(w));
}
