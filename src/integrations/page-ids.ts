// After the pages are written and before anything is published: every id on every page is valid and
// unique (src/lib/page-ids.ts). A page that breaks it stops the build with one line per id, naming the
// page, and the published site stays as it was. The check reads the pages while the search index is
// made (Pagefind's own process does that work), a few at a time, and publishing waits for it. A page
// whose bytes passed the last build's check, with the same code, is not read again (the record is kept
// in the cache folder).
import { mkdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, buildCodeDigest, cacheFolder, digestFiles, isForced } from '../lib/build-cache-files';
import type { FileDigests } from '../lib/build-cache';
import { idProblems } from '../lib/page-ids';
import { beforePublishing } from './publish-when-complete';

/** "search/index.html" -> "/search/": the page as readers address it. */
const pagePath = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/** The pages (path -> digest) that passed the last check, with the code that checked them. */
const CHECKED = 'checked-pages.json';

/** Pages read between two turns of the event loop, so the search index's messages are answered meanwhile. */
const PAGES_AT_ONCE = 16;

/**
 * Each id problem of the site built in `dir`, as "page: message" lines. `files` are its files' digests;
 * a page whose digest is in `passed` is not read.
 */
export async function pageIdProblems(dir: string, files: FileDigests = digestFiles(dir), passed: FileDigests = {}): Promise<string[]> {
  const lines: string[] = [];
  let read = 0;
  for (const file of Object.keys(files).filter((f) => f.endsWith('.html')).sort()) {
    if (passed[file] === files[file]) continue;
    if (++read % PAGES_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));
    for (const p of idProblems(readFileSync(join(dir, file), 'utf8'))) lines.push(`${pagePath(file)}: ${p.message}`);
  }
  return lines;
}

/** The pages that passed the last build's check, when the code that checks them is the same. */
function passedBefore(folder: string): FileDigests {
  if (isForced()) return {};
  try {
    const record = JSON.parse(readFileSync(join(folder, CHECKED), 'utf8')) as { code?: string; pages?: FileDigests };
    return record.code === buildCodeDigest() && record.pages && typeof record.pages === 'object' ? record.pages : {};
  } catch {
    return {};
  }
}

/** Stops the build before anything is published: one line per id, written at once, as the content check's list is. */
function refuse(staging: string, lines: readonly string[]): never {
  rmSync(staging, { recursive: true, force: true });
  writeSync(2, `\nPages have ${lines.length} id problem${lines.length === 1 ? '' : 's'}; nothing was published:\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
  process.exit(1);
}

/** Keep it before the search index (which it runs beside) and publishWhenComplete (which waits for it). */
export function pageIds(): AstroIntegration {
  return {
    name: 'explainer:page-ids',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const staging = fileURLToPath(dir);
        const folder = cacheFolder();
        const files = builtFiles(staging);
        const check = async () => {
          let lines: string[];
          try {
            lines = await pageIdProblems(staging, files, passedBefore(folder));
          } catch (error) {
            lines = [`the pages could not be read: ${error instanceof Error ? error.message : String(error)}`];
          }
          if (lines.length > 0) refuse(staging, lines);
          const pages = Object.fromEntries(Object.entries(files).filter(([file]) => file.endsWith('.html')));
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, CHECKED), JSON.stringify({ code: buildCodeDigest(), pages }));
          logger.info('every id on every page is valid and unique');
        };
        beforePublishing(check());
      },
    },
  };
}
