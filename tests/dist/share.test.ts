// Over dist/: every page's preview tags with absolute URLs, share images, JSON-LD, feed, sitemap,
// robots.txt, manifest, and heading anchors that link each article heading to itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, page, pagePaths, visibleText } from '../support/dist';
import { pngSize } from '../support/png';
import { sectionSlugFromFile } from '../../src/lib/slugs';
import { CONTENT, explainerSlugs, frontmatter, sectionSlugs } from '../support/source';

// The origin astro.config.mjs builds with (SITE_URL, or its default).
const SITE = process.env.SITE_URL ?? 'https://explainers.example.org';
const abs = (path: string) => new URL(path, SITE).href;
const distFile = (url: string) => {
  expect(url.startsWith(`${SITE}/`), `${url} is on ${SITE}`).toBe(true);
  return join(DIST, new URL(url).pathname);
};
const isAbsolute = (url: string | undefined) => typeof url === 'string' && /^https:\/\/[^/]+\//.test(url);

const paths = pagePaths();
const notFound = '/404.html';
const shareable = paths.filter((p) => p !== notFound);

interface Expected {
  path: string;
  explainer?: string;
  section?: string;
  kind: 'home' | 'overview' | 'section' | 'full-story';
}
const expected: Expected[] = [{ path: '/', kind: 'home' }];
for (const explainer of explainerSlugs()) {
  expected.push({ path: `/${explainer}/`, explainer, kind: 'overview' }, { path: `/${explainer}/full-story/`, explainer, kind: 'full-story' });
  for (const section of sectionSlugs(explainer)) expected.push({ path: `/${explainer}/${section}/`, explainer, section, kind: 'section' });
}
const sectionPages = expected.filter((e) => e.kind === 'section');
const articlePages = expected.filter((e) => e.kind !== 'home');

const meta = (root: HTMLElement, key: string) =>
  root.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content') ?? '');
const one = (root: HTMLElement, key: string) => {
  const values = meta(root, key);
  expect(values, key).toHaveLength(1);
  return values[0]!;
};
const explainerMeta = (explainer: string) => frontmatter(join(CONTENT, explainer, 'index.mdx'));
const sectionMeta = (explainer: string, section: string) => {
  const dir = join(CONTENT, explainer);
  const file = readdirSync(dir).find(
    (f) => f.endsWith('.mdx') && f !== 'index.mdx' && (frontmatter(join(dir, f)).slug ?? sectionSlugFromFile(f)) === section,
  );
  if (!file) throw new Error(`no section ${section} in ${dir}`);
  return frontmatter(join(dir, file));
};

it('builds the front page and every explainer page, all shareable', () => {
  expect(shareable).toEqual(expect.arrayContaining(expected.map((e) => e.path)));
});

describe.each(shareable)('preview of %s', (path) => {
  const root = page(path);
  const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href');

  it('has a title, a description and an absolute canonical URL', () => {
    expect(root.querySelector('title')?.text.trim()).toBeTruthy();
    expect(one(root, 'description').length).toBeGreaterThan(20);
    expect(canonical).toBe(abs(path));
  });

  it('has Open Graph and a Twitter card, every URL absolute, the image on this site', () => {
    expect(one(root, 'og:url')).toBe(canonical);
    expect(one(root, 'og:title')).toBeTruthy();
    expect(one(root, 'og:description')).toBe(one(root, 'description'));
    expect(one(root, 'og:site_name')).toBe('The Explainer');
    expect(one(root, 'og:locale')).toBe('en_GB');
    const image = one(root, 'og:image');
    expect(isAbsolute(image)).toBe(true);
    expect(existsSync(distFile(image))).toBe(true);
    expect(one(root, 'og:image:width')).toBe('1200');
    expect(one(root, 'og:image:height')).toBe('630');
    expect(one(root, 'og:image:alt').length).toBeGreaterThan(10);
    expect(one(root, 'twitter:card')).toBe('summary_large_image');
    expect(one(root, 'twitter:image')).toBe(image);
    expect(one(root, 'twitter:title')).toBe(one(root, 'og:title'));
  });

  it('links the feed, the manifest and the icons', () => {
    const feed = root.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href');
    expect(feed).toBe(abs('/rss.xml'));
    for (const rel of ['manifest', 'icon', 'apple-touch-icon']) {
      const href = root.querySelector(`link[rel=${rel}]`)?.getAttribute('href');
      expect(href, rel).toBeTruthy();
      expect(existsSync(join(DIST, href!)), `${rel} ${href}`).toBe(true);
    }
  });
});

