// The scaling benchmark's corpus: valid content the real pipeline accepts, the same on every run, and
// text with news prose's statistics (Zipf-like word frequencies over thousands of words), not a word list.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus.mjs';
import { checkContent } from '../../src/lib/content-check';

const write = (sections: number) => {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  return { root, corpus: writeCorpus(root, { sections }) };
};

/** Every file under root, path -> text. */
const files = (root: string) =>
  Object.fromEntries(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('the benchmark corpus', () => {
  const { root, corpus } = write(60);
  const texts = files(root);

  it('passes the content check, one index.mdx per ten sections', () => {
    expect(checkContent(root).problems).toEqual([]);
    expect(corpus.explainers).toBe(6);
    expect(Object.keys(texts).filter((f) => f.endsWith('index.mdx'))).toHaveLength(6);
  });

  it('is the same on every run', () => {
    const again = write(60);
    expect(files(again.root)).toEqual(texts);
    expect(again.corpus).toEqual(corpus);
  });

  it('has Zipf-like word frequencies over thousands of words, and queries that find sections', () => {
    const counts = new Map<string, number>();
    for (const text of Object.values(texts)) for (const w of text.split('---').slice(2).join('').toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const byRank = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(3000);
    // Rank × frequency stays within a factor of three from rank 1 to rank 1,000 (1/r); a flat list would grow it a thousandfold.
    const product = (rank: number) => rank * byRank[rank - 1]!;
    expect(product(1000) / product(1)).toBeGreaterThan(1 / 3);
    expect(product(1000) / product(1)).toBeLessThan(3);
    const [rare] = corpus.inSections.rare;
    const [common] = corpus.inSections.common;
    expect(rare).toBeGreaterThanOrEqual(1);
    expect(rare).toBeLessThanOrEqual(3);
    // The common word is in over a third of the sections, as "government" would be.
    expect(common).toBeGreaterThan(60 / 3);
    expect(corpus.queries.twoWords.split(' ')).toHaveLength(2);
  });
});
