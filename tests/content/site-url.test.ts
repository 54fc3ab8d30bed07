// The site's base URL is one setting (SITE_URL, Astro's `site`): a build for another origin puts that
// origin in every canonical, preview, structured-data, feed, sitemap and share URL, and no other.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../support/build';
import { section, validFiles, writeFixture } from '../support/fixtures';

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
