// Spelling help for search: the words on the site closest to a word no section has, by
// Damerau-Levenshtein distance (a wrong, missing, extra or doubled letter, or two letters swapped,
// each one edit). Pure, so the browser and the tests share it; the vocabulary is built per language
// at build time (src/pages/search-data) and fetched only when a word of a query is on no page.
import { escapeRegExp, wholeWord } from '../word-match';

/** The site's words in one language, most frequent first, as the text spells them. */
export type Vocabulary = readonly string[];

/**
 * Edits between `a` and `b` (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may be from its suggestion: short words have many neighbours. */
export const allowedEdits = (word: string) => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

/**
 * The site's word closest to `word`, or undefined when none is within its allowed edits or the word
 * is itself on the site. Ties go to the more frequent word (earlier in the vocabulary).
 */
export function suggestWord(word: string, vocabulary: Vocabulary, locale?: string): string | undefined {
  const lower = word.toLocaleLowerCase(locale);
  const max = allowedEdits(lower);
  if (max === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const other = candidate.toLocaleLowerCase(locale);
    if (other === lower) return undefined;
    const distance = editDistance(lower, other, best ? Math.min(max, best.distance - 1) : max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/**
 * The query with each of `missing` (words no section has) replaced by its suggestion, or undefined
 * when none of them has one. Words that were found stay as typed.
 */
export function correctQuery(query: string, missing: readonly string[], vocabulary: Vocabulary, locale?: string): string | undefined {
  let corrected = query;
  let changed = false;
  for (const word of missing) {
    if (/\s/.test(word)) continue;
    const suggestion = suggestWord(word, vocabulary, locale);
    if (!suggestion) continue;
    corrected = corrected.replace(wholeWord(escapeRegExp(word), 'u'), suggestion);
    changed = true;
  }
  return changed ? corrected : undefined;
}

/** The words of `text` for a vocabulary: letters (and digits inside words), at least three characters. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}][\p{L}\p{M}\p{N}’'-]*[\p{L}\p{N}]/gu) ?? []).map((w) => w.replace(/(?:’s|'s)$/u, ''));
}

/**
 * A vocabulary from texts: each word once, in the spelling it most often has, most frequent first
 * (ties alphabetical, so builds are reproducible).
 */
export function buildVocabulary(texts: Iterable<string>, locale?: string): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length < 3) continue;
      const key = word.toLocaleLowerCase(locale);
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const entries = [...counts.values()].map((forms) => {
    const sorted = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { word: sorted[0]![0], count: sorted.reduce((n, [, c]) => n + c, 0) };
  });
  return entries.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)).map((e) => e.word);
}
