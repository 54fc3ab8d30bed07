// Aliases reach only the sections that use the term, and never echo the term itself.
import { describe, expect, it } from 'vitest';
import { aliasSentence, aliasesFor, highlightMap, mentions } from '../../src/lib/search-aliases';

describe('mentions', () => {
  it('finds a whole word, in any case', () => {
    expect(mentions('President Volodymyr Zelenskyy said', 'zelenskyy')).toBe(true);
  });

  it('does not find part of a longer word', () => {
    expect(mentions('OPECs', 'OPEC')).toBe(false);
    expect(mentions('Kyivan', 'Kyiv')).toBe(false);
  });

  it('finds a phrase across line breaks', () => {
    expect(mentions('the Arms\nControl Association', 'arms control')).toBe(true);
  });

  it('treats punctuation in a term literally', () => {
    expect(mentions('US–Russia relations', 'US–Russia')).toBe(true);
    expect(mentions('a (b) c', '(b)')).toBe(true);
  });
});

describe('aliasesFor', () => {
  const aliases = { Zelenskyy: ['Zelensky', 'Zelenskiy'], Kyiv: ['Kiev'], OPEC: ['opec', ' '] };

  it('keeps only the terms the section uses', () => {
    expect(aliasesFor('Trump criticized Volodymyr Zelenskyy on Thursday.', aliases)).toEqual([
      { term: 'Zelenskyy', also: ['Zelensky', 'Zelenskiy'] },
    ]);
  });

  it('is empty for a section that uses none of them', () => {
    expect(aliasesFor('Nuclear arms control.', aliases)).toEqual([]);
  });

  it('drops blanks and spellings equal to the term', () => {
    expect(aliasesFor('OPEC will meet.', aliases)).toEqual([]);
  });
});

describe('aliasSentence', () => {
  it('lists the other spellings without repeating the term', () => {
    const sentence = aliasSentence({ term: 'Zelenskyy', also: ['Zelensky', 'Zelenskiy'] });
    expect(sentence).toBe('Also written Zelensky or Zelenskiy.');
    expect(sentence).not.toContain('Zelenskyy');
  });
});

describe('highlightMap', () => {
  it('maps each alias, lower-cased, to the page spelling', () => {
    expect(highlightMap([{ term: 'Kyiv', also: ['Kiev', 'KIEW'] }])).toEqual({ kiev: 'Kyiv', kiew: 'Kyiv' });
  });
});
