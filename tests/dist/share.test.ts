// Sharing over the built sites: preview tags, share images, JSON-LD, feed, sitemap, robots.txt,
// manifest, heading anchors and share links on every page (generic checks over the real content);
// the fixture explainer's heading ids, and its URLs all on the origin it was built for (SITE_URL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { shareChecks, testChecks } from '../support/checks';
import { page } from '../support/dist';
import { fixtureSite, realSite } from '../support/served';
import { REAL_SITE } from '../support/sites';

describe('the built site', () => testChecks(shareChecks, realSite));

describe('the fixture explainer', () => {
  const { dist, origin } = fixtureSite();

  it('gives a section’s headings the ids Astro gives MDX headings, linked to themselves', () => {
    const root = page('/ferry-strike/the-vote/', dist);
    const anchor = root.querySelector('a.heading-anchor[href="#why-crews-walked-out"]');
    expect(anchor?.parentNode?.querySelector('h2')?.id).toBe('why-crews-walked-out');
  });

  it('scopes heading ids by section on the full story, anchors included, and links each section title to its section', () => {
    const root = page('/ferry-strike/full-story/', dist);
    const anchor = root.querySelector('a.heading-anchor[href="#the-vote--why-crews-walked-out"]');
    // One level under its section's h2 title there (h3), as the outline reads.
    expect(anchor?.parentNode?.querySelector('h3')?.id).toBe('the-vote--why-crews-walked-out');
    for (const slug of ['the-vote', 'who-pays', 'life-on-the-island', 'talks']) {
      expect(root.querySelector(`#${slug}--title`)?.parentNode?.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${slug}`);
    }
  });

  it('makes every shared URL absolute on the origin it was built for, and none on the default one', () => {
    expect(origin).not.toBe(REAL_SITE.origin);
    const read = (path: string) => readFileSync(join(dist, path), 'utf8');
    const html = read('ferry-strike/the-vote/index.html');
    const root = parse(html);
    const urls = [
      root.querySelector('link[rel=canonical]')?.getAttribute('href'),
      root.querySelector('link[rel=alternate]')?.getAttribute('href'),
      ...root.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]').map((m) => m.getAttribute('content')),
      root.querySelector('[data-share-links]')?.getAttribute('data-url'),
      JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text).url,
    ];
    expect(urls).toHaveLength(7);
    for (const url of urls) expect(url?.startsWith(`${origin}/`), url).toBe(true);
    expect(urls[0]).toBe(`${origin}/ferry-strike/the-vote/`);
    expect(read('rss.xml')).toContain(`<link>${origin}/ferry-strike/the-vote/</link>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${origin}/ferry-strike/who-pays/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    for (const text of [html, read('rss.xml'), read('sitemap-0.xml'), read('robots.txt')]) expect(text).not.toContain(new URL(REAL_SITE.origin).host);
  });
});
