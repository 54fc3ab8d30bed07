// Sharing over a built site: every page's preview tags with absolute URLs on the site's origin, share
// images, JSON-LD, feed, sitemap, robots.txt, manifest, heading anchors and share links.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { page, pagePaths, visibleText } from '../dist';
import { pngSize } from '../png';
import type { BuiltSite } from '../sites';
import { headingAnchorLabel } from '../../../src/lib/heading-anchors';
import { SITE } from '../../../src/site';
import { explainerData, explainerSlugs, languageOfPage, sectionsOf, textOfPage } from '../source';
import type { SiteCheck } from './index';

const NOT_FOUND = '/404.html';

interface ArticlePage {
  path: string;
  explainer: string;
  kind: 'overview' | 'section' | 'full-story';
  /** The section's frontmatter, on a section page. */
  section?: Record<string, any>;
}

/** The overview, full story and section pages the content says the site has. */
function articlePages({ content }: BuiltSite): ArticlePage[] {
  return explainerSlugs(content).flatMap((explainer) => [
    { path: `/${explainer}/`, explainer, kind: 'overview' as const },
    { path: `/${explainer}/full-story/`, explainer, kind: 'full-story' as const },
    ...sectionsOf(content, explainer).map((s) => ({ path: `/${explainer}/${s.slug}/`, explainer, kind: 'section' as const, section: s.data })),
  ]);
}

const meta = (root: HTMLElement, key: string) =>
  root.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content') ?? '');
const one = (root: HTMLElement, key: string, path: string) => {
  const values = meta(root, key);
  expect(values, `${path} ${key}`).toHaveLength(1);
  return values[0]!;
};
const shareable = (dist: string) => pagePaths(dist).filter((p) => p !== NOT_FOUND);
const isoDay = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** The file a URL on the site's origin is served from. */
function distFile({ dist, origin }: BuiltSite, url: string): string {
  expect(url.startsWith(`${origin}/`), `${url} is on ${origin}`).toBe(true);
  return join(dist, new URL(url).pathname);
}

