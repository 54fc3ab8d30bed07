// Excerpts that read: Pagefind cuts a fixed window of words around the matches ("…The G7 price cap on
// Russian"), so the window is found again in the page's text and re-cut to whole sentences around its
// first match when they fit in a budget of words, else to a window of words inside that sentence with
// an ellipsis wherever it stops short. Pure, so the browser and the tests share it.
import { sentenceSpans, type SentenceSpan } from '../text/sentences';

/** A run of an excerpt's text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Whole sentences are preferred up to this many words; a longer sentence is cut to a window this long. */
export const EXCERPT_WORDS = 30;
/** Words kept before the first match when a long sentence must be cut. */
const LEAD_WORDS = 6;
const ELLIPSIS = '…';

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokensOf = (text: string): Token[] => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** A word as matched: lower case, without the punctuation around it ("Kowalczyk," -> "kowalczyk"). */
const bare = (word: string, locale?: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase(locale);

/** `text` as parts, each word whose bare form `marked` accepts a mark. */
export function markWords(text: string, marked: (word: string) => boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (!piece) continue;
    const mark = /\S/.test(piece) && marked(piece);
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += piece;
    else parts.push({ text: piece, mark });
  }
  return parts;
}

/** The last text's words and sentences: a result's excerpt and its headings' passages share one text. */
let last: { content: string; lang: string; tokens: Token[]; spans: SentenceSpan[] } | undefined;
function cut(content: string, lang: string) {
  if (last?.content !== content || last.lang !== lang) last = { content, lang, tokens: tokensOf(content), spans: sentenceSpans(content, lang) };
  return last;
}

/** Pagefind's own window, not found in the page: an ellipsis where it starts or stops mid-sentence. */
function withEllipses(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const out = [...parts];
  const text = out.map((p) => p.text).join('').trim();
  if (!text) return out;
  if (/^\p{Ll}/u.test(text)) out.unshift({ text: `${ELLIPSIS} `, mark: false });
  if (!/[.!?…]["'”’)]*$/u.test(text)) out.push({ text: ` ${ELLIPSIS}`, mark: false });
  return out;
}

/** Where the excerpt's words sit in the page's words, or -1. */
function locate(tokens: Token[], words: string[]): number {
  if (words.length === 0) return -1;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j]!.text !== words[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Pagefind's excerpt `parts`, re-cut from the page's `content`: the sentence with the first match,
 * with the sentences after it (then before it) while the whole stays within `budget` words; a sentence
 * longer than that is cut to a window of words with "…" where it stops short. The words Pagefind
 * marked are marked again. An excerpt not found in the content is returned as it came.
 */
export function readableExcerpt(parts: readonly ExcerptPart[], content: string, lang = 'en', budget = EXCERPT_WORDS): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const words = text.split(/\s+/).filter(Boolean);
  const { tokens, spans } = cut(content, lang);
  const at = locate(tokens, words);
  if (at === -1) return withEllipses(parts);
  const marked = new Set(parts.filter((p) => p.mark).flatMap((p) => p.text.split(/\s+/)).map((w) => bare(w, lang)).filter(Boolean));
  // The first marked word of the window, or its start when nothing is marked.
  let first = at;
  for (let i = at; i < at + words.length; i++) {
    if (marked.has(bare(tokens[i]!.text, lang))) {
      first = i;
      break;
    }
  }
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.end > offset);
  /** The tokens of sentence `s`: [from, to). */
  const range = (s: number) => {
    const from = tokenAt(spans[s]!.start);
    const next = spans[s + 1] ? tokenAt(spans[s + 1]!.start) : tokens.length;
    return { from, to: next === -1 ? tokens.length : next };
  };
  const home = spans.findIndex((s) => s.start <= tokens[first]!.start && tokens[first]!.start < s.end);
  if (home === -1) return withEllipses(parts);
  let { from, to } = range(home);
  let window: { from: number; to: number; before: boolean; after: boolean };
  // A run of text with no full stop (a photo credit, a list item) is not a sentence to add.
  const ends = (s: number) => /[.!?…]["'”’)\]]*\s*$/u.test(content.slice(spans[s]!.start, spans[s]!.end));
  if (to - from <= budget) {
    // Whole sentences: the next ones, then the ones before, while they fit.
    for (let s = home + 1; s < spans.length; s++) {
      const r = range(s);
      if (r.to - from > budget || !ends(s)) break;
      to = r.to;
    }
    for (let s = home - 1; s >= 0; s--) {
      const r = range(s);
      if (to - r.from > budget || !ends(s)) break;
      from = r.from;
    }
    window = { from, to, before: false, after: false };
  } else {
    // A long sentence: a window inside it, a few words before the match and the rest after.
    const start = Math.max(from, Math.min(first - LEAD_WORDS, to - budget));
    const end = Math.min(to, start + budget);
    window = { from: start, to: end, before: start > from, after: end < to };
  }
  const body = content.slice(tokens[window.from]!.start, tokens[window.to - 1]!.end);
  const out = markWords(body, (word) => marked.has(bare(word, lang)));
  if (window.before) out.unshift({ text: `${ELLIPSIS} `, mark: false });
  if (window.after) out.push({ text: ` ${ELLIPSIS}`, mark: false });
  return out;
}