describe('the 404 page', () => {
  const root = page(notFound);
  it('asks not to be indexed and claims no canonical URL', () => {
    expect(meta(root, 'robots')).toEqual(['noindex']);
    expect(root.querySelector('link[rel=canonical]')).toBeNull();
  });
});

describe.each(articlePages)('article facts of $path', ({ path, explainer, section, kind }) => {
  const root = page(path);
  const data = explainerMeta(explainer!);

  it('is an article with dates, section and tags', () => {
    expect(one(root, 'og:type')).toBe('article');
    expect(one(root, 'article:published_time')).toBe(new Date(data.published).toISOString().slice(0, 10));
    expect(one(root, 'article:modified_time')).toBe(new Date(data.updated).toISOString().slice(0, 10));
    expect(one(root, 'article:section')).toBe(data.headline);
    // A section is tagged with its topics; the overview and full story with all their sections' topics.
    const topics = section
      ? sectionMeta(explainer!, section).topics
      : [...new Set(sectionSlugs(explainer!).flatMap((s) => sectionMeta(explainer!, s).topics as string[]))];
    expect(topics.length).toBeGreaterThan(0);
    expect(meta(root, 'article:tag')).toEqual(topics);
  });

  it('takes its description from the summary', () => {
    const summary = section ? sectionMeta(explainer!, section).summary : data.summary;
    expect(one(root, 'description')).toBe(summary);
  });

  it('uses its own share image', () => {
    const image = section ? `/${explainer}/${section}/og.png` : `/${explainer}/og.png`;
    expect(one(root, 'og:image')).toBe(abs(image));
  });

  it('has JSON-LD NewsArticle with every field, URLs absolute and on this site', () => {
    const blocks = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
    expect(blocks).toHaveLength(1);
    const ld = blocks[0];
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.url).toBe(abs(path));
    expect(ld.headline).toBe(section ? sectionMeta(explainer!, section).title : kind === 'full-story' ? `Full story: ${data.headline}` : data.headline);
    expect(ld.description).toBe(one(root, 'description'));
    expect(ld.datePublished).toBe(one(root, 'article:published_time'));
    expect(ld.dateModified).toBe(one(root, 'article:modified_time'));
    expect(ld.image.url).toBe(one(root, 'og:image'));
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: 'The Explainer', url: abs('/') });
    expect(existsSync(distFile(ld.publisher.logo.url))).toBe(true);
    expect(ld.isPartOf).toMatchObject({ name: data.headline, url: abs(`/${explainer}/`) });
    expect(ld.isBasedOn).toEqual({ '@type': 'NewsArticle', headline: data.source.title });
  });
});

describe('share images', () => {
  const images = [
    '/og.png',
    ...explainerSlugs().flatMap((e) => [`/${e}/og.png`, ...sectionSlugs(e).map((s) => `/${e}/${s}/og.png`)]),
  ];

  it.each(images)('%s is a 1200x630 PNG', (image) => {
    expect(pngSize(readFileSync(join(DIST, image)))).toEqual({ width: 1200, height: 630 });
  });

  it('differ from page to page', () => {
    const hashes = images.map((i) => createHash('sha256').update(readFileSync(join(DIST, i))).digest('hex'));
    expect(new Set(hashes).size).toBe(images.length);
  });
});

