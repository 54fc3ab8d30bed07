import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchLanguage } from '../lib/search/data';
import { PART_PAGES, PARTS_FILE, partCount, partFolder, partOf, partPath, type SearchParts } from '../lib/search/parts';
import { addBuiltFiles, builtFiles, buildCodeDigest, buildContext, cacheFolder, digestFiles, isForced } from '../lib/build-cache-files';
import type { FileDigests } from '../lib/build-cache';

/**
 * Chrome that may sit inside an indexed article but is not what readers search for: anything the
 * print stylesheet hides (share controls, in-article navigation), text only assistive tech hears,
 * and footnote back-links. Pagefind's own `data-pagefind-ignore` works as well.
 */
export const EXCLUDED_FROM_INDEX: readonly string[] = [
  '[data-print="hide"]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  '[data-footnote-backref]',
];

/** Pagefind writes its own UIs too; the site's search UI is its own, on pagefind.js, so these are never served. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

export interface SearchIndexReport {
  /** HTML files in the built site. */
  files: number;
  /** Pages whose article is indexed (those marked data-pagefind-body). */
  pages: number;
  outputPath: string;
  /** Parts the index is in (search/parts.ts), and how many of them were indexed again, not copied from the cache folder. */
  parts: number;
  indexed: number;
  /** True when no part was indexed again: no indexed page changed since the index kept in the cache folder. */
  reused: boolean;
  /** The index's own files (under outputPath) and their digests. */
  written: FileDigests;
}

/** Where the cache folder keeps the last index: each part in a folder of its own, and a record of them. */
const KEPT_INDEX = 'search-index';
const RECORD = 'record.json';

/** What the cache folder keeps beside the parts: each one's key and files, and every page it knew. */
interface IndexRecord {
  /** Every HTML page of the site it was made from: its digest, whether its article is indexed, and in which search language. */
  pages?: Record<string, { digest: string; indexed: boolean; lang: string }>;
  /** Each kept part's key and its files' digests, by its folder's name. */
  parts?: Record<string, { key: string; files: FileDigests }>;
}

function readRecord(kept: string | undefined): IndexRecord {
  try {
    return kept && !isForced() ? (JSON.parse(readFileSync(join(kept, RECORD), 'utf8')) as IndexRecord) : {};
  } catch {
    return {};
  }
}

/** A kept part, copied into `folder` when its key is `key` and every file is as it was written; its files' digests, or undefined. */
function restorePart(kept: string, want: { key: string; files: FileDigests } | undefined, key: string, folder: string): FileDigests | undefined {
  try {
    if (want?.key !== key) return undefined;
    const files = digestFiles(kept);
    const wanted = Object.entries(want.files);
    if (wanted.length !== Object.keys(files).length || wanted.some(([file, digest]) => files[file] !== digest)) return undefined;
    cpSync(kept, folder, { recursive: true });
    return files;
  } catch {
    return undefined;
  }
}

/** Keeps a folder in the cache whole or not at all: copied beside the old one and renamed over it. */
function keepFolder(from: string, kept: string): void {
  const part = `${kept}.${process.pid}.part`;
  rmSync(part, { recursive: true, force: true });
  cpSync(from, part, { recursive: true });
  rmSync(kept, { recursive: true, force: true });
  renameSync(part, kept);
}

/** Elements a browser lays out as blocks: a reader sees a break between them, whatever the markup. */
const BLOCKS =
  'address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_EDGE = new RegExp(`(</(?:${BLOCKS})>|<br\\s*/?>)(?=<)`, 'gi');

/**
 * The HTML as Pagefind should read it. Astro writes adjacent elements with nothing between them
 * ("</figure><figure>"), and Pagefind joins their text ("…2025.Carlos Barria/Reuters"): a space after
 * each block's end keeps neighbouring blocks apart in the index, as they are on screen. Inline
 * elements shown as blocks by CSS need their own space where they are written (Photo.astro).
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_EDGE, '$1 ');
}

const HTML_LANG = /(<html\b[^>]*?\slang=)(["']?)([^"'\s>]*)\2/i;

/**
 * The HTML with its <html lang> cut to the language's search ("en-US" -> "en"): Pagefind keeps an index
 * per lang as written, and a page searches its own, so an en-US explainer would be missing from every
 * "en" page's search.
 */
