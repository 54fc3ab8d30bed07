// The search index in parts (src/lib/search/parts.ts): which part a page is in, and which parts a page's
// language searches. The build that writes them is tested in tests/dist/search-build.test.ts.
import { describe, expect, it } from 'vitest';
import { searchPartPages } from '../../src/integrations/search-index';
import { languageParts, PART_PAGES, partCount, partFolder, partOf, partPath } from '../../src/lib/search/parts';

describe('the search index in parts', () => {
  it('is one index up to a part’s worth of pages, and twice the parts each time the site doubles after', () => {
    expect([0, 1, 2500, 2501, 5000, 5001, 10_000, 20_000, 20_001].map((pages) => partCount(pages))).toEqual([1, 1, 1, 2, 2, 4, 4, 8, 16]);
    expect(partFolder(0, 1)).toBe('');
    expect(partPath(0, 1)).toBe('/pagefind/');
    expect(partPath(3, 10)).toBe('/pagefind/part-3/');
  });

  it('keeps an explainer’s pages in one part, the same one on every build, and spreads explainers over the parts', () => {
    expect(partOf('story/one/index.html', 7)).toBe(partOf('story/two/index.html', 7));
    expect(partOf('story\\one\\index.html', 7)).toBe(partOf('story/two/index.html', 7));
    const sizes = new Array<number>(10).fill(0);
    for (let i = 0; i < 1000; i++) sizes[partOf(`explainer-${i}/section/index.html`, 10)]! += 1;
    // 100 a part on average; none empty or twice its share.
    expect(Math.min(...sizes)).toBeGreaterThan(50);
    expect(Math.max(...sizes)).toBeLessThan(200);
  });

  it('gives a language its parts, or its base language’s, or, as Pagefind does, the largest language’s', () => {
    const parts = { en: ['/pagefind/part-0/', '/pagefind/part-2/'], uk: ['/pagefind/part-1/'] };
    expect(languageParts(parts, 'en')).toEqual(parts.en);
    expect(languageParts(parts, 'en-US')).toEqual(parts.en);
    expect(languageParts(parts, 'uk')).toEqual(parts.uk);
    expect(languageParts(parts, 'fr')).toEqual(parts.en);
  });

  it('takes a part’s size from EXPLAINER_SEARCH_PART_PAGES, and refuses one that is not a whole number of pages, naming it', () => {
    expect(searchPartPages({})).toBe(PART_PAGES);
    expect(searchPartPages({ EXPLAINER_SEARCH_PART_PAGES: ' 63 ' })).toBe(63);
    for (const bad of ['0', '-5', '2.5', 'many']) expect(() => searchPartPages({ EXPLAINER_SEARCH_PART_PAGES: bad })).toThrow(`EXPLAINER_SEARCH_PART_PAGES is "${bad}"`);
  });
});
