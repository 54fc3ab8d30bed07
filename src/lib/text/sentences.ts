// Where sentences start and end in running text: Intl.Segmenter in the text's language, less the
// breaks it makes after abbreviations that news copy uses mid-sentence ("Sen. Lisa Murkowski",
// "U.S. officials", "Jan. 6", "No. 2"). Every place that splits text into sentences uses this one rule.
import { segmenter } from './intl';

export interface SentenceSpan {
  /** Index of the sentence's first character in the text. */
  start: number;
  /** Index just past its last character, trailing white space included (as the segmenter gives it). */
  end: number;
}

/**
 * Titles and short forms that stand before a name or a number in news copy, so a full stop after them
 * never ends a sentence. Compared case-sensitively on the word before the stop.
 */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Fr', 'Sr', 'Jr', 'St', 'Mt', 'Ft',
  'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Pres', 'Hon',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  'Ave', 'Blvd', 'Rd', 'Corp', 'Co', 'Inc', 'Ltd', 'Bros', 'vs', 'etc', 'approx', 'e.g', 'i.e',
]);

/** Short forms that stand before a number only ("No. 2", "Nos. 3 and 4", "Art. 5"): elsewhere "no." ends a sentence. */
const BEFORE_NUMBER = new Set(['No', 'Nos', 'no', 'Art', 'art', 'Vol', 'vol', 'p', 'pp', 'Fig', 'fig']);

/** The word just before a full stop, with any dotted initials ("U.S", "D.C", "J"): at most 16 characters are read. */
const WORD_BEFORE_STOP = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.["'”’)\]]*\s*$/u;

/** Whether a break the segmenter made after `before` (the text up to the break) is an abbreviation's, not a sentence's. */
function isAbbreviationBreak(before: string, after: string): boolean {
  const word = WORD_BEFORE_STOP.exec(before.slice(-16))?.[1];
  if (!word) return false;
  // Closing punctuation after the stop ("… said the U.S.”) means the sentence did end there.
  if (!/\.\s*$/.test(before)) return false;
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\s*\d/.test(after);
  // Dotted initials ("U.S.", "D.C.", "J.") go on into a name or noun; a lower-case word after them also says so.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) || /^\p{Lu}$/u.test(word)) return true;
  return /^\s*\p{Ll}/u.test(after);
}

/** The sentences of a text, in order, covering it whole: Intl.Segmenter less abbreviation breaks. Linear in the text. */
export function sentenceSpans(text: string, lang = 'en'): SentenceSpan[] {
  const sentences = segmenter(lang, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const { index, segment } of sentences.segment(text)) {
    const end = index + segment.length;
    if (end < text.length && isAbbreviationBreak(text.slice(Math.max(start, end - 24), end), text.slice(end, end + 8))) continue;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

/** The sentences of a text, trimmed, empty ones left out. */
export function sentencesOf(text: string, lang = 'en'): string[] {
  return sentenceSpans(text, lang)
    .map(({ start, end }) => text.slice(start, end).trim())
    .filter(Boolean);
}
