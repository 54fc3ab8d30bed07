// The search index is part of the build: written by an integration on astro:build:done before the
// site is published, failing the build when it cannot index, leaving chrome out. (What the shipped
// index holds is checked in search-index.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';
import { searchIndex, writeSearchIndex } from '../../src/integrations/search-index';
import { serve } from '../../scripts/serve.mjs';
import { builtSearch } from '../support/pagefind';

const site = (pages: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-search-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
};
const html = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
const buildDone = (dir: string) => {
  const hook = searchIndex().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  return hook({ dir: pathToFileURL(`${dir}/`), logger });
};

describe('the search-index integration', () => {
  // The hook keeps its index in the cache folder: a folder of the tests' own, not the project's.
  beforeAll(() => void vi.stubEnv('EXPLAINER_CACHE', mkdtempSync(join(tmpdir(), 'explainer-search-cache-'))));
  afterAll(() => void vi.unstubAllEnvs());

  it('runs inside astro build, before the staging folder is published', () => {
    const names = (config.integrations ?? []).flat().map((i) => (i && typeof i === 'object' && 'name' in i ? i.name : ''));
    const index = names.indexOf('explainer:search-index');
    expect(index).toBeGreaterThan(-1);
    expect(index).toBeLessThan(names.indexOf('explainer:publish-when-complete'));
  });

  it('writes the index, the engine and the highlight script into the built folder, and none of Pagefind’s UIs', async () => {
    const dir = site({
      'a/index.html': html('<nav>Menu</nav><article data-pagefind-body><h1>Alpha</h1><p>Tariffs.</p></article>'),
      'b/index.html': html('<p>Not an article.</p>'),
    });
    await buildDone(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(1);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-component-ui.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-highlight.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-modular-ui.js'))).toBe(false);
  });

  it('fails the build when no page marks its article for indexing', async () => {
    const dir = site({ 'index.html': html('<p>Everything, chrome and all.</p>') });
    await expect(buildDone(dir)).rejects.toThrow(/Search indexing failed: .*data-pagefind-body/);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });

  it('fails the build when the built folder cannot be read', async () => {
    await expect(buildDone(join(tmpdir(), 'explainer-search-missing'))).rejects.toThrow(/Search indexing failed/);
  });

  it('leaves out chrome placed inside an article: share links, heading-anchor labels, screen-reader-only text', async () => {
    const dir = site({
      'a/index.html': html(`<article data-pagefind-body>
        <h1>Alpha</h1>
        <div class="share" data-print="hide"><a href="https://example.org/">Share on Mastodon</a></div>
        <p>The reported text mentions tariffs.</p>
        <h2 id="later">Later<a href="#later"><span class="visually-hidden">Permalink to this heading</span><span aria-hidden="true">#</span></a></h2>
        <p>More reported text about oil.</p>
      </article>`),
    });
    await writeSearchIndex(dir);
    const server = await serve({ root: dir, port: 0 });
    try {
      const search = await builtSearch(server.url, dir);
      expect((await search.search('tariffs')).map((r) => r.path)).toEqual(['/a/']);
      for (const chrome of ['Mastodon', 'Permalink']) expect(await search.search(chrome), chrome).toEqual([]);
      const [oil] = await search.search('oil');
      expect(oil!.sub_results.map((s) => [s.title, s.path])).toContainEqual(['Later', '/a/#later']);
    } finally {
      await server.close();
    }
  });

  it('indexes a page in en-US with the English ones, so an English page’s search finds it', async () => {
    const dir = site({
      'us/index.html': html('<article data-pagefind-body><h1>Color</h1><p>Neighborhood tariffs.</p></article>', 'en-US'),
      'gb/index.html': html('<article data-pagefind-body><h1>Colour</h1><p>Neighbourhood tariffs.</p></article>'),
      'uk/index.html': html('<article data-pagefind-body><h1>Мито</h1><p>Тарифи.</p></article>', 'uk'),
    });
    await writeSearchIndex(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: 2, uk: 1 });
    const server = await serve({ root: dir, port: 0 });
    try {
      // As /search/ (lang="en") and an en-US page would search.
      for (const lang of ['en', 'en-US']) {
        const search = await builtSearch(server.url, dir, lang);
        expect((await search.search('tariffs')).map((r) => r.path).sort(), lang).toEqual(['/gb/', '/us/']);
        expect((await search.search('neighborhood')).map((r) => r.path), lang).toEqual(['/us/']);
      }
    } finally {
      await server.close();
    }
  });

  it('reports what it indexed', async () => {
    const dir = site({ 'a/index.html': html('<article data-pagefind-body><h1>A</h1></article>') });
    await expect(writeSearchIndex(dir)).resolves.toMatchObject({ files: 1, pages: 1 });
  });

  it('copies the kept index when no indexed page changed, and indexes again when one did, one became an article, or the kept copy is damaged', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'explainer-search-cache-'));
    const pages = {
      'a/index.html': html('<article data-pagefind-body><h1>Alpha</h1><p>Tariffs on oil.</p></article>'),
      'b/index.html': html('<article data-pagefind-body><h1>Beta</h1><p>Grain exports.</p></article>'),
      'c/index.html': html('<p>A listing: not indexed, so changing it changes nothing.</p>'),
    };
    const bytes = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, existsSync(join(dir, 'pagefind', f, '.')) ? 'dir' : readFileSync(join(dir, 'pagefind', f), 'base64')]));
    const first = site(pages);
    expect(await writeSearchIndex(first, cache)).toMatchObject({ pages: 2, reused: false });

    const same = site({ ...pages, 'c/index.html': html('<p>Another listing.</p>') });
    expect(await writeSearchIndex(same, cache)).toMatchObject({ pages: 2, reused: true });
    expect(bytes(same)).toEqual(bytes(first));

    const edited = site({ ...pages, 'b/index.html': html('<article data-pagefind-body><h1>Beta</h1><p>Grain and sugar exports.</p></article>') });
    expect(await writeSearchIndex(edited, cache)).toMatchObject({ reused: false });
    const server = await serve({ root: edited, port: 0 });
    try {
      expect((await (await builtSearch(server.url, edited)).search('sugar')).map((r) => r.path)).toEqual(['/b/']);
    } finally {
      await server.close();
    }

    // One kept file cut short: the index is made again, never copied broken.
    const kept = join(cache, 'search-index', 'part-0-of-1');
    const fragment = readdirSync(join(kept, 'fragment'))[0]!;
    writeFileSync(join(kept, 'fragment', fragment), '');
    const again = site({ ...pages, 'b/index.html': html('<article data-pagefind-body><h1>Beta</h1><p>Grain and sugar exports.</p></article>') });
    expect(await writeSearchIndex(again, cache)).toMatchObject({ reused: false });
    expect(bytes(again)).toEqual(bytes(edited));

    // The kept record knows which pages were articles; a page changed since is read again, so a listing
    // that becomes an article is indexed.
    const grown = site({ ...pages, 'c/index.html': html('<article data-pagefind-body><h1>Gamma</h1><p>Copper.</p></article>') });
    expect(await writeSearchIndex(grown, cache)).toMatchObject({ pages: 3, reused: false });
  });

  it('splits a large index in parts by explainer, searched together, and indexes again only the part whose page changed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'explainer-search-cache-'));
    const words = ['oil', 'grain', 'copper', 'sugar', 'cotton', 'coffee', 'tin', 'zinc'];
    const pages = Object.fromEntries(
      words.flatMap((word, i) => [
        [`story-${i}/one/index.html`, html(`<article data-pagefind-body><h1>${word} one</h1><p>Tariffs on ${word}.</p></article>`)],
        [`story-${i}/two/index.html`, html(`<article data-pagefind-body><h1>${word} two</h1><p>Quotas on ${word}.</p></article>`, i % 2 ? 'en-GB' : 'uk')],
      ]),
    );
    const first = site(pages);
    // 16 pages, about 4 a part: 4 parts, each explainer's pages in one of them.
    const made = await writeSearchIndex(first, cache, undefined, 4);
    expect(made).toMatchObject({ pages: 16, indexed: made.parts, reused: false });
    expect(made.parts).toBeGreaterThan(1);
    const parts = JSON.parse(readFileSync(join(first, 'pagefind', 'parts.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(parts).sort()).toEqual(['en', 'uk']);
    for (const folders of Object.values(parts)) for (const folder of folders) expect(existsSync(join(first, folder, 'pagefind-entry.json')), folder).toBe(true);
    expect(existsSync(join(first, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(first, 'pagefind', 'pagefind-highlight.js'))).toBe(true);

    const server = await serve({ root: first, port: 0 });
    try {
      const english = await builtSearch(server.url, first, 'en');
      expect((await english.search('tariffs')).map((r) => r.path).sort()).toEqual(words.map((_, i) => `/story-${i}/one/`).sort());
      // Only the English "two" pages (odd explainers, en-GB): a Ukrainian page is never in an English search.
      expect((await english.search('quotas')).map((r) => r.path).sort()).toEqual(['/story-1/two/', '/story-3/two/', '/story-5/two/', '/story-7/two/']);
      expect((await english.search('copper')).map((r) => r.path).sort()).toEqual(['/story-2/one/']);
      expect((await (await builtSearch(server.url, first, 'uk')).search('quotas')).map((r) => r.path).sort()).toEqual(['/story-0/two/', '/story-2/two/', '/story-4/two/', '/story-6/two/']);
    } finally {
      await server.close();
    }

    // One page edited: its part is indexed again, and the whole index is what a build without a cache makes.
    const edit = { ...pages, 'story-3/one/index.html': html('<article data-pagefind-body><h1>cotton one</h1><p>Tariffs on cotton and wool.</p></article>') };
    const edited = site(edit);
    expect(await writeSearchIndex(edited, cache, undefined, 4)).toMatchObject({ parts: made.parts, indexed: 1 });
    const fresh = site(edit);
    await writeSearchIndex(fresh, undefined, undefined, 4);
    const bytes = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, existsSync(join(dir, 'pagefind', f, '.')) ? 'dir' : readFileSync(join(dir, 'pagefind', f), 'base64')]));
    expect(bytes(edited)).toEqual(bytes(fresh));
  });
});
