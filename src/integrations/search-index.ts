import { createHash } from 'node:crypto';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchLanguage } from '../lib/search-data';
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
  /** True when no indexed page changed since the index kept in the cache folder, which was copied instead. */
  reused: boolean;
  /** The index's own files (under outputPath) and their digests. */
  written: FileDigests;
}

/** Where the cache folder keeps the last index written, with the key of the pages it was made from. */
const KEPT_INDEX = 'search-index';

/** What the cache folder keeps beside the index: its key, its files' digests, and which pages were indexed. */
interface IndexRecord {
  key?: string;
  files?: FileDigests;
  /** Every HTML page of the site it was made from: its digest, and whether its article is indexed. */
  pages?: Record<string, { digest: string; indexed: boolean }>;
}

function readRecord(kept: string | undefined): IndexRecord {
  try {
    return kept && !isForced() ? (JSON.parse(readFileSync(join(kept, 'key.json'), 'utf8')) as IndexRecord) : {};
  } catch {
    return {};
  }
}

/** The last index kept, copied into `outputPath` when its key is `key` and every file is as it was written; its files' digests, or undefined. */
function restoreIndex(kept: string, record: IndexRecord, key: string, outputPath: string): FileDigests | undefined {
  try {
    if (record.key !== key || !record.files) return undefined;
    const files = digestFiles(join(kept, 'pagefind'));
    const wanted = Object.entries(record.files);
    if (wanted.length !== Object.keys(files).length || wanted.some(([file, digest]) => files[file] !== digest)) return undefined;
    cpSync(join(kept, 'pagefind'), outputPath, { recursive: true });
    return files;
  } catch {
    return undefined;
  }
}

/** Keeps the index just written, whole or not at all: written beside the old one and renamed over it. */
function keepIndex(kept: string, record: IndexRecord, outputPath: string): void {
  const part = `${kept}.${process.pid}.part`;
  rmSync(part, { recursive: true, force: true });
  cpSync(outputPath, join(part, 'pagefind'), { recursive: true });
  writeFileSync(join(part, 'key.json'), JSON.stringify(record));
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

/**
 * The HTML with its <html lang> cut to the language's search ("en-US" -> "en"): Pagefind keeps an index
 * per lang as written, and a page searches its own, so an en-US explainer would be missing from every
 * "en" page's search.
 */
export function indexedLanguage(html: string): string {
  return html.replace(/(<html\b[^>]*?\slang=)(["']?)([^"'\s>]*)\2/i, (_, start: string, quote: string, tag: string) => `${start}${quote}${searchLanguage(tag)}${quote}`);
}

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind`; any Pagefind error is thrown. With a cache
 * folder, an index made from exactly the same pages (same HTML, same code, Pagefind and config) is copied
 * from it instead of made again, and a new one is kept there. `digests` are the site's files, when the
 * build has read them already (builtFiles).
 */
export async function writeSearchIndex(siteDir: string, cache?: string, digests: FileDigests = digestFiles(siteDir)): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, 'pagefind');
  const kept = cache && join(cache, KEPT_INDEX);
  const record = readRecord(kept);
  // Only pages that mark their article with data-pagefind-body; the rest have none to index. A page whose
  // digest is as the last index recorded it is not read to know it; the rest are read one at a time.
  const pages: NonNullable<IndexRecord['pages']> = {};
  for (const file of Object.keys(digests).filter((f) => f.endsWith('.html')).sort()) {
    const digest = digests[file]!;
    const before = record.pages?.[file];
    const indexed = before?.digest === digest ? before.indexed : readFileSync(join(siteDir, file), 'utf8').includes('data-pagefind-body');
    pages[file] = { digest, indexed };
  }
  const indexedFiles = Object.keys(pages).filter((file) => pages[file]!.indexed);
  if (indexedFiles.length === 0) throw new Error(`no page in ${siteDir} has data-pagefind-body, so nothing would be indexed as an article`);
  // The key: every indexed page's bytes (by digest), and the code that prepares them for Pagefind
  // (buildCodeDigest): the preparing is then done only for an index that is made again.
  const key = createHash('sha256').update(JSON.stringify([buildContext(undefined).code, buildCodeDigest(), EXCLUDED_FROM_INDEX, UNUSED_BUNDLE_FILES]));
  for (const file of indexedFiles) key.update('\0').update(file).update('\0').update(pages[file]!.digest);
  const digest = key.digest('hex');
  const report = (reused: boolean, written: FileDigests) => ({ files: Object.keys(pages).length, pages: indexedFiles.length, outputPath, reused, written });
  const restored = kept ? restoreIndex(kept, record, digest, outputPath) : undefined;
  if (restored) return report(true, restored);
  try {
    const created = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind could not create an index');
    const { index } = created;
    for (const file of indexedFiles) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const sourcePath = file.split(sep).join('/');
      const added = await index.addHTMLFile({ sourcePath, content: indexedLanguage(separateBlocks(html)) });
      if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
  } finally {
    await pagefind.close();
  }
  const files = digestFiles(outputPath);
  if (kept) keepIndex(kept, { key: digest, files, pages }, outputPath);
  return report(false, files);
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
          const { pages, files, reused, written } = await writeSearchIndex(siteDir, cacheFolder(), builtFiles(siteDir));
          addBuiltFiles(siteDir, 'pagefind', written);
          logger.info(reused ? `search index: no indexed page changed, the last index (${pages} of ${files} pages) reused` : `search index: ${pages} of ${files} pages indexed`);
        } catch (error) {
          throw new Error(`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
      },
    },
  };
}
