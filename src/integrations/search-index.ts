import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchLanguage } from '../lib/search-data';
import { buildCodeDigest, buildContext, cacheFolder, digestFiles, isForced } from '../lib/build-cache-files';

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
  /** HTML files in the built site, each read once to find the articles. */
  files: number;
  /** Pages whose article is indexed (those marked data-pagefind-body). */
  pages: number;
  outputPath: string;
  /** True when no indexed page changed since the index kept in the cache folder, which was copied instead. */
  reused: boolean;
}

/** Where the cache folder keeps the last index written, with the key of the pages it was made from. */
const KEPT_INDEX = 'search-index';

/** The last index kept, copied into `outputPath` when its key is `key` and every file is as it was written; else false. */
function restoreIndex(kept: string, key: string, outputPath: string): boolean {
  try {
    const record = JSON.parse(readFileSync(join(kept, 'key.json'), 'utf8')) as { key?: string; files?: Record<string, string> };
    if (record.key !== key || !record.files) return false;
    const files = digestFiles(join(kept, 'pagefind'));
    const wanted = Object.entries(record.files);
    if (wanted.length !== Object.keys(files).length || wanted.some(([file, digest]) => files[file] !== digest)) return false;
    cpSync(join(kept, 'pagefind'), outputPath, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

/** Keeps the index just written, whole or not at all: written beside the old one and renamed over it. */
function keepIndex(kept: string, key: string, outputPath: string): void {
  const part = `${kept}.${process.pid}.part`;
  rmSync(part, { recursive: true, force: true });
  cpSync(outputPath, join(part, 'pagefind'), { recursive: true });
  writeFileSync(join(part, 'key.json'), JSON.stringify({ key, files: digestFiles(outputPath) }));
  rmSync(kept, { recursive: true, force: true });
  renameSync(part, kept);
}

/** HTML files under `dir`, relative to `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
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
 * from it instead of made again, and a new one is kept there.
 */
export async function writeSearchIndex(siteDir: string, cache?: string): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, 'pagefind');
  const files = htmlFiles(siteDir).sort();
  // Only pages that mark their article with data-pagefind-body; the rest have none to index. Each is read
  // as it is needed, never all at once: at 10,000 sections they would hold a gigabyte.
  const indexed = function* () {
    for (const file of files) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      if (html.includes('data-pagefind-body')) yield { sourcePath: file.split(sep).join('/'), html };
    }
  };
  // The key: every indexed page's HTML as built, and the code that prepares it for Pagefind (buildCodeDigest):
  // the preparing is then done only for an index that is made again.
  let pages = 0;
  const key = createHash('sha256').update(JSON.stringify([buildContext(undefined).code, buildCodeDigest(), EXCLUDED_FROM_INDEX, UNUSED_BUNDLE_FILES]));
  for (const page of indexed()) {
    key.update('\0').update(page.sourcePath).update('\0').update(page.html);
    pages++;
  }
  if (pages === 0) throw new Error(`no page in ${siteDir} has data-pagefind-body, so nothing would be indexed as an article`);
  const kept = cache && join(cache, KEPT_INDEX);
  const digest = key.digest('hex');
  if (kept && !isForced() && restoreIndex(kept, digest, outputPath)) return { files: files.length, pages, outputPath, reused: true };
  try {
    const created = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind could not create an index');
    const { index } = created;
    for (const { sourcePath, html } of indexed()) {
      const added = await index.addHTMLFile({ sourcePath, content: indexedLanguage(separateBlocks(html)) });
      if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
  } finally {
    await pagefind.close();
  }
  if (kept) keepIndex(kept, digest, outputPath);
  return { files: files.length, pages, outputPath, reused: false };
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
          const { pages, files, reused } = await writeSearchIndex(siteDir, cacheFolder());
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
