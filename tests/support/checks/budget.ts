// Page-weight budgets over a built site: what a reader downloads to first see a section, brotli-compressed.
// (How fast pages load is measured by `npm run bench`; these are sizes, fixed by the build.)
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { expect } from 'vitest';
import { fileFor, page } from '../dist';
import { explainerSlugs, sectionsOf } from '../source';
import type { SiteCheck } from './index';

const SECTION_PAGE_BUDGET = 20 * 1024;
// 2.25 KB: the search shortcut, share and copy-link script, and the person cards’ tap-outside guard.
const SECTION_JS_BUDGET = 2.25 * 1024;
const compressed = (file: string) => brotliCompressSync(readFileSync(file)).length;

/** The HTML and what it loads before any interaction: stylesheets, eager scripts, eager images. */
function firstView(path: string, dist: string) {
  const root = page(path, dist);
  const pageUrl = `http://x${path}`;
  const file = (url: URL) => fileFor(url.pathname, dist)!;
  const size = (refs: string[]) => refs.reduce((sum, ref) => sum + compressed(file(new URL(ref, pageUrl))), 0);
  const css = size(root.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href')!));
  const img = size(root.querySelectorAll('img:not([loading=lazy])').map((i) => i.getAttribute('src')!).filter((src) => !src.startsWith('data:')));
  // Modules load what they import statically before running: those files count too (import() does not).
  const loaded = new Set<string>();
  const follow = (code: string, base: string): number => {
    let sum = 0;
    for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
      const url = new URL(spec!, base);
      if (loaded.has(url.pathname)) continue;
      loaded.add(url.pathname);
      sum += compressed(file(url)) + follow(readFileSync(file(url), 'utf8'), url.href);
    }
    return sum;
  };
  const inlineJs = root.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
  const js =
    inlineJs.reduce((sum, s) => sum + brotliCompressSync(s.text).length + follow(s.text, pageUrl), 0) +
    follow(root.querySelectorAll('script[src]').map((s) => `import "${s.getAttribute('src')}";`).join('\n'), pageUrl);
  return { html: compressed(fileFor(path, dist)!), css, js, img };
}

const sectionPaths = (content: string) => explainerSlugs(content).flatMap((e) => sectionsOf(content, e).map((s) => `/${e}/${s.slug}/`));

export const budgetChecks: SiteCheck[] = [
  {
    name: 'keeps every section page’s first view within 20 KB, and 2.25 KB of JavaScript, compressed',
    run({ dist, content }) {
      for (const path of sectionPaths(content)) {
        const w = firstView(path, dist);
        expect(w.js, `${path} JavaScript`).toBeLessThanOrEqual(SECTION_JS_BUDGET);
        expect(w.html + w.css + w.js + w.img, path).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
      }
    },
  },
  {
    name: 'blocks a section page’s rendering on at most one stylesheet and no script',
    run({ dist, content }) {
      for (const path of sectionPaths(content)) {
        const root = page(path, dist);
        expect(root.querySelectorAll('link[rel=stylesheet]').length, path).toBeLessThanOrEqual(1);
        const blocking = root.querySelectorAll('head script[src]').filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module');
        expect(blocking, path).toEqual([]);
      }
    },
  },
];
