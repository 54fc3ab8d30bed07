// Spelling help is pure: edit distance, the closest site word, a corrected query, a vocabulary.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, editDistance, suggestWord, wordsOf } from '../../src/lib/search/spelling';

describe('editDistance', () => {
  it('counts a wrong, missing, extra or doubled letter as one edit', () => {
    expect(editDistance('peskof', 'peskov')).toBe(1);
    expect(editDistance('ukrane', 'ukraine')).toBe(1);
    expect(editDistance('kremllin', 'kremlin')).toBe(1);
    expect(editDistance('warheds', 'warheads')).toBe(1);
  });

  it('counts two letters swapped as one edit (Damerau)', () => {
    expect(editDistance('nucelar', 'nuclear')).toBe(1);
    expect(editDistance('zelenksyy', 'zelenskyy')).toBe(1);
  });

  it('adds edits up, and stops counting past the limit', () => {
    expect(editDistance('tarrifs', 'tariffs')).toBe(2);
    expect(editDistance('zelenksy', 'zelenskyy')).toBe(2);
    expect(editDistance('oil', 'sanctions', 2)).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggestWord', () => {
  const vocabulary = ['the', 'sanctions', 'Peskov', 'nuclear', 'Moscow', 'tariffs', 'tariff', 'oil', 'Zelenskyy', 'Kremlin'];

  it('suggests the closest site word, keeping the site’s spelling', () => {
    expect(suggestWord('sanctons', vocabulary)).toBe('sanctions');
    expect(suggestWord('peskof', vocabulary)).toBe('Peskov');
    expect(suggestWord('Zelenksy', vocabulary)).toBe('Zelenskyy');
    expect(suggestWord('Moskow', vocabulary)).toBe('Moscow');
  });

  it('prefers fewer edits, then the more frequent word', () => {
    expect(suggestWord('tarrif', vocabulary)).toBe('tariff');
    expect(suggestWord('tarifs', ['tariffs', 'tariff'])).toBe('tariffs');
  });

  it('suggests nothing for a word that is on the site, nor for one too far from any', () => {
    expect(suggestWord('Kremlin', vocabulary)).toBeUndefined();
    expect(suggestWord('xylophone', vocabulary)).toBeUndefined();
  });

  it('allows fewer edits for short words, none below four letters', () => {
    expect(suggestWord('oul', vocabulary)).toBeUndefined();
    expect(suggestWord('tge', vocabulary)).toBeUndefined();
    expect(suggestWord('nuke', ['nuclear', 'duke'])).toBe('duke');
  });
});

describe('correctQuery', () => {
  const vocabulary = ['oil', 'sanctions', 'Russia', 'price', 'cap'];

  it('replaces only the words no section has', () => {
    expect(correctQuery('Russia sanctons', ['sanctons'], vocabulary)).toBe('Russia sanctions');
  });

  it('is undefined when nothing can be corrected', () => {
    expect(correctQuery('xylophone', ['xylophone'], vocabulary)).toBeUndefined();
  });
});

describe('buildVocabulary', () => {
  it('lists each word once, most frequent first, in its most common spelling', () => {
    expect(buildVocabulary(['Oil and oil prices', 'OIL, Putin’s oil', 'prices'])).toEqual(['oil', 'prices', 'Putin', 'and']);
  });

  it('reads words in any script, without possessives', () => {
    expect(wordsOf('Бібліотека Тихоріччя, Putin’s 2025 plan')).toEqual(['Бібліотека', 'Тихоріччя', 'Putin', 'plan']);
  });
});