describe('feed, sitemap, robots.txt and manifest', () => {
  const sectionUrls = sectionPages.map((s) => abs(s.path));

  it('RSS has one item per section, linked absolutely, with title and summary', () => {
    const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain(`<link>${abs('/')}</link>`);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const links = items.map((i) => /<link>([^<]+)<\/link>/.exec(i)?.[1]);
    expect([...links].sort()).toEqual([...sectionUrls].sort());
    for (const { explainer, section } of sectionPages) {
      const item = items[links.indexOf(abs(`/${explainer}/${section}/`))]!;
      expect(item).toContain(`<description>${sectionMeta(explainer!, section!).summary}</description>`);
      expect(item).toMatch(/<pubDate>[^<]+GMT<\/pubDate>/);
    }
  });

  it('the sitemap lists every page but the 404, absolutely', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((s) => [...readFileSync(distFile(s), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect([...locs].sort()).toEqual(shareable.map(abs).sort());
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(abs('/sitemap-index.xml'));
    expect(existsSync(distFile(sitemap!))).toBe(true);
  });

  it('the manifest names the site and lists icons that exist, at their stated sizes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'The Explainer', start_url: '/', lang: 'en' });
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of manifest.icons) {
      const file = readFileSync(join(DIST, icon.src));
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(file)).toEqual({ width: w, height: h });
      } else expect(file.toString('utf8')).toContain('<svg');
    }
    expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
  });
});

describe.each(articlePages.map((e) => e.path))('heading anchors on %s', (path) => {
  const root = page(path);
  const headings = root.querySelectorAll('article h2, article h3');

  it('give every article heading an id and a link to it beside it, named and kept out of search', () => {
    for (const heading of headings) {
      expect(heading.id, visibleText(heading)).toBeTruthy();
      const wrapper = heading.parentNode!;
      expect(wrapper.classList.contains('heading-anchored')).toBe(true);
      const anchor = wrapper.querySelector(':scope > a.heading-anchor')!;
      expect(anchor, heading.id).toBeTruthy();
      expect(heading.querySelector('a')).toBeNull();
      expect(anchor.getAttribute('aria-label')).toBe(`Link to this section: ${visibleText(heading)}`);
      expect(anchor.hasAttribute('data-pagefind-ignore')).toBe(true);
      const target = anchor.getAttribute('href')!.slice(1);
      expect(root.querySelectorAll(`[id="${target}"]`)).toHaveLength(1);
    }
  });

  it('leave every id on the page unique', () => {
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('heading ids', () => {
  it('are the ones Astro gives MDX headings, linked to themselves on section pages', () => {
    const root = page('/trump-putin-call/call-prospects/');
    const anchor = root.querySelector('a.heading-anchor[href="#to-break-the-silence"]');
    expect(anchor?.parentNode?.querySelector('h2')?.id).toBe('to-break-the-silence');
  });

  it('are scoped by section on the full story, anchors included', () => {
    const root = page('/trump-putin-call/full-story/');
    const anchor = root.querySelector('a.heading-anchor[href="#call-prospects--to-break-the-silence"]');
    expect(anchor?.parentNode?.querySelector('h2')?.id).toBe('call-prospects--to-break-the-silence');
    // Each section title links to its section, the full story's stable address for it.
    for (const slug of sectionSlugs('trump-putin-call')) {
      expect(root.querySelector(`#${slug}-title`)?.parentNode?.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${slug}`);
    }
  });
});

describe.each(articlePages)('share actions on $path', ({ path }) => {
  const root = page(path);
  const share = root.querySelector('[data-share-links]')!;

  it('share the canonical URL', () => {
    expect(share).toBeTruthy();
    expect(share.getAttribute('data-url')).toBe(abs(path));
  });

  it('offer plain links with the URL and title filled in, that need no script', () => {
    const links = share.querySelectorAll('a[href]');
    expect(links.length).toBeGreaterThanOrEqual(4);
    const title = share.getAttribute('data-title')!;
    for (const a of links) expect(a.getAttribute('href')).toContain(encodeURIComponent(abs(path)));
    const email = links.find((a) => a.getAttribute('href')!.startsWith('mailto:'))!;
    expect(email.getAttribute('href')).toContain(`subject=${encodeURIComponent(title)}`);
  });

  it('keep the buttons that need a script hidden until it runs, and out of the search index', () => {
    for (const b of share.querySelectorAll('button')) expect(b.hasAttribute('hidden')).toBe(true);
    expect(share.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('load nothing from another site: no iframes, no external scripts', () => {
    expect(root.querySelectorAll('iframe')).toHaveLength(0);
    const scripts = root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
  });
});
