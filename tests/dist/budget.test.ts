// Page-weight budgets over dist/: what a reader downloads to first see a section, brotli-compressed.
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, page, pagePaths } from '../support/dist';

const SECTION_PAGE_BUDGET = 20 * 1024;
const SECTION_JS_BUDGET = 2 * 1024;
const compressed = (file: string) => brotliCompressSync(readFileSync(file)).length;

/** The HTML and what it loads before any interaction: stylesheets, eager scripts, eager images. */
function firstView(path: string) {
  const root = page(path);
  const refs = {
    css: root.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href')!),
    js: root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    img: root.querySelectorAll('img:not([loading=lazy])').map((i) => i.getAttribute('src')!),
  };
  const size = (list: string[]) => list.reduce((sum, ref) => sum + compressed(fileFor(new URL(ref, `http://x${path}`).pathname)!), 0);
  const inlineJs = root.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
  // Modules load what they import statically before running: those files count too (import() does not).
  const loaded = new Set<string>();
  const follow = (code: string, base: string): number => {
    let sum = 0;
    for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
      const url = new URL(spec!, base);
      if (loaded.has(url.pathname)) continue;
      loaded.add(url.pathname);
      const file = fileFor(url.pathname)!;
      sum += compressed(file) + follow(readFileSync(file, 'utf8'), url.href);
    }
    return sum;
  };
  const pageUrl = `http://x${path}`;
  const js =
    inlineJs.reduce((sum, s) => sum + brotliCompressSync(s.text).length + follow(s.text, pageUrl), 0) +
    follow(refs.js.map((src) => `import "${src}";`).join('\n'), pageUrl);
  return { html: compressed(fileFor(path)!), css: size(refs.css), js, img: size(refs.img) };
}

const sections = pagePaths().filter((p) => /^\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/full-story/') && !p.startsWith('/topics/'));

describe('first-view weight of a section page', () => {
  it('covers every section page', () => {
    expect(sections.length).toBeGreaterThanOrEqual(4);
  });

  it.each(sections)('%s is at most 20 KB in all and 2 KB of JavaScript, compressed', (path) => {
    const w = firstView(path);
    expect(w.js).toBeLessThanOrEqual(SECTION_JS_BUDGET);
    expect(w.html + w.css + w.js + w.img).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
  });

  it.each(sections)('%s blocks rendering on at most one stylesheet and no script', (path) => {
    const root = page(path);
    expect(root.querySelectorAll('link[rel=stylesheet]').length).toBeLessThanOrEqual(1);
    const blocking = root.querySelectorAll('head script[src]').filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module');
    expect(blocking).toEqual([]);
  });
});
