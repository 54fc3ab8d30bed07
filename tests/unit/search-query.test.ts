// The search page's URL is the search: these rules decide what a shared link opens.
import { describe, expect, it } from 'vitest';
import { highlightTerms, readQuery, searchPagePath, withQuery } from '../../src/lib/search-query';
import { isSearchShortcut } from '../../src/lib/search-shortcut';

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

describe('withQuery', () => {
  it('sets q and keeps the rest of the URL', () => {
    expect(withQuery('https://site.test/search/?lang=en#top', 'oil')).toBe('https://site.test/search/?lang=en&q=oil#top');
  });

  it('replaces an earlier query', () => {
    expect(withQuery('https://site.test/search/?q=oil', 'tariffs')).toBe('https://site.test/search/?q=tariffs');
  });

  it('removes q when the box is emptied', () => {
    expect(withQuery('https://site.test/search/?q=oil', '   ')).toBe('https://site.test/search/');
  });

  it('encodes markup so it stays text', () => {
    expect(withQuery('https://site.test/search/', '<b>')).toBe('https://site.test/search/?q=%3Cb%3E');
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

describe('highlightTerms', () => {
  const aliases = { zelensky: 'Zelenskyy', kiev: 'Kyiv' };

  it('adds the page spelling of a searched alias', () => {
    expect(highlightTerms(['Zelensky'], aliases)).toEqual(['Zelenskyy']);
    expect(highlightTerms(['talks kiev'], aliases)).toEqual(['Kyiv']);
  });

  it('adds nothing for words that are not aliases', () => {
    expect(highlightTerms(['tariffs'], aliases)).toEqual([]);
  });
});
