// What search's start.json holds: a way in that stays small however many explainers there are, and the
// search messages of one language, enough for the browser's translator without the dictionaries.
import { describe, expect, it } from 'vitest';
import { messagesUnder } from '../../src/i18n';
import { translator } from '../../src/i18n/translator';
import type { ExplainerView } from '../../src/lib/explainers';
import {
  BROWSE_LIMITS,
  NAMES_PER_FILE,
  SEARCH_UI_PREFIX,
  nameFile,
  namedBy,
  searchLanguages,
  searchNameFiles,
  searchNames,
  searchStart,
  searchStartPath,
  searchVocabulary,
  searchVocabularyPath,
} from '../../src/lib/search/data';

/** An explainer as searchStart reads one: newest first, as getExplainers gives them. */
function explainer(n: number, topics: string[], people: string[], lang = 'en'): ExplainerView {
  const section = (s: number) => ({ title: `Section ${n}.${s}`, url: `/e${n}/s${s}/`, topics: topics.map((name) => ({ name, url: '' })), people });
  return { lang, headline: `Explainer ${n}`, url: `/e${n}/`, searchAliases: {}, sections: [section(1), section(2)] } as unknown as ExplainerView;
}

const ui = messagesUnder('en', SEARCH_UI_PREFIX);

describe('searchStart', () => {
  it('offers the newest explainers and the most used topics and people, and counts them all', () => {
    const many = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${String(i).padStart(2, '0')}`);
    const topics = many('Topic', 30);
    const people = many('Person', 40);
    // Every explainer has the first ten topics and people; each of the rest appears in one explainer.
    const explainers = Array.from({ length: 8 }, (_, n) =>
      explainer(n, [...topics.slice(0, 10), ...topics.slice(10 + n * 3, 13 + n * 3)], [...people.slice(0, 10), ...people.slice(10 + n * 4, 14 + n * 4)]),
    );
    const start = searchStart([...explainers, explainer(99, ['Elsewhere'], [], 'uk')], 'en', ui);
    expect(start.explainers.map((e) => e.headline)).toEqual(['Explainer 0', 'Explainer 1', 'Explainer 2'].slice(0, BROWSE_LIMITS.explainers));
    expect(start.explainers[0]!.sections).toEqual([
      { title: 'Section 0.1', url: '/e0/s1/' },
      { title: 'Section 0.2', url: '/e0/s2/' },
    ]);
    expect(start.topics).toHaveLength(BROWSE_LIMITS.topics);
    expect(start.topics.slice(0, 10)).toEqual(topics.slice(0, 10));
    expect(start.people).toHaveLength(BROWSE_LIMITS.people);
    // The other language's explainer is in neither list nor count.
    expect(start.totals).toEqual({ explainers: 8, topics: topics.length, people: people.length });
  });

  it('lists everything when nothing needs cutting', () => {
    const start = searchStart([explainer(1, ['Oil'], ['Ann Lee'])], 'en', ui);
    expect(start).toMatchObject({ explainers: [{ headline: 'Explainer 1' }], topics: ['Oil'], people: ['Ann Lee'], totals: { explainers: 1, topics: 1, people: 1 } });
  });
});

describe('a language family searched as one', () => {
  const us = { ...explainer(1, ['Oil'], ['Ann Lee'], 'en-US'), headline: 'Color of money', searchAliases: { Color: ['colour'] } } as ExplainerView;
  const gb = explainer(2, ['Tariffs'], [], 'en');

  it('writes one search data set per language, whatever region an explainer names', () => {
    expect(searchLanguages([us, gb, explainer(3, [], [], 'uk')], 'en')).toEqual(['en', 'uk']);
  });

  it('puts an en-US explainer in English search: browsing, other spellings and words', () => {
    const start = searchStart([us, gb], 'en', ui);
    expect(start.explainers.map((e) => e.headline)).toEqual(['Color of money', 'Explainer 2']);
    expect(start.aliases).toEqual({ colour: 'Color' });
    expect(start.totals.explainers).toBe(2);
    const worded = (e: ExplainerView, words: string) => ({ ...e, sections: e.sections.map((x) => ({ ...x, summary: '', words })) }) as ExplainerView;
    expect(searchVocabulary([worded(us, 'neighborhood'), worded(gb, 'harbour')], 'en')).toEqual(expect.arrayContaining(['neighborhood', 'harbour']));
  });

  it('fetches a page’s data by its language, region or not', () => {
    expect(searchStartPath('en-US')).toBe(searchStartPath('en'));
    expect(searchVocabularyPath('EN-gb')).toBe(searchVocabularyPath('en'));
    expect(searchStartPath('uk')).not.toBe(searchStartPath('en'));
  });
});

describe('messagesUnder', () => {
  it('sends only the search messages, and they translate as the full dictionary does', () => {
    const uk = messagesUnder('uk', SEARCH_UI_PREFIX);
    expect(Object.keys(uk.dictionary).length).toBeGreaterThan(10);
    expect(Object.keys(uk.dictionary).every((key) => key.startsWith('search.'))).toBe(true);
    const t = translator(uk);
    // Ukrainian plural forms, from the sent messages alone.
    expect(t('search.count', { count: 3, terms: '«нафта»' })).toBe('3 розділи згадують «нафта»');
    expect(t('search.count', { count: 5, terms: '«нафта»' })).toBe('5 розділів згадують «нафта»');
    expect(t.tag).toBe('uk');
  });
});

describe('searchNames', () => {
  it('lists every topic and person of the language, uncut, with its page and how many sections carry it', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Person ${String(i).padStart(2, '0')}`);
    const names = searchNames([explainer(1, ['Oil', 'Ukraine war'], many), explainer(2, ['Oil'], []), explainer(3, ['Elsewhere'], ['Olena'], 'uk')], 'en');
    expect(names.filter((n) => n.kind === 'person')).toHaveLength(many.length);
    expect(names.find((n) => n.name === 'Oil')).toEqual({ name: 'Oil', url: '/topics/oil/', kind: 'topic', sections: 4 });
    expect(names.find((n) => n.name === 'Person 00')).toEqual({ name: 'Person 00', url: '/people/person-00/', kind: 'person', sections: 2 });
    expect(names.some((n) => n.name === 'Elsewhere' || n.name === 'Olena')).toBe(false);
  });
});

describe('searchNameFiles', () => {
  it('splits the names into files that never grow with the site, each name in the file its queries fetch', () => {
    const people = Array.from({ length: 2_000 }, (_, i) => `Anna Person${i}`).concat(['Sorcha Mulvaney']);
    const topics = Array.from({ length: 400 }, (_, i) => `Topic number ${i}`);
    const explainers = [explainer(1, topics, people)];
    const files = searchNameFiles(explainers, 'en');
    const start = searchStart(explainers, 'en', ui);
    expect(files).toHaveLength(start.nameFiles);
    expect(files).toHaveLength(Math.ceil((people.length + topics.length) / NAMES_PER_FILE));
    // FNV-1a spreads them: no file holds twice its share.
    expect(Math.max(...files.map((f) => f.length))).toBeLessThan(2 * NAMES_PER_FILE);
    for (const query of ['Sorcha Mulvaney', 'Mulvaney', '“mulvaney”', 'Anna Person1999', 'Topic number 7', 'topic  NUMBER 7']) {
      expect(namedBy(query, files[nameFile(query, files.length, 'en')]!, 'en').length, query).toBe(1);
    }
    // A small site has one file.
    expect(searchNameFiles([explainer(1, ['Oil'], ['Olena'])], 'en')).toHaveLength(1);
  });
});