export function indexedLanguage(html: string): string {
  return html.replace(HTML_LANG, (_, start: string, quote: string, tag: string) => `${start}${quote}${searchLanguage(tag)}${quote}`);
}

/** The search language a page is indexed in; Pagefind's own name for a page without one. */
function pageLanguage(html: string): string {
  const tag = HTML_LANG.exec(html)?.[3];
  return tag ? searchLanguage(tag) : 'unknown';
}

/** Styles and scripts, which Pagefind skips: left out of what it is sent, the same index in less time (about half of a page's bytes). */
const SKIPPED = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Pages sent to Pagefind before it has answered for the first of them. */
const SENT_AT_ONCE = 32;

/** Indexes `files` of `siteDir` into `folder`, Pagefind's bundle without its UIs; any Pagefind error is thrown. */
async function indexPart(siteDir: string, files: readonly string[], folder: string): Promise<void> {
  const created = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind could not create an index');
  const { index } = created;
  // SENT_AT_ONCE pages in flight: Pagefind reads one while the next is sent (the same index, about 15%
  // sooner than one at a time), and its memory stays bounded (all 2,500 of a part at once: 0.3 GB more).
  let next = 0;
  const send = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const html = readFileSync(join(siteDir, file), 'utf8').replace(SKIPPED, '');
      const sourcePath = file.split(sep).join('/');
      const added = await index.addHTMLFile({ sourcePath, content: indexedLanguage(separateBlocks(html)) });
      if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
    }
  };
  await Promise.all(Array.from({ length: SENT_AT_ONCE }, send));
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  // Pagefind's process keeps an index until told to let it go: four parts of 2,500 pages held 1.4 GB.
  await index.deleteIndex();
  for (const file of UNUSED_BUNDLE_FILES) rmSync(join(folder, file), { force: true });
}

