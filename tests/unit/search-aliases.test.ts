// Other spellings are rewritten into the text's spelling before searching, whole words only.
import { describe, expect, it } from 'vitest';
import { aliasMap, expandAliases, searchAliasProblems } from '../../src/lib/search/aliases';
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

describe('expandAliases with hostile aliases', () => {
  it('rewrites in one pass: a replacement is never read again for other aliases', () => {
    // Each term holds the next alias twice: re-reading replacements doubled the query six times.
    const chain = aliasMap([{ 'b b': ['a'], 'c c': ['b'], 'd d': ['c'], 'e e': ['d'], 'f f': ['e'], 'g g': ['f'] }]);
    expect(expandAliases('a', chain)).toBe('b b');
    expect(expandAliases('a b f', chain)).toBe('b b c c g g');
  });

  it('does not double an alias that is part of its own term', () => {
    const own = aliasMap([{ 'Volodymyr Zelenskyy': ['Zelenskyy', 'Zelensky'] }]);
    expect(expandAliases('Volodymyr Zelenskyy', own)).toBe('Volodymyr Zelenskyy');
    expect(expandAliases('volodymyr  zelenskyy said', own)).toBe('volodymyr  zelenskyy said');
    expect(expandAliases('zelenskyy said', own)).toBe('Volodymyr Zelenskyy said');
    expect(expandAliases('Zelensky and Volodymyr Zelenskyy', own)).toBe('Volodymyr Zelenskyy and Volodymyr Zelenskyy');
  });

  it('keeps a spelling one text uses, even where another term lists it as an alias, so a cycle ends', () => {
    const cycle = aliasMap([{ Kyiv: ['Kiev'] }, { Kiev: ['Kyiv'], 'Kiev Rus': ['Kyivan Rus'] }]);
    expect(expandAliases('kiev kyiv kyivan rus', cycle)).toBe('kiev kyiv Kiev Rus');
  });

  it('writes a term with $ signs as it is, never as a replacement pattern', () => {
    const dollars = aliasMap([{ "A$'B": ['x'], 'C$&D': ['y'], '$1 $$ $`': ['z'] }]);
    expect(expandAliases('x y z.', dollars)).toBe("A$'B C$&D $1 $$ $`.");
  });

  it('treats an alias with pattern characters literally', () => {
    const odd = aliasMap([{ Kyiv: ['K.v', '(b)+'] }]);
    expect(expandAliases('kiv k.v (b)+', odd)).toBe('kiv Kyiv Kyiv');
  });

  it('matches case and Greek final sigma as a case-insensitive search does', () => {
    const greek = aliasMap([{ Οδυσσέας: ['ΟΔΥΣΣΕΥΣ'] }]);
    expect(expandAliases('οδυσσευς', greek)).toBe('Οδυσσέας');
    expect(expandAliases('ΟΔΥΣΣΕΥΣ', greek)).toBe('Οδυσσέας');
  });

  it('does bounded work with thousands of aliases and a long query', () => {
    // Rewriting once per alias took 35 s here at 20,000 terms; one pass takes well under a second.
    const many: Record<string, string[]> = {};
    for (let i = 0; i < 5_000; i++) many[`term${i} term${i}`] = [`alias${i}`, `other ${i} spelling`];
    const map = aliasMap([many]);
    const query = Array.from({ length: 2_000 }, (_, i) => `alias${i}`).join(' ');
    const started = performance.now();
    const expanded = expandAliases(query, map);
    expandAliases(query, map);
    expect(expanded.split(' ')).toHaveLength(4_000);
    expect(expanded.startsWith('term0 term0 term1 term1')).toBe(true);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('ignores an alias too long to be a spelling, so its length cannot multiply the work', () => {
    const huge = 'a '.repeat(20_000) + 'b';
    const map = aliasMap([{ X: [huge, 'a a a'] }]);
    const query = 'a '.repeat(20_000).trim();
    const started = performance.now();
    const expanded = expandAliases(query, map);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(expanded.startsWith('X X X')).toBe(true);
    expect(expandAliases(huge, map)).not.toBe('X');
  });
});

describe('searchAliasProblems', () => {
  it('names a term or an other spelling too long for search, by its field', () => {
    const long = 'very '.repeat(30) + 'long';
    const problems = searchAliasProblems({ Zelenskyy: ['Zelensky', long], [long]: ['short'] });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toEqual({ field: 'searchAliases.Zelenskyy', message: expect.stringMatching(/the other spelling "very very .*154 characters.*at most 120/) });
    expect(problems[1]!.field).toBe(`searchAliases.${long.slice(0, 40)}`);
    expect(problems[1]!.message).toMatch(/^the term/);
  });

  it('passes names and phrases of ordinary length', () => {
    expect(searchAliasProblems({ OPEC: ['Organization of the Petroleum Exporting Countries'] })).toEqual([]);
    expect(searchAliasProblems(undefined)).toEqual([]);
  });
});
