// The search page's URL is the search: these rules decide what a shared link opens.
import { describe, expect, it } from 'vitest';
import { hasTerm, hasWordStarting, pagefindQuery, parseQuery, readQuery, readSearch, searchPagePath, withSearch } from '../../src/lib/search/query';
import { isSearchShortcut } from '../../src/lib/search/shortcut';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('readQuery', () => {
  it('reads q as plain text, spaces folded', () => {
    expect(readQuery('?q=oil%20%20prices+')).toBe('oil prices');
  });

  it('is empty without q', () => {
    expect(readQuery('')).toBe('');
    expect(readQuery('?x=1')).toBe('');
  });

  it('keeps markup as the literal text typed', () => {
    expect(readQuery('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('withSearch', () => {
  // The query alone, no filters.
  const withTerm = (href: string, query: string) => withSearch(href, { query, filters: {} });

  it('sets q and keeps the rest of the URL', () => {
    expect(withTerm('https://site.test/search/?lang=en#top', 'oil')).toBe('https://site.test/search/?lang=en&q=oil#top');
  });

  it('replaces an earlier query', () => {
    expect(withTerm('https://site.test/search/?q=oil', 'tariffs')).toBe('https://site.test/search/?q=tariffs');
  });

  it('removes q when the box is emptied', () => {
    expect(withTerm('https://site.test/search/?q=oil', '   ')).toBe('https://site.test/search/');
  });

  it('encodes markup so it stays text', () => {
    expect(withTerm('https://site.test/search/', '<b>')).toBe('https://site.test/search/?q=%3Cb%3E');
  });
});

describe('searchPagePath', () => {
  it('links the search page to a query', () => {
    expect(searchPagePath('oil prices')).toBe('/search/?q=oil+prices');
    expect(searchPagePath('')).toBe('/search/');
  });
});

describe('isSearchShortcut', () => {
  it('opens on Ctrl+K and Cmd+K', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  it('never opens on a single key, "/" included (WCAG 2.1.4)', () => {
    expect(isSearchShortcut(key('/'))).toBe(false);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('s'))).toBe(false);
  });

  it('leaves other chords to the browser', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('l', { ctrlKey: true }))).toBe(false);
  });
});

describe('readSearch and withSearch', () => {
  it('read the query and the filters, under the names a reader sees', () => {
    expect(readSearch('?q=oil&topic=Sanctions&person=Vladimir+Putin&x=1')).toEqual({
      query: 'oil',
      filters: { topics: 'Sanctions', people: 'Vladimir Putin' },
    });
  });

  it('write them back, dropping empty ones and keeping the rest of the URL', () => {
    const href = withSearch('https://site.test/search/?x=1&person=Old', { query: 'oil', filters: { topics: 'Sanctions' } });
    expect(href).toBe('https://site.test/search/?x=1&q=oil&topic=Sanctions');
    expect(readSearch(new URL(href).search)).toEqual({ query: 'oil', filters: { topics: 'Sanctions' } });
  });

  it('link a filter with no words', () => {
    expect(searchPagePath('', { people: 'Dmitry Peskov' })).toBe('/search/?person=Dmitry+Peskov');
  });
});

describe('parseQuery', () => {
  it('keeps quoted phrases together, straight or curly', () => {
    expect(parseQuery('"New START" treaty “price cap”')).toEqual([
      { text: 'New START', phrase: true },
      { text: 'treaty', phrase: false },
      { text: 'price cap', phrase: true },
    ]);
  });

  it('drops punctuation around words and empty quotes', () => {
    expect(parseQuery('  oil, "" (sanctions)? ')).toEqual([
      { text: 'oil', phrase: false },
      { text: 'sanctions', phrase: false },
    ]);
  });

  it('quotes phrases again for Pagefind', () => {
    expect(pagefindQuery(parseQuery('“New START” oil'))).toBe('"New START" oil');
  });
});

describe('hasTerm', () => {
  const word = (text: string) => ({ text, phrase: false });

  it('finds the word itself, its plural and possessive, in any case', () => {
    expect(hasTerm('Trump threatens tariffs.', word('Tariff'), 'en')).toBe(true);
    expect(hasTerm('the Kremlin’s answer', word('kremlin'), 'en')).toBe(true);
    expect(hasTerm('new sanctions', word('sanctions'), 'en')).toBe(true);
  });

  it('does not take a longer word for it', () => {
    expect(hasTerm('talks started on Friday', word('START'), 'en')).toBe(false);
    expect(hasTerm('a restart', word('start'), 'en')).toBe(false);
  });

  it('finds a phrase only whole and in order', () => {
    const phrase = { text: 'New START', phrase: true };
    expect(hasTerm('the New START treaty', phrase, 'en')).toBe(true);
    expect(hasTerm('a new deal, a start', phrase, 'en')).toBe(false);
  });

  it('adds no English endings in other languages', () => {
    expect(hasTerm('бібліотеки', word('бібліотек'), 'uk')).toBe(false);
    expect(hasTerm('нова бібліотека', word('бібліотека'), 'uk')).toBe(true);
  });
});

describe('a half-typed word’s matches', () => {
  it('are words that start with it, in any case and script, never a word that starts with less of it', () => {
    expect(hasWordStarting('Trump’s warm relations with Putin', 'war')).toBe(true);
    expect(hasWordStarting('Trump’s warm relations with Putin', 'PUT')).toBe(true);
    expect(hasWordStarting('the war in Ukraine', 'warhaeds')).toBe(false);
    expect(hasWordStarting('a sword', 'wor')).toBe(false);
    expect(hasWordStarting('Президент Зеленський', 'зелен')).toBe(true);
    expect(hasWordStarting('costs (a.b) rise', 'a.b')).toBe(true);
  });
});
