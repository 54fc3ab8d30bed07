// The built index, searched with Pagefind's own API: what is indexed and what is not, the metadata
// and filters each section carries, and that every sub-result anchor lands on a heading.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sectionSlugFromFile } from '../../src/lib/slugs';
import { sectionPath } from '../../src/lib/urls';
import { DIST, page, pagePaths, visibleText } from '../support/dist';
import { builtSearch, type BuiltSearch } from '../support/pagefind';

const CONTENT = 'content/explainers';
const EXPLAINER = 'trump-putin-call';

interface SectionSource {
  path: string;
  title: string;
  summary: string;
  topics: string[];
  people: string[];
}

/** Each section's frontmatter, read from the content files: what the index should reflect. */
function sectionSources(): SectionSource[] {
  const dir = join(CONTENT, EXPLAINER);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((f) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const data = frontmatter as { title: string; summary: string; topics?: string[]; people?: string[] };
      return {
        path: sectionPath(EXPLAINER, sectionSlugFromFile(f)),
        title: data.title,
        summary: data.summary,
        topics: data.topics ?? [],
        people: data.people ?? [],
      };
    });
}

const sections = sectionSources();
const headline = (parseFrontmatter(readFileSync(join(CONTENT, EXPLAINER, 'index.mdx'), 'utf8')).frontmatter as { headline: string })
  .headline;
const paths = (results: { path: string }[]) => results.map((r) => r.path);

let search: BuiltSearch;
beforeAll(async () => {
  search = await builtSearch(inject('siteUrl'));
});

describe('what is indexed', () => {
  it('indexes the section pages and nothing else, so each topic has one answer', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(sections.length);
    // Only section pages mark their article for Pagefind.
    const marked = pagePaths().filter((p) => page(p).querySelector('[data-pagefind-body]'));
    expect(marked.sort()).toEqual(sections.map((s) => s.path).sort());
  });

  it('answers a topic with its section page alone, not the overview or full story as well', async () => {
    // "tariffs" is on the pressure-tactics page, its overview summary and the full story.
    expect(visibleText(page(`/${EXPLAINER}/full-story/`).querySelector('main')!)).toMatch(/tariffs/);
    expect(paths(await search.search('tariffs'))).toEqual([`/${EXPLAINER}/pressure-tactics/`]);
    expect(paths(await search.search('Zelenskyy'))).toEqual([`/${EXPLAINER}/other-countries/`]);
  });

  // Each word appears on built pages only outside the section articles (checked first), so a hit
  // would mean chrome had been indexed. Quoted, so Pagefind matches the word itself, not "over" for "overview".
  it('finds a quoted word that is in the articles, so the checks below can fail', async () => {
    expect(paths(await search.search('"Kremlin"')).length).toBeGreaterThan(0);
  });

  it.each([
    ['skip', 'the skip link', '/trump-putin-call/arms-control/'],
    ['explainers', 'the site footer', '/trump-putin-call/arms-control/'],
    ['overview', 'the section list and pager', '/trump-putin-call/arms-control/'],
    ['previous', 'the pager', '/trump-putin-call/arms-control/'],
    ['published', 'the dates above the article', '/trump-putin-call/arms-control/'],
    ['cites', 'the source line above the article', '/trump-putin-call/arms-control/'],
    ['section', 'the kicker "Section 3 of 4"', '/trump-putin-call/arms-control/'],
    ['reproduced', 'the “Photo not reproduced” label', '/trump-putin-call/call-prospects/'],
    ['mistyped', 'the 404 page', '/404.html'],
    ['reading', 'the overview’s “Start reading” link', '/trump-putin-call/'],
    ['min', 'the reading time above the article ("1 min read")', '/trump-putin-call/arms-control/'],
  ])('does not index "%s" from %s', async (word, _where, onPage) => {
    expect(page(onPage).toString().toLowerCase()).toContain(word);
    expect(await search.search(`"${word}"`)).toEqual([]);
  });

  it('gives every heading in an indexed article an id, for sub-result links', () => {
    for (const s of sections) {
      const headings = page(s.path).querySelectorAll('[data-pagefind-body] :is(h2, h3, h4, h5, h6)');
      for (const h of headings) expect(h.id, `${s.path}: "${h.textContent}"`).not.toBe('');
    }
  });
});

