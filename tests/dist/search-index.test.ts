// The shipped search index (each site's own pagefind/), searched with Pagefind's own API: exactly
// the sections, with their metadata and filters (generic checks over the real content); what the
// fixture explainer's words find, which chrome is never indexed, sub-results, ranking, aliases,
// images and the quote-speaker filter.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchChecks, testChecks } from '../support/checks';
import { page, visibleText } from '../support/dist';
import { builtSearch, type BuiltSearch } from '../support/pagefind';
import { fixtureSite, realSite } from '../support/served';

describe('the built site', () => testChecks(searchChecks, realSite));

const EXPLAINER = '/ferry-strike/';
const SECTIONS = ['the-vote', 'who-pays', 'life-on-the-island', 'talks'].map((s) => `${EXPLAINER}${s}/`);
const [VOTE, WHO_PAYS, ISLAND, TALKS] = SECTIONS as [string, string, string, string];
const paths = (results: { path: string }[]) => results.map((r) => r.path);

describe('the fixture explainer’s index', () => {
  const { dist } = fixtureSite();
  const at = (path: string) => page(path, dist);
  let search: BuiltSearch;
  beforeAll(async () => {
    search = await builtSearch(fixtureSite().url, dist);
  });

  it('answers a word with its section page alone, not the overview or full story as well', async () => {
    // "subsidy" is on the who-pays page, in the overview's summary and in the full story.
    expect(visibleText(at(EXPLAINER).querySelector('main')!)).toMatch(/subsidy/);
    expect(visibleText(at(`${EXPLAINER}full-story/`).querySelector('main')!)).toMatch(/subsidy/);
    expect(paths(await search.search('subsidy'))).toEqual([WHO_PAYS]);
    expect(paths(await search.search('Kowalczyk'))).toEqual([TALKS]);
  });

  // Each word appears on built pages only outside the section articles (checked first), so a hit
  // would mean chrome had been indexed. Quoted, so Pagefind matches the word itself.
  it('finds a quoted word that is in the articles, so the checks below can fail', async () => {
    expect(paths(await search.search('"Kestrel"')).length).toBeGreaterThan(0);
  });

  it.each([
    ['skip', 'the skip link', ISLAND],
    ['explainers', 'the site footer', ISLAND],
    ['overview', 'the section list and pager', ISLAND],
    ['previous', 'the pager', ISLAND],
    ['published', 'the dates above the article', ISLAND],
    ['cites', 'the source line above the article', ISLAND],
    ['section', 'the kicker "Section 3 of 4"', ISLAND],
    ['reproduced', 'the “Photos in the original report (not reproduced here)” label', VOTE],
    ['mistyped', 'the 404 page', '/404.html'],
    ['reading', 'the overview’s “Start reading” link', EXPLAINER],
    ['min', 'the reading time above the article ("1 min read")', ISLAND],
  ])('does not index "%s" from %s', async (word, _where, onPage) => {
    expect(at(onPage).toString().toLowerCase()).toContain(word);
    expect(await search.search(`"${word}"`)).toEqual([]);
  });

  it('finds a photo not reproduced by its caption, listed after the section’s credit, not in its text', async () => {
    // "gather" is only in the caption of a photo of the vote's that the site does not reproduce.
    const article = at(VOTE).querySelector('article')!;
    expect(visibleText(article.querySelector('.article-body')!)).not.toMatch(/gather/);
    expect(visibleText(article.querySelector('.source-photos')!)).toMatch(/gather/);
    expect(paths(await search.search('gather'))).toEqual([VOTE]);
  });

  it.each(['subsidy', 'ferry', 'Mulvaney', 'island', 'Kowalczyk', 'strike'])(
    'links "%s" sub-results to headings that exist on the section page',
    async (term) => {
      const results = await search.search(term);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        for (const sub of result.sub_results) {
          const [pathPart, hash] = sub.path.split('#');
          expect(pathPart).toBe(result.path);
          if (!hash) continue;
          const target = at(result.path).querySelector(`[data-pagefind-body] [id="${hash}"]`);
          expect(target, `${sub.path} should point at a heading`).not.toBeNull();
          expect(target!.tagName).toMatch(/^H[1-6]$/);
        }
      }
    },
  );

  it('carries a heading sub-result where the match sits under one', async () => {
    const [result] = await search.search('subsidy');
    expect(result!.sub_results.map((s) => s.path)).toContain(`${WHO_PAYS}#the-subsidy-question`);
  });

  it('narrows results by a person named in the section', async () => {
    expect((await search.search('Mulvaney')).length).toBeGreaterThan(1);
    expect(paths(await search.search('Mulvaney', { people: ['Priya Raman'] }))).toEqual([ISLAND]);
  });

  it('finds the sections quoting a person by the speaker marked on each quotation', async () => {
    const filters = await search.filters();
    expect(Object.keys(filters.speaker ?? {}).sort()).toEqual(['Declan Hurst', 'Ines Calloway', 'Nadia Kowalczyk', 'Priya Raman', 'Sorcha Mulvaney']);
    expect(paths(await search.search(null, { speaker: ['Sorcha Mulvaney'] })).sort()).toEqual([VOTE, TALKS].sort());
    expect(paths(await search.search(null, { speaker: ['Ines Calloway'] }))).toEqual([WHO_PAYS]);
  });

  it('keeps filter values out of the searchable text', async () => {
    // Topics are filters only: this one is on the-vote's page, but not in any text.
    const topic = 'Island transport';
    expect(at(VOTE).querySelectorAll('[data-pagefind-filter="topics"]').map((f) => f.textContent)).toContain(topic);
    expect(await search.search(`"${topic}"`)).toEqual([]);
  });

  it('finds a word only the headline has once, at the explainer’s first section, below sections whose text has it', async () => {
    // "happens" is only in the headline, which is metadata of the first section alone.
    expect(paths(await search.search('happens'))).toEqual([VOTE]);
    // "crossing" is in the headline and in two sections' text: no other section is matched through the headline.
    expect(paths(await search.search('crossing')).sort()).toEqual([VOTE, TALKS].sort());
  });

  it('gives a section result the image of its first published photo, and none without one', async () => {
    const headline = 'Kestrel Bay ferry crews vote to strike. What happens to the island crossing?';
    const byPath = new Map((await search.search(null, { explainer: [headline] })).map((r) => [r.path, r.meta]));
    expect([...byPath.keys()].sort()).toEqual([...SECTIONS].sort());
    expect(byPath.get(WHO_PAYS)).toMatchObject({
      image: at(WHO_PAYS).querySelector('article figure.photo img')!.getAttribute('src'),
      image_alt: 'A line drawn across the bay from Kestrel Bay to Orrin Island',
    });
    for (const path of [VOTE, ISLAND, TALKS]) expect(byPath.get(path)?.image, path).toBeUndefined();
  });

  it('indexes no other spelling: the search box rewrites them before searching', async () => {
    for (const alias of ['Kowalczik', 'Kovalchik', 'Callaway']) expect(await search.search(alias), alias).toEqual([]);
    for (const path of SECTIONS) expect(at(path).toString(), path).not.toMatch(/Kowalczik|Kovalchik|Callaway/);
  });
});
