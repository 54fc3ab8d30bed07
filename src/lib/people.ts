// People and organisations the report names: ids for anchors and popovers, and finding names in text.
import { containsWhole, escapeRegExp, wholeWord } from './word-match';
import { slug } from './slugs';

export interface Card {
  name: string;
  kind: 'person' | 'organisation';
  role?: string | undefined;
  /** The editors' own words on who this is, shown beside the role (marked as theirs). */
  description?: string | undefined;
  namedAs: string[];
}

/** "Donald Trump" -> "donald-trump": the person's page (/people/donald-trump/) and popover id. A name of
 * digits alone ("1917") gets a suffix, so its page never takes the place of a page of the people index (/people/2/). */
export function personId(name: string): string {
  const id = slug(name);
  return /^\d+$/.test(id) ? `${id}-name` : id;
}

/** The popover card's id inside a section; <Mention> and the card agree through this. */
export function cardId(name: string): string {
  return `person-${personId(name)}`;
}

/** The words that count as naming a card: how the report writes it, and the full name. */
export function namesFor(card: Pick<Card, 'name' | 'namedAs'>): string[] {
  return [...new Set([card.name, ...card.namedAs])];
}

/** Whether `text` names `term` as a whole word ("Trump’s" names Trump; "Trumpet" does not). */
export function names(text: string, term: string): boolean {
  return containsWhole(text, term);
}

/** Where `text` first names `term` as a whole word, or -1. */
export function nameAt(text: string, term: string): number {
  return text.search(wholeWord(escapeRegExp(term), 'u'));
}

export interface SentencePart {
  text: string;
  /** Whether these are the quoted words, which the card sets apart. */
  quoted: boolean;
}

/** A sentence cut around the quoted words it holds, in order, so a card can set them apart. */
export function quotedParts(sentence: string, quotes: readonly string[]): SentencePart[] {
  const parts: SentencePart[] = [];
  let at = 0;
  for (const quote of quotes) {
    const start = quote ? sentence.indexOf(quote, at) : -1;
    if (start < 0) continue;
    if (start > at) parts.push({ text: sentence.slice(at, start), quoted: false });
    parts.push({ text: quote, quoted: true });
    at = start + quote.length;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), quoted: false });
  return parts;
}

/** Quotes grouped by the sentence they sit in, in reading order: two words from one sentence show it once. */
export function bySentence<Q extends { sentence: string; text: string }>(quotes: readonly Q[]): { sentence: string; quotes: Q[] }[] {
  const out: { sentence: string; quotes: Q[] }[] = [];
  for (const q of quotes) {
    const last = out.at(-1);
    if (last?.sentence === q.sentence) last.quotes.push(q);
    else out.push({ sentence: q.sentence, quotes: [q] });
  }
  return out;
}
