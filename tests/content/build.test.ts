// Whole builds of small corpora: an editor's new explainer needs no code, bad content stops the build
// with a named file and field, leaving the published site as it was, and SITE_URL moves every shared URL.
// Builds share the project's .astro/ folder, so they all live in this file and run one at a time.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../support/build';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

describe('astro build of other content', () => {
  it('publishes a second explainer added as MDX files alone, newest first', () => {
    const content = writeFixture({
      ...validFiles(),
      'second-explainer/index.mdx': VALID_INDEX.replace('A test explainer', 'A newer explainer').replaceAll('2025-01-24', '2025-03-01'),
      'second-explainer/01-only.mdx': section('Only', 1, '## A subhead\n\nNewer reported text.'),
    });
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-build-')), 'dist');
    const { status, output } = buildSite(content, dist);
    expect(status, output).toBe(0);
    for (const path of ['test-explainer/first', 'test-explainer/second', 'second-explainer/only', 'second-explainer/full-story']) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home.indexOf('A newer explainer')).toBeGreaterThan(-1);
    expect(home.indexOf('A newer explainer')).toBeLessThan(home.indexOf('A test explainer'));
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  it('fails on bad content naming file and field, and leaves the published site untouched', () => {
    const content = writeFixture(validFiles({ 'test-explainer/02-second.mdx': section('Second', 2).replace(/^summary:.*\n/m, '') }));
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-build-')), 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the last good build');
    const { status, output } = buildSite(content, dist);
    expect(status).not.toBe(0);
    expect(output).toContain('test-explainer/02-second.mdx → summary: is required');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});

const ORIGIN = 'https://news.example.net';

describe('astro build for another origin', () => {
  it('makes every shared URL absolute on that origin', () => {
    const content = writeFixture(validFiles({ 'test-explainer/01-first.mdx': section('First', 1, '## A subhead\n\nReported text.') }));
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-site-')), 'dist');
    const { status, output } = buildSite(content, dist, { SITE_URL: ORIGIN });
    expect(status, output).toBe(0);

    const read = (path: string) => readFileSync(join(dist, path), 'utf8');
    const page = parse(read('test-explainer/first/index.html'));
    const urls = [
      page.querySelector('link[rel=canonical]')?.getAttribute('href'),
      page.querySelector('link[rel=alternate]')?.getAttribute('href'),
      ...page.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]').map((m) => m.getAttribute('content')),
      page.querySelector('[data-share-links]')?.getAttribute('data-url'),
      JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text).url,
    ];
    expect(urls).toHaveLength(7);
    for (const url of urls) expect(url?.startsWith(`${ORIGIN}/`), url).toBe(true);
    expect(urls[0]).toBe(`${ORIGIN}/test-explainer/first/`);

    // A heading in the section gets its id and anchor link from the build, too.
    expect(page.querySelector('a.heading-anchor[href="#a-subhead"]')?.parentNode?.querySelector('h2#a-subhead')).toBeTruthy();

    const files = [read('test-explainer/first/index.html'), read('rss.xml'), read('sitemap-0.xml'), read('robots.txt')];
    expect(read('rss.xml')).toContain(`<link>${ORIGIN}/test-explainer/first/</link>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${ORIGIN}/test-explainer/second/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    for (const text of files) expect(text).not.toContain('explainers.example.org');
  });
});