/** Files every part's bundle has that the site loads from the bundle's own folder: Pagefind's engine and its highlight script. */
const ENGINE_FILES = ['pagefind.js', 'pagefind-highlight.js'];

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind`, in parts when it is large (search/parts.ts),
 * with the list of each language's parts; any Pagefind error is thrown. With a cache folder, a part made
 * from exactly the same pages (same HTML, same code, Pagefind and config) is copied from it instead of
 * made again, and the parts made are kept there. `digests` are the site's files, when the build has read
 * them already (builtFiles); `partPages` is how many pages a part holds on average.
 */
export async function writeSearchIndex(
  siteDir: string,
  cache?: string,
  digests: FileDigests = digestFiles(siteDir),
  partPages = PART_PAGES,
): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, 'pagefind');
  const kept = cache && join(cache, KEPT_INDEX);
  const record = readRecord(kept);
  // Only pages that mark their article with data-pagefind-body; the rest have none to index. A page whose
  // digest is as the last index recorded it is not read to know it; the rest are read one at a time.
  const pages: NonNullable<IndexRecord['pages']> = {};
  for (const file of Object.keys(digests).filter((f) => f.endsWith('.html')).sort()) {
    const digest = digests[file]!;
    const before = record.pages?.[file];
    if (before?.digest === digest) pages[file] = before;
    else {
      const html = readFileSync(join(siteDir, file), 'utf8');
      pages[file] = { digest, indexed: html.includes('data-pagefind-body'), lang: pageLanguage(html) };
    }
  }
  const indexedFiles = Object.keys(pages).filter((file) => pages[file]!.indexed);
  if (indexedFiles.length === 0) throw new Error(`no page in ${siteDir} has data-pagefind-body, so nothing would be indexed as an article`);
  const count = partCount(indexedFiles.length, partPages);
  const members = Array.from({ length: count }, () => [] as string[]);
  for (const file of indexedFiles) members[partOf(file, count)]!.push(file);
  // A part's key: every page's bytes in it (by digest), the part count, and the code that prepares pages
  // for Pagefind (buildCodeDigest): the preparing is then done only for a part that is made again.
  const common = JSON.stringify([buildContext(undefined).code, buildCodeDigest(), EXCLUDED_FROM_INDEX, UNUSED_BUNDLE_FILES, count]);
  const keptParts: NonNullable<IndexRecord['parts']> = {};
  const written: FileDigests = {};
  const languages: SearchParts = {};
  let indexed = 0;
  let engine = '';
  try {
    for (const [part, inPart] of members.entries()) {
      if (inPart.length === 0) continue;
      const key = createHash('sha256').update(common);
      for (const file of inPart) key.update('\0').update(file).update('\0').update(pages[file]!.digest);
      const digest = key.digest('hex');
      const prefix = partFolder(part, count);
      const folder = join(outputPath, prefix);
      const name = `part-${part}-of-${count}`;
      let bundle = kept ? restorePart(join(kept, name), record.parts?.[name], digest, folder) : undefined;
      if (!bundle) {
        indexed += 1;
        await indexPart(siteDir, inPart, folder);
        bundle = digestFiles(folder);
        if (kept) keepFolder(folder, join(kept, name));
      }
      keptParts[name] = { key: digest, files: bundle };
      for (const [file, fileDigest] of Object.entries(bundle)) written[`${prefix}${file}`] = fileDigest;
      for (const lang of new Set(inPart.map((file) => pages[file]!.lang))) (languages[lang] ??= []).push(partPath(part, count));
      engine ||= prefix;
    }
  } finally {
    if (indexed > 0) await pagefind.close();
  }
  // In parts, the engine is loaded from the bundle's top folder, as with one (every part has the same).
  if (engine) {
    for (const file of ENGINE_FILES) {
      cpSync(join(outputPath, engine, file), join(outputPath, file));
      written[file] = written[`${engine}${file}`]!;
    }
  }
  const list = `${JSON.stringify(languages)}\n`;
  writeFileSync(join(outputPath, PARTS_FILE), list);
  written[PARTS_FILE] = createHash('sha256').update(list).digest('hex');
  if (kept) {
    mkdirSync(kept, { recursive: true });
    writeFileSync(join(kept, `${RECORD}.${process.pid}`), JSON.stringify({ pages, parts: keptParts } satisfies IndexRecord));
    renameSync(join(kept, `${RECORD}.${process.pid}`), join(kept, RECORD));
    // Parts of an older split, and what an older cache kept, are of no further use.
    for (const entry of readdirSync(kept)) if (entry !== RECORD && !(entry in keptParts)) rmSync(join(kept, entry), { recursive: true, force: true });
  }
  return { files: Object.keys(pages).length, pages: indexedFiles.length, outputPath, parts: Object.keys(keptParts).length, indexed, reused: indexed === 0, written };
}

/**
 * The pages a part of the index holds at most on average: PART_PAGES, or EXPLAINER_SEARCH_PART_PAGES
 * (the bench splits a smaller site as a larger one is split, to measure what its readers fetch).
 */
export function searchPartPages(env: Record<string, string | undefined> = process.env): number {
  const given = env.EXPLAINER_SEARCH_PART_PAGES?.trim();
  if (!given) return PART_PAGES;
  if (!/^[1-9]\d*$/.test(given)) throw new Error(`EXPLAINER_SEARCH_PART_PAGES is "${given}": give a whole number of pages, such as ${PART_PAGES}`);
  return Number(given);
}

/**
 * Builds the Pagefind search index as the last step of `astro build`, over the staging folder, so a
 * published `dist/` is always searchable and an indexing failure fails the build. Keep it before
 * publishWhenComplete in the integrations list.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'explainer:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const { pages, files, parts, indexed, written } = await writeSearchIndex(siteDir, cacheFolder(), builtFiles(siteDir), searchPartPages());
          addBuiltFiles(siteDir, 'pagefind', written);
          const made = indexed === 0 ? 'no indexed page changed, every part reused' : indexed === parts ? 'indexed' : `${indexed} indexed again, the rest reused`;
          logger.info(`search index: ${pages} of ${files} pages in ${parts === 1 ? 'one part' : `${parts} parts`}, ${made}`);
        } catch (error) {
          throw new Error(`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
      },
    },
  };
}
