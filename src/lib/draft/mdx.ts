// Writes the draft's text as MDX that reads word for word: every character MDX or Markdown would take as
// markup is escaped with a backslash (the content check parses it back to the same text), quotations are
// wrapped in <Quote by>, first mentions in <Mention of>, and photos become <Photo> notes.
import { escapeRegExp, wholeWord } from '../word-match';
import type { PhotoNote } from './copy';

/** A stretch of a paragraph to wrap: quoted words, or a first mention, by index in the paragraph. */
export interface Mark {
  kind: 'Quote' | 'Mention';
  start: number;
  end: number;
  name: string;
}

/** Characters that would become markup or code anywhere in a line. */
const INLINE = /[\\<>{}*_[\]`~|]|&(?=#?[A-Za-z0-9]+;)/g;

/** Text escaped so MDX shows it as it is: `<`, `{`, `}` never open JSX or code, Markdown signs stay signs. */
export function escapeText(text: string, atLineStart: boolean): string {
  let out = text.replace(INLINE, (c) => `\\${c}`);
  if (!atLineStart) return out;
  // At a line's start: headings, lists, block quotes and thematic breaks.
  out = out.replace(/^(\s*)(#|[-+]|=)(?=\s|$|#|=|-)/, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** A paragraph with its marks, escaped; marks are nested (a mention inside a quote) or apart. */
export function renderParagraph(text: string, marks: readonly Mark[]): string {
  const opens = new Map<number, Mark[]>();
  const closes = new Map<number, Mark[]>();
  for (const m of marks) {
    opens.set(m.start, [...(opens.get(m.start) ?? []), m]);
    closes.set(m.end, [...(closes.get(m.end) ?? []), m]);
  }
  let out = '';
  let from = 0;
  const cuts = [...new Set([...opens.keys(), ...closes.keys(), text.length])].sort((a, b) => a - b);
  for (const cut of cuts) {
    out += escapeLines(text.slice(from, cut), from === 0 || text[from - 1] === '\n');
    // Inner marks close first, outer marks open first.
    for (const m of (closes.get(cut) ?? []).sort((a, b) => b.start - a.start)) out += `</${m.kind}>`;
    for (const m of (opens.get(cut) ?? []).sort((a, b) => b.end - a.end)) out += `<${m.kind} ${m.kind === 'Quote' ? 'by' : 'of'}=${attr(m.name)}>`;
    from = cut;
  }
  return out;
}

function escapeLines(text: string, atLineStart: boolean): string {
  return text
    .split('\n')
    .map((line, i) => escapeText(i === 0 ? line : line.trimStart(), i > 0 || atLineStart))
    .join('\n');
}

/** A JSX attribute value written out: "text", or {"text"} when it holds a straight double quote. */
export function attr(value: string): string {
  return value.includes('"') ? `{${JSON.stringify(value)}}` : `"${value}"`;
}

/** One photo note, or several side by side in a <PhotoGroup>, as the source shows them. */
export function renderPhotos(photos: readonly PhotoNote[]): string {
  const one = (p: PhotoNote) => `<Photo\n  caption=${attr(p.caption)}\n  credit=${attr(p.credit)}\n/>`;
  return photos.length === 1 ? one(photos[0]!) : `<PhotoGroup>\n${photos.map(one).join('\n')}\n</PhotoGroup>`;
}

/** Where `term` first appears whole in `text` from `from` on, or -1. */
export function findTerm(text: string, term: string, from = 0): number {
  const re = wholeWord(escapeRegExp(term), 'gu');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/** A YAML scalar in double quotes (JSON's string syntax is YAML's). */
export const yamlString = (value: string) => JSON.stringify(value);
