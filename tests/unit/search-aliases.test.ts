// Other spellings are rewritten into the text's spelling before searching, whole words only.
import { describe, expect, it } from 'vitest';
import { aliasMap, expandAliases } from '../../src/lib/search-aliases';
import { wholePhrase } from '../../src/lib/word-match';

/** Whether `text` has `term` whole, as aliases are found in a query (src/lib/word-match.ts). */
const mentions = (text: string, term: string) => wholePhrase(term)?.test(text) ?? false;

describe('a whole word or phrase (wholePhrase)', () => {
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

describe('aliasMap', () => {
  it('maps every other spelling, lower case, to the text’s spelling, across explainers', () => {
    const map = aliasMap([{ Zelenskyy: ['Zelensky', 'ZELENSKIY'] }, { Kyiv: ['Kiev'] }]);
    expect(map).toEqual({ zelensky: 'Zelenskyy', zelenskiy: 'Zelenskyy', kiev: 'Kyiv' });
  });

  it('drops blanks and spellings equal to the term', () => {
    expect(aliasMap([{ OPEC: ['opec', ' '] }])).toEqual({});
  });
});

describe('expandAliases', () => {
  const aliases = aliasMap([
    { Zelenskyy: ['Zelensky'], Kyiv: ['Kiev'], OPEC: ['Organization of the Petroleum Exporting Countries', 'Petroleum'] },
  ]);

  it('rewrites another spelling into the text’s, in any case, keeping the other words', () => {
    expect(expandAliases('zelensky talks in kiev', aliases)).toBe('Zelenskyy talks in Kyiv');
  });

  it('rewrites a whole phrase before a word inside it', () => {
    expect(expandAliases('organization of the  petroleum exporting countries', aliases)).toBe('OPEC');
  });

  it('leaves words that merely contain an alias alone', () => {
    expect(expandAliases('Kievan Rus', aliases)).toBe('Kievan Rus');
    expect(expandAliases('tariffs', aliases)).toBe('tariffs');
  });
});