describe('sub-results', () => {
  it.each(['tariffs', 'oil', 'nuclear', 'Putin', 'Ukraine', 'China'])(
    'links "%s" sub-results to headings that exist on the section page',
    async (term) => {
      const results = await search.search(term);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        for (const sub of result.sub_results) {
          const [pathPart, hash] = sub.path.split('#');
          expect(pathPart).toBe(result.path);
          if (!hash) continue;
          const target = page(result.path).querySelector(`[data-pagefind-body] [id="${hash}"]`);
          expect(target, `${sub.path} should point at a heading`).not.toBeNull();
          expect(target!.tagName).toMatch(/^H[1-6]$/);
        }
      }
    },
  );

  it('carries a heading sub-result where the match sits under one', async () => {
    const [result] = await search.search('tariffs');
    expect(result!.sub_results.map((s) => s.path)).toContain(`/${EXPLAINER}/pressure-tactics/#pressure-tactics`);
  });
});

describe('metadata and filters', () => {
  it.each(sections.map((s) => [s.path, s] as const))('%s carries title, explainer, section and summary', async (_path, s) => {
    const results = await search.search(s.title, { section: [s.title] });
    const result = results.find((r) => r.path === s.path);
    expect(result, `searching "${s.title}" should find ${s.path}`).toBeDefined();
    expect(result!.meta).toMatchObject({ title: s.title, section: s.title, explainer: headline, summary: s.summary });
    // No section has a publishable photo yet, so none may claim an image.
    expect(result!.meta.image).toBeUndefined();
  });

  it('offers explainer, section, topic and people filters with the frontmatter values', async () => {
    const count = (values: string[]) =>
      Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));
    const filters = await search.filters();
    expect(filters.explainer).toEqual({ [headline]: sections.length });
    expect(filters.section).toEqual(count(sections.map((s) => s.title)));
    expect(filters.topics).toEqual(count(sections.flatMap((s) => s.topics)));
    expect(filters.people).toEqual(count(sections.flatMap((s) => s.people)));
  });

  it('narrows results by a person named in the section', async () => {
    const all = await search.search('Trump');
    expect(all.length).toBeGreaterThan(1);
    const narrowed = await search.search('Trump', { people: ['Daryl Kimball'] });
    expect(paths(narrowed)).toEqual([`/${EXPLAINER}/arms-control/`]);
  });

  it('keeps filter values out of the searchable text', async () => {
    // Topics are filters only: this one is on the call-prospects page, but not in its text.
    const topic = 'US–Russia relations';
    const onPage = sections.find((s) => s.topics.includes(topic))!;
    const filters = page(onPage.path).querySelectorAll('[data-pagefind-filter="topics"]').map((f) => f.textContent);
    expect(filters).toContain(topic);
    expect(await search.search(`"${topic}"`)).toEqual([]);
  });

  it('ranks sections whose text matches above those matched only by the explainer headline', async () => {
    // Pagefind searches metadata too: "phone" is in every section's explainer headline, but only
    // some sections say it in their text (their excerpt marks it).
    const results = await search.search('phone');
    expect(paths(results).sort()).toEqual(sections.map((s) => s.path).sort());
    const inText = results.filter((r) => r.excerpt.includes('<mark>'));
    const onlyHeadline = results.filter((r) => !r.excerpt.includes('<mark>'));
    expect(inText.length).toBeGreaterThan(0);
    expect(onlyHeadline.length).toBeGreaterThan(0);
    expect(results.slice(0, inText.length)).toEqual(inText);
    for (const r of inText) expect(r.score, r.path).toBeGreaterThan(0);
    for (const r of onlyHeadline) expect(r.score, r.path).toBe(0);
  });
});

describe('search aliases', () => {
  it.each([
    ['Zelensky', 'other-countries'],
    ['Zelenskiy', 'other-countries'],
    ['Kiev', 'other-countries'],
    ['Iermak', 'other-countries'],
    ['Petroleum', 'pressure-tactics'],
  ])('finds "%s" in the section that uses its usual spelling', async (alias, slug) => {
    expect(paths(await search.search(alias))).toEqual([`/${EXPLAINER}/${slug}/`]);
  });

  it('indexes aliases without showing them on the page', () => {
    const article = page(`/${EXPLAINER}/other-countries/`).querySelector('[data-pagefind-body]')!;
    expect(article.toString()).toContain('Zelenskiy');
    expect(visibleText(article)).not.toMatch(/Zelenskiy|Kiev|Iermak/);
    expect(article.querySelector('[data-search-aliases]')!.hasAttribute('hidden')).toBe(true);
  });
});
