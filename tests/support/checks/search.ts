// The shipped search index (dist/pagefind), searched with Pagefind's own API from the served site:
// exactly the section pages are indexed, each with the metadata and filters its frontmatter gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { searchLanguage } from '../../../src/lib/search/data';
import { page, pagePaths } from '../dist';
import { builtSearch } from '../pagefind';
import type { BuiltSite } from '../sites';
import { explainerData, explainerSlugs, languageOfPage, sectionsOf } from '../source';
import type { SiteCheck } from './index';

/** Every section of every explainer, with what its search entry should carry. */
function sections({ content }: BuiltSite) {
  return explainerSlugs(content).flatMap((e) => {
    const headline = explainerData(content, e).headline as string;
    return sectionsOf(content, e).map((s, i) => ({
      first: i === 0,
      path: `/${e}/${s.slug}/`,
      headline,
      lang: languageOfPage(content, `/${e}/`).tag,
      title: s.data.title as string,
      question: s.data.question as string,
      summary: s.data.summary as string,
      topics: (s.data.topics ?? []) as string[],
      people: (s.data.people ?? []) as string[],
    }));
  });
}

const count = (values: string[]) => Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));

export const searchChecks: SiteCheck[] = [
  {
    name: 'indexes the section pages and nothing else, so each topic has one answer',
    run(site) {
      const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const expected = sections(site).map((s) => s.path).sort();
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(expected.length);
      // Only section pages mark their article for Pagefind.
      expect(pagePaths(site.dist).filter((p) => page(p, site.dist).querySelector('[data-pagefind-body]')).sort()).toEqual(expected);
    },
  },
  {
    name: 'gives every section’s search result its question as title, its short title as kicker, its summary, its explainer, and the headline to the first section alone',
    async run(site) {
      for (const s of sections(site)) {
        // Pagefind keeps an index per language: search the one a page in the section's language would.
        const search = await builtSearch(site.url, site.dist, s.lang);
        const result = (await search.search(s.title, { section: [s.title] })).find((r) => r.path === s.path);
        expect(result, `searching "${s.title}" should find ${s.path}`).toBeDefined();
        expect(result!.meta.title, s.path).toBe(s.question);
        expect(result!.meta['kicker'], s.path).toBe(s.title);
        expect(result!.meta['summary'], s.path).toBe(s.summary);
        // The headline is metadata of an explainer's first section alone, so its words find the explainer once.
        expect(result!.meta['headline'], s.path).toBe(s.first ? s.headline : undefined);
        expect(result!.filters.explainer, s.path).toEqual([s.headline]);
      }
    },
  },
  {
    name: 'offers explainer, section, topic and people filters with the frontmatter values',
    async run(site) {
      // One index per language, en-US sections in en's, each with the filters of its own sections.
      for (const lang of new Set(sections(site).map((s) => searchLanguage(s.lang)))) {
        const all = sections(site).filter((s) => searchLanguage(s.lang) === lang);
        const filters = await (await builtSearch(site.url, site.dist, lang)).filters();
        expect(filters.explainer, lang).toEqual(count(all.map((s) => s.headline)));
        expect(filters.section, lang).toEqual(count(all.map((s) => s.title)));
        expect(filters.topics ?? {}, lang).toEqual(count(all.flatMap((s) => s.topics)));
        expect(filters.people ?? {}, lang).toEqual(count(all.flatMap((s) => s.people)));
      }
    },
  },
];
