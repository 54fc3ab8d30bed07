// Excerpts re-cut to read well (search/excerpt.ts), and the topics and people a query names (namedBy).
import { describe, expect, it } from 'vitest';
import { readableExcerpt, type ExcerptPart } from '../../src/lib/search/excerpt';
import { namedBy, type SearchName } from '../../src/lib/search/data';

const text = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marks = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

/** Pagefind's window: words `from`..`to` of `content`, with `word` marked. */
function window(content: string, from: number, to: number, word: string): ExcerptPart[] {
  return content
    .split(/\s+/)
    .slice(from, to)
    .map((w, i, all) => ({ text: `${w}${i < all.length - 1 ? ' ' : ''}`, mark: w.replace(/\W+$/, '') === word }));
}

const CONTENT =
  'The war goes on. Europe has new sanctions ready. The G7 price cap on Russian oil stays where it was, officials said on Friday, and buyers in Asia have found ways around it. Nothing else changed.';

describe('readableExcerpt', () => {
  it('re-cuts a window that stops mid-phrase to the whole sentences around its first match', () => {
    const cut = readableExcerpt(window(CONTENT, 7, 14, 'cap'), CONTENT);
    expect(text(cut)).toBe('The G7 price cap on Russian oil stays where it was, officials said on Friday, and buyers in Asia have found ways around it. Nothing else changed.');
    expect(marks(cut)).toEqual(['cap']);
  });

  it('cuts a sentence longer than the budget to a window with an ellipsis where it stops short', () => {
    const cut = readableExcerpt(window(CONTENT, 7, 14, 'cap'), CONTENT, 'en', 8);
    expect(text(cut)).toBe('The G7 price cap on Russian oil stays …');
    expect(marks(cut)).toEqual(['cap']);
    const late = readableExcerpt(window(CONTENT, 20, 28, 'Asia'), CONTENT, 'en', 8);
    expect(text(late)).toMatch(/^… .*Asia/);
    expect(text(late).split(/\s+/).filter((w) => w !== '…').length).toBeLessThanOrEqual(8);
    expect(marks(late)).toEqual(['Asia']);
  });

  it('adds an ellipsis to a window it cannot find in the text, where it stops mid-sentence', () => {
    expect(text(readableExcerpt([{ text: 'price cap on Russian', mark: false }], 'Other text.'))).toBe('… price cap on Russian …');
  });
});

describe('namedBy', () => {
  const names: SearchName[] = [
    { name: 'Oil', url: '/topics/oil/', kind: 'topic', sections: 2 },
    { name: 'Sorcha Mulvaney', url: '/people/#sorcha-mulvaney', kind: 'person', sections: 3 },
  ];
  it('offers a topic named in full and a person by full name or surname, and nothing for part of a name', () => {
    expect(namedBy('oil', names).map((n) => n.url)).toEqual(['/topics/oil/']);
    expect(namedBy('Mulvaney', names).map((n) => n.url)).toEqual(['/people/#sorcha-mulvaney']);
    expect(namedBy('"sorcha mulvaney"', names).map((n) => n.url)).toEqual(['/people/#sorcha-mulvaney']);
    expect(namedBy('oil price', names)).toEqual([]);
    expect(namedBy('Sorcha', names)).toEqual([]);
  });
});
