// Finding a word or phrase whole in any script: the one rule that names, other spellings, search
// summaries and spelling help share, so "Kyiv" never matches inside "Kyivan" in one place and does in another.

/** `text` with every character a regular expression treats specially escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a word starts: no letter or digit right before. */
const WORD_START = '(?<![\\p{L}\\p{N}])';

/** `source` (a regular expression) matched only whole: no letter or digit right before or after it. */
export function wholeWord(source: string, flags: string): RegExp {
  return new RegExp(`${WORD_START}${source}(?![\\p{L}\\p{N}])`, flags);
}

/** `source` matched at the start of a word, whatever follows it (a half-typed word's matches). */
export function wordStart(source: string, flags: string): RegExp {
  return new RegExp(`${WORD_START}${source}`, flags);
}

/** `term` as a whole word or phrase, any run of white space between its words; undefined when blank. */
export function wholePhrase(term: string, flags = 'iu'): RegExp | undefined {
  const words = term.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  return words.length > 0 ? wholeWord(words.join('\\s+'), flags) : undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` holds `term` whole, exactly as written: what wholeWord(escapeRegExp(term), 'u') finds,
 * by indexOf and one shared pattern, since making a Unicode pattern per term costs a millisecond each
 * (10,000 cards against every text node of a section).
 */
export function containsWhole(text: string, term: string): boolean {
  if (!term) return false;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at > 0 ? [...text.slice(Math.max(0, at - 2), at)].pop()! : '';
    const next = text.codePointAt(at + term.length);
    const after = next === undefined ? '' : String.fromCodePoint(next);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}
