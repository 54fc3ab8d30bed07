// The pieces of a paragraph the draft reasons about: its quotations (by where their marks are), its
// sentences (the site's one sentence rule, with a quotation never split), and its words with their
// positions, capitals and possessives, so names, roles and speakers are cut from the text word for word.
import { sentenceSpans, type SentenceSpan } from '../text/sentences';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** The quoted words run from `start` to `end` (the closing mark's index, or the paragraph's end). */
  start: number;
  end: number;
  /** Whether a closing mark ends it in this paragraph (a quotation may run on into the next). */
  closed: boolean;
}

/** Quotations in a paragraph: “curly” or "straight" double marks; single marks are apostrophes or quotes within quotes. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let mark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || c === '"')) {
      open = i;
      mark = c;
    } else if (open >= 0 && ((mark === '“' && c === '”') || (mark === '"' && c === '"'))) {
      spans.push({ open, start: open + 1, end: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, start: open + 1, end: text.length, closed: false });
  return spans;
}

/** Whether index `i` falls inside a quotation (marks included). */
export const inQuote = (spans: readonly QuoteSpan[], i: number) => spans.some((q) => i >= q.open && i <= (q.closed ? q.end : q.end - 1));

/** Sentences of a paragraph, with no break inside a quotation ("It will end the war. You can end the war,” he said.). */
export function sentencesAround(text: string, quotes: readonly QuoteSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of sentenceSpans(text)) {
    const previous = out.at(-1);
    const insideQuote = previous && quotes.some((q) => q.start < previous.end && previous.end <= q.end);
    // “… the contract price?” said Kristin Dahl: a quotation's own ? or ! does not end the sentence its speaker is in.
    const saidAfter = previous && /^\s*\p{Ll}/u.test(text.slice(span.start, span.end)) && quotes.some((q) => q.closed && q.end < previous.end && /[?!]$/.test(text.slice(q.start, q.end).trim()) && text.slice(q.end + 1, previous.end).trim() === '');
    if (previous && (insideQuote || saidAfter)) previous.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

export interface Token {
  /** The word without a possessive ending or a sentence's full stop. */
  text: string;
  start: number;
  end: number;
  capital: boolean;
  possessive: boolean;
}

/** Short forms whose full stop belongs to the word ("Sen.", "Jr.", "Inc."). */
const ABBREVIATIONS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Rev.', 'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Gov.', 'Lt.', 'Gen.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.',
  'Jr.', 'Sr.', 'St.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Bros.', 'Atty.', 'Amb.', 'Supt.', 'Det.',
]);

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|\.(?=\p{L}))*\.?/gu;

/** The words of a stretch of text, with positions in it. */
export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A full stop belongs to an abbreviation or dotted initials ("U.S.", "J."); otherwise it ends the sentence.
    if (word.endsWith('.') && !ABBREVIATIONS.has(word) && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const owned = /^(.+?)(?:['’]s|(?<=s)['’])$/u.exec(word);
    if (owned) {
      word = owned[1]!;
      possessive = true;
    } else word = word.replace(/['’-]+$/, '');
    out.push({ text: word, start: offset + m.index, end: offset + m.index + word.length, capital: /^\p{Lu}/u.test(word), possessive });
  }
  return out;
}