export const shareChecks: SiteCheck[] = [
  {
    name: 'gives every page but the 404 a title, a description and an absolute canonical URL',
    run({ dist, origin }) {
      for (const path of shareable(dist)) {
        const root = page(path, dist);
        expect(root.querySelector('title')?.text.trim(), path).toBeTruthy();
        // Any summary the content check accepts is a description, however short.
        expect(one(root, 'description', path).trim(), path).not.toBe('');
        expect(root.querySelector('link[rel=canonical]')?.getAttribute('href'), path).toBe(new URL(path, origin).href);
      }
    },
  },
  {
    name: 'gives every page but the 404 Open Graph and a Twitter card, every URL absolute, the image on this site',
    run(site) {
      for (const path of shareable(site.dist)) {
        const root = page(path, site.dist);
        const at = (key: string) => one(root, key, path);
        expect(at('og:url'), path).toBe(root.querySelector('link[rel=canonical]')?.getAttribute('href'));
        expect(at('og:title'), path).toBeTruthy();
        expect(at('og:description'), path).toBe(at('description'));
        expect(at('og:site_name'), path).toBe(SITE.name);
        expect(at('og:locale'), path).toBe(languageOfPage(site.content, path).ogLocale);
        const image = at('og:image');
        expect(existsSync(distFile(site, image)), `${path} ${image}`).toBe(true);
        expect(at('og:image:width'), path).toBe('1200');
        expect(at('og:image:height'), path).toBe('630');
        expect(at('og:image:alt').length, path).toBeGreaterThan(10);
        expect(at('twitter:card'), path).toBe('summary_large_image');
        expect(at('twitter:image'), path).toBe(image);
        expect(at('twitter:title'), path).toBe(at('og:title'));
      }
    },
  },
  {
    name: 'links the feed, the manifest and the icons from every page but the 404',
    run({ dist, origin }) {
      for (const path of shareable(dist)) {
        const root = page(path, dist);
        expect(root.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(`${origin}/rss.xml`);
        for (const rel of ['manifest', 'icon', 'apple-touch-icon']) {
          const href = root.querySelector(`link[rel=${rel}]`)?.getAttribute('href');
          expect(href && existsSync(join(dist, href)), `${path} ${rel} ${href}`).toBe(true);
        }
      }
    },
  },
  {
    name: 'asks that the 404 page not be indexed, with no canonical URL',
    run({ dist }) {
      const root = page(NOT_FOUND, dist);
      expect(meta(root, 'robots')).toEqual(['noindex']);
      expect(root.querySelector('link[rel=canonical]')).toBeNull();
    },
  },
  {
    name: 'marks every overview, section and full story as an article with dates, section, tags and description',
    run(site) {
      for (const { path, explainer, section, kind } of articlePages(site)) {
        const root = page(path, site.dist);
        const data = explainerData(site.content, explainer);
        expect(one(root, 'og:type', path)).toBe('article');
        expect(one(root, 'article:published_time', path)).toBe(isoDay(data.published));
        expect(one(root, 'article:modified_time', path)).toBe(isoDay(data.updated));
        expect(one(root, 'article:section', path)).toBe(data.headline);
        // A section is tagged with its topics; the overview and full story with all their sections' topics.
        const topics = section ? (section.topics ?? []) : [...new Set(sectionsOf(site.content, explainer).flatMap((s) => (s.data.topics ?? []) as string[]))];
        expect(meta(root, 'article:tag'), path).toEqual(topics);
        expect(one(root, 'description', path)).toBe(section ? section.summary : data.summary);
        // Its own share image: the section's, or the explainer's on the overview and full story.
        const image = kind === 'section' ? `${path}og.png` : `/${explainer}/og.png`;
        expect(one(root, 'og:image', path)).toBe(new URL(image, site.origin).href);
      }
    },
  },
  {
    name: 'gives every overview, section and full story JSON-LD NewsArticle with every field, URLs absolute on this site',
    run(site) {
      const abs = (path: string) => new URL(path, site.origin).href;
      for (const { path, explainer, section, kind } of articlePages(site)) {
        const root = page(path, site.dist);
        const data = explainerData(site.content, explainer);
        const blocks = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
        expect(blocks, path).toHaveLength(1);
        const ld = blocks[0];
        expect(ld['@context'], path).toBe('https://schema.org');
        expect(ld['@type'], path).toBe('NewsArticle');
        expect(ld.url, path).toBe(abs(path));
        const fullStory = textOfPage(site.content, path)('fullStory.title', { headline: data.headline });
        expect(ld.headline, path).toBe(section ? section.title : kind === 'full-story' ? fullStory : data.headline);
        expect(ld.description, path).toBe(one(root, 'description', path));
        expect(ld.datePublished, path).toBe(one(root, 'article:published_time', path));
        expect(ld.dateModified, path).toBe(one(root, 'article:modified_time', path));
        expect(ld.image.url, path).toBe(one(root, 'og:image', path));
        expect(ld.publisher, path).toMatchObject({ '@type': 'Organization', name: 'The Explainer', url: abs('/') });
        expect(existsSync(distFile(site, ld.publisher.logo.url)), path).toBe(true);
        expect(ld.isPartOf, path).toMatchObject({ name: data.headline, url: abs(`/${explainer}/`) });
        // The original: its headline always; its address, publisher and date exactly where index.mdx gives them.
        const { url, outlet, date } = data.source;
        expect(ld.isBasedOn, path).toMatchObject({ '@type': 'NewsArticle', headline: data.source.title });
        expect(ld.isBasedOn.url, path).toBe(url);
        expect(ld.isBasedOn.publisher?.name, path).toBe(outlet);
        expect(ld.isBasedOn.datePublished, path).toBe(date === undefined ? undefined : isoDay(date));
      }
    },
  },
  {
    name: 'draws a different 1200×630 PNG share image for the site, every overview and every section',
    run({ dist, content }) {
      const images = ['/og.png', ...explainerSlugs(content).flatMap((e) => [`/${e}/og.png`, ...sectionsOf(content, e).map((s) => `/${e}/${s.slug}/og.png`)])];
      for (const image of images) expect(pngSize(readFileSync(join(dist, image))), image).toEqual({ width: 1200, height: 630 });
      const hashes = images.map((i) => createHash('sha256').update(readFileSync(join(dist, i))).digest('hex'));
      expect(new Set(hashes).size).toBe(images.length);
    },
  },
  {
    name: 'has an RSS feed with one item per section, linked absolutely, with title and summary',
    run(site) {
      const abs = (path: string) => new URL(path, site.origin).href;
      const sections = articlePages(site).filter((p) => p.kind === 'section');
      const xml = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
      expect(xml).toMatch(/^<\?xml/);
      expect(xml).toContain(`<link>${abs('/')}</link>`);
      const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!).filter((i) => !i.includes('isPermaLink="false"'));
      const links = items.map((i) => /<link>([^<]+)<\/link>/.exec(i)?.[1]);
      expect([...links].sort()).toEqual(sections.map((s) => abs(s.path)).sort());
      for (const { path, section } of sections) {
        const item = items[links.indexOf(abs(path))]!;
        expect(item).toContain(`<title>${section!.title}`);
        expect(item).toContain(`<description>${section!.summary}</description>`);
        expect(item).toMatch(/<pubDate>[^<]+GMT<\/pubDate>/);
      }
    },
  },
  {
    name: 'lists every page but the 404 in the sitemap, absolutely, and points robots.txt to it',
    run(site) {
      const index = readFileSync(join(site.dist, 'sitemap-index.xml'), 'utf8');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const locs = sitemaps.flatMap((s) => [...readFileSync(distFile(site, s), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      expect([...locs].sort()).toEqual(shareable(site.dist).map((p) => new URL(p, site.origin).href).sort());
      const robots = readFileSync(join(site.dist, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(/^Sitemap: (\S+)$/m.exec(robots)?.[1]).toBe(`${site.origin}/sitemap-index.xml`);
    },
  },
  {
    name: 'has a manifest naming the site and listing icons that exist, at their stated sizes',
    run({ dist }) {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
      expect(manifest).toMatchObject({ name: SITE.name, start_url: '/', lang: SITE.lang });
      expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
      for (const icon of manifest.icons) {
        const file = readFileSync(join(dist, icon.src));
        if (icon.type === 'image/png') {
          const [w, h] = icon.sizes.split('x').map(Number);
          expect(pngSize(file), icon.src).toEqual({ width: w, height: h });
        } else expect(file.toString('utf8'), icon.src).toContain('<svg');
      }
      expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
    },
  },
  {
    name: 'gives every article heading an id, and each h2 and h3 a named link to itself beside it, kept out of search',
    run(site) {
      for (const { path } of articlePages(site)) {
        const root = page(path, site.dist);
        // Search sub-results link to headings of the indexed article by id.
        for (const h of root.querySelectorAll('[data-pagefind-body] :is(h2, h3, h4, h5, h6)')) expect(h.id, `${path}: "${h.textContent}"`).not.toBe('');
        for (const heading of root.querySelectorAll('article h2, article h3')) {
          const where = `${path}: "${visibleText(heading)}"`;
          expect(heading.id, where).toBeTruthy();
          const wrapper = heading.parentNode!;
          expect(wrapper.classList.contains('heading-anchored'), where).toBe(true);
          const anchor = wrapper.querySelector(':scope > a.heading-anchor');
          expect(anchor, where).toBeTruthy();
          expect(heading.querySelector('a'), where).toBeNull();
          expect(anchor!.getAttribute('aria-label'), where).toBe(headingAnchorLabel(visibleText(heading), languageOfPage(site.content, path).tag));
          expect(anchor!.hasAttribute('data-pagefind-ignore'), where).toBe(true);
          expect(root.querySelectorAll(`[id="${anchor!.getAttribute('href')!.slice(1)}"]`), where).toHaveLength(1);
        }
      }
    },
  },
  {
    name: 'offers share links on every overview, section and full story: the canonical URL filled in, no script needed',
    run(site) {
      for (const { path } of articlePages(site)) {
        const url = new URL(path, site.origin).href;
        const share = page(path, site.dist).querySelector('[data-share-links]');
        expect(share, path).toBeTruthy();
        expect(share!.getAttribute('data-url'), path).toBe(url);
        const links = share!.querySelectorAll('a[href]');
        expect(links.length, path).toBeGreaterThanOrEqual(4);
        for (const a of links) expect(a.getAttribute('href'), path).toContain(encodeURIComponent(url));
        const email = links.find((a) => a.getAttribute('href')!.startsWith('mailto:'));
        expect(email?.getAttribute('href'), path).toContain(`subject=${encodeURIComponent(share!.getAttribute('data-title')!)}`);
        // The original's outlet closes the email exactly where index.mdx names it.
        const outlet = explainerData(site.content, /^\/([^/]+)\//.exec(path)![1]!).source.outlet as string | undefined;
        expect(decodeURIComponent(email!.getAttribute('href')!.split('body=')[1]!).includes(outlet ?? '\u0000'), path).toBe(outlet !== undefined);
        // The buttons that need a script stay hidden until it runs; none of it is searchable.
        for (const b of share!.querySelectorAll('button')) expect(b.hasAttribute('hidden'), path).toBe(true);
        expect(share!.hasAttribute('data-pagefind-ignore'), path).toBe(true);
      }
    },
  },
];
