// After the pages are written and before anything is indexed or published: every id on every page is
// valid and unique (src/lib/page-ids.ts). A page that breaks it stops the build with one line per id,
// naming the page, and the published site stays as it was.
import { readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { idProblems } from '../lib/page-ids';

/** "search/index.html" -> "/search/": the page as readers address it. */
const pagePath = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/** Each id problem of the site built in `dir`, as "page: message" lines. */
export function pageIdProblems(dir: string): string[] {
  const lines: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort()) {
    for (const p of idProblems(readFileSync(join(dir, file), 'utf8'))) lines.push(`${pagePath(file)}: ${p.message}`);
  }
  return lines;
}

/** Keep it before the search index and publishWhenComplete in the list: a failing page stops both. */
export function pageIds(): AstroIntegration {
  return {
    name: 'explainer:page-ids',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const staging = fileURLToPath(dir);
        const lines = pageIdProblems(staging);
        if (lines.length === 0) {
          logger.info('every id on every page is valid and unique');
          return;
        }
        rmSync(staging, { recursive: true, force: true });
        // Written at once, as the content check's list is: one line per id, no stack trace.
        writeSync(2, `\nPages have ${lines.length} id problem${lines.length === 1 ? '' : 's'}; nothing was published:\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
        process.exit(1);
      },
    },
  };
}
