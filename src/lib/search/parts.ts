// The search index in parts: a large site's index is split so that a correction re-indexes one part,
// not the whole site (Pagefind's indexing is not incremental). The build decides which part each page
// is in and writes a list of the parts per language; a reader's search opens its language's parts and
// Pagefind merges their results (mergeIndex). Shared by the build, the search UI and the tests.
import { PAGEFIND_BUNDLE } from '../urls';

/**
 * Indexed pages a part holds at most on average: a site of up to this many is one index, as Pagefind
 * writes it. A part costs a reader's first search its metadata and an index chunk (about 24 KB) for each
 * word, and a correction the indexing of its pages (about 4 ms a page): 4 parts at 10,000 sections.
 */
export const PART_PAGES = 2500;

/** The file, in the bundle's folder, that lists each language's parts: { "en": ["/pagefind/"] }. */
export const PARTS_FILE = 'parts.json';

/** Each search language's parts, as the site paths of their bundles; the first opens Pagefind. */
export type SearchParts = Record<string, string[]>;

/**
 * How many parts an index of `pages` pages is split into: a power of two, so that the count, which moves
 * every page to another part, changes only when the site doubles, and a part holds half to all of `partPages`.
 */
export function partCount(pages: number, partPages = PART_PAGES): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(pages / partPages)));
}

/**
 * The part a page is in, from its explainer (the first folder of its path), so an explainer's sections
 * share a part and a page stays in its part as the site grows (until the part count changes).
 */
export function partOf(page: string, parts: number): number {
  const explainer = page.split(/[\\/]/)[0] ?? '';
  // FNV-1a: stable across runs and platforms, unlike a Map's order or a random seed.
  let hash = 0x811c9dc5;
  for (const char of explainer) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % parts;
}

/** A part's folder under the bundle: the bundle itself when there is one part. */
export function partFolder(part: number, parts: number): string {
  return parts === 1 ? '' : `part-${part}/`;
}

/** The site path of a part's bundle. */
export const partPath = (part: number, parts: number): string => `${PAGEFIND_BUNDLE}${partFolder(part, parts)}`;

/**
 * The parts a page in `language` searches, as Pagefind picks an index for a language: the language,
 * else its base language ("en" for "en-us"), else the language with the most parts.
 */
export function languageParts(parts: SearchParts, language: string): string[] {
  const lang = language.toLowerCase();
  const found = parts[lang] ?? parts[lang.split('-')[0]!];
  if (found?.length) return found;
  return Object.values(parts).sort((a, b) => b.length - a.length)[0] ?? [PAGEFIND_BUNDLE];
}
