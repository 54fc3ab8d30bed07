// The feeds of a built site, for any content: the site's /rss.xml and each explainer's /<explainer>/rss.xml
// parse as RSS 2.0, with one item for the explainer's publication and one per update (a change dated after
// it was published), which links the sections the update names and keeps a guid that is not a page's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { page } from '../dist';
import { explainerData, explainerSlugs } from '../source';
import type { SiteCheck } from './index';

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

/** A feed's items, after checking it parses as RSS 2.0 with a channel, every & an entity. */
function feedItems(dist: string, file: string): Item[] {
  const xml = readFileSync(join(dist, file), 'utf8');
  expect(xml, file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(xml, file).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i);
  const feed = parser.parse(xml);
  expect(feed.rss?.['@_version'], file).toBe('2.0');
  expect(feed.rss.channel.title, file).toBeTruthy();
  return feed.rss.channel.item ?? [];
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

/** The explainer's updates as its index.mdx writes them: changes dated after `published`, newest first. */
function updatesOf(content: string, explainer: string): { date: string; what: string; sections: string[] }[] {
  const data = explainerData(content, explainer);
  const changes: { date: unknown; what: string; sections?: string[] }[] = data.changes ?? [];
  return changes
    .map((c) => ({ date: day(c.date), what: c.what, sections: c.sections ?? [] }))
    .filter((c) => c.date > day(data.published))
    .reverse();
}

const isUpdate = (item: Item) => item.guid['@_isPermaLink'] === 'false';

export const feedChecks: SiteCheck[] = [
  {
    name: 'gives every explainer a feed: an item per update, newest first, linking the changed sections, then its publication',
    run({ dist, content, origin }) {
      const abs = (path: string) => new URL(path, origin).href;
      for (const explainer of explainerSlugs(content)) {
        const file = `${explainer}/rss.xml`;
        const items = feedItems(dist, file);
        const updates = updatesOf(content, explainer);
        expect(items, file).toHaveLength(updates.length + 1);
        const publication = items.at(-1)!;
        expect(publication.link, file).toBe(abs(`/${explainer}/`));
        expect(new Date(publication.pubDate).toISOString().slice(0, 10), file).toBe(day(explainerData(content, explainer).published));
        updates.forEach((update, i) => {
          const item = items[i]!;
          expect(isUpdate(item), `${file} item ${i}`).toBe(true);
          expect(item.title, file).toContain(update.what);
          expect(new Date(item.pubDate).toISOString().slice(0, 10), file).toBe(update.date);
          expect(item.link, file).toBe(abs(update.sections.length ? `/${explainer}/${update.sections[0]}/` : `/${explainer}/`));
          for (const section of update.sections) expect(item.description, file).toContain(`href="${abs(`/${explainer}/${section}/`)}"`);
          expect(item.guid['#text'], file).toMatch(new RegExp(`^${abs(`/${explainer}/`)}#update-${update.date}-`));
        });
        expect(new Set(items.map((i) => i.guid['#text'])).size, file).toBe(items.length);
      }
    },
  },
  {
    name: 'puts every update of every explainer in the site’s feed, with the same guid as in its own',
    run({ dist, content }) {
      const site = feedItems(dist, 'rss.xml').filter(isUpdate);
      const own = explainerSlugs(content).flatMap((e) => feedItems(dist, `${e}/rss.xml`).filter(isUpdate));
      expect(site.map((i) => i.guid['#text']).sort()).toEqual(own.map((i) => i.guid['#text']).sort());
      expect(site.map((i) => i.link).sort()).toEqual(own.map((i) => i.link).sort());
    },
  },
  {
    name: 'announces the explainer’s own feed on its overview, sections and full story, after the site’s',
    run({ dist, content, origin }) {
      for (const explainer of explainerSlugs(content)) {
        const root = page(`/${explainer}/`, dist);
        const feeds = root.querySelectorAll('link[rel=alternate][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
        expect(feeds, explainer).toEqual([`${origin}/rss.xml`, `${origin}/${explainer}/rss.xml`]);
        for (const href of root.querySelectorAll('.section-nav a').map((a) => a.getAttribute('href')!).concat(`/${explainer}/full-story/`)) {
          expect(page(href, dist).querySelectorAll('link[rel=alternate][type="application/rss+xml"]').at(1)?.getAttribute('href'), href).toBe(`${origin}/${explainer}/rss.xml`);
        }
      }
    },
  },
];
