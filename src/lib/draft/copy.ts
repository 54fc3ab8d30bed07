// Reads a news story as an editor pastes it: the headline on the first line, then the byline, outlet,
// date and address where the copy has them, then the story in blank-line-separated blocks. Each block is
// told apart as reporting, a subhead, a photo caption with its credit, or wire-copy furniture (contributor,
// copyright and "Read more" lines), so later steps split and mark the reporting alone.

import { classifyLine, photoNote } from '../content/source-furniture';

export interface StoryMeta {
  byline?: string;
  outlet?: string;
  /** The date as the copy writes it, and as a calendar day. */
  date?: { text: string; iso: string };
  url?: string;
}

export interface PhotoNote {
  caption: string;
  credit: string;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subhead'; text: string }
  | { kind: 'photo'; photos: PhotoNote[] }
  | { kind: 'furniture'; text: string; what: 'contributor' | 'copyright' | 'read-more' | 'separator' };

export interface ParsedCopy {
  headline: string;
  meta: StoryMeta;
  blocks: Block[];
  /** "WASHINGTON (AP) — ", "MILLBROOK, Vt. — ": the dateline opening the first paragraph, which stays in its text. */
  dateline?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'i');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A calendar day written in a line of copy ("January 24, 2025", "Jan. 24, 2025", "24 January 2025", "2025-01-24"). */
export function dateIn(line: string): { text: string; iso: string } | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const make = (text: string, year: string, month: number, day: string) => {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : { text, iso };
  };
  const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  let m = MONTH_DAY_YEAR.exec(line);
  if (m) return make(m[0], m[3]!, monthOf(m[1]!), m[2]!);
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return make(m[0], m[3]!, monthOf(m[2]!), m[1]!);
  m = ISO_DAY.exec(line);
  if (m) return make(m[0], m[1]!, Number(m[2]), m[3]!);
  return undefined;
}

const URL_LINE = /^(?:(?:url|source|link|originally published at)\s*:\s*)?(https?:\/\/\S+|www\.\S+)$/i;
/** "By" as bylines in other languages open: Spanish and Portuguese, French, German, Dutch, Scandinavian, Polish, Ukrainian. */
const BYLINE = /^(?:by|por|par|von|door|av|af|przez|від)\s+\p{Lu}/iu;
const words = (line: string) => line.trim().split(/\s+/).filter(Boolean);

/** Lines that may stand between the headline and the story. */
function metaLine(line: string): keyof StoryMeta | undefined {
  const text = line.trim();
  if (URL_LINE.test(text)) return 'url';
  if (BYLINE.test(text) && words(text).length <= 16 && !/[.!?]["”]?$/.test(text.replace(/\b(?:Jr|Sr|[A-Z])\.$/, ''))) return 'byline';
  // A dateline of its own: the date with at most a few words around it ("Updated 3:14 PM EST, January 24, 2025").
  if (dateIn(text) && words(text).length <= 10 && text.length <= 70) return 'date';
  // An outlet: a short name in capitals ("The Associated Press", "ABC News", "Reuters").
  if (words(text).length <= 5 && /^(?:The\s+)?\p{Lu}/u.test(text) && !/[.,;:!?”"]$/.test(text) && words(text).every((w) => /^(?:\p{Lu}|&|of|the|and|for)/u.test(w))) return 'outlet';
  return undefined;
}

/** A photo credit as news copy writes it: "Carlos Barria/Reuters", "Ramil Sitdikov, Pool via Sputnik via Reuters", "AP Photo/Evan Vucci". */
export function isCredit(line: string): boolean {
  const text = line.trim();
  if (!text || words(text).length > 12 || /[.!?;:]["”]?$/.test(text) || /^[“"]/.test(text)) return false;
  return /\p{L}\s*\/\s*\p{Lu}/u.test(text) || /\b(?:AP Photo|Getty Images|Reuters|AFP|EPA|Pool|via|Bloomberg|Shutterstock|Photo(?:graph)?:|Credit:|[Cc]ourtesy)/.test(text);
}

/** Wire-copy furniture: lines that travel with a story but are not its reporting, by the content check's own rule. */
export function furnitureKind(text: string): 'contributor' | 'copyright' | 'read-more' | 'separator' | undefined {
  const line = classifyLine(text);
  return line.kind === 'contributors' ? 'contributor' : line.kind === 'copyright' || line.kind === 'read-more' || line.kind === 'separator' ? line.kind : undefined;
}

/** A subhead: a short line of its own that reads as a heading, not a sentence of reporting. */
export function isSubhead(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || !t || t.length > 80 || words(t).length > 10) return false;
  if (/[.,;:]["”’]?$/.test(t) || /^[“"‘'(\-–—•*]/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return !isCredit(t) && !furnitureKind(t) && !/\bsaid\b/.test(t);
}


/** Splits pasted copy into its headline, the lines about it, and blocks of story. */
export function parseCopy(input: string): ParsedCopy {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = text.split(/\n[ \t]*\n/).map((c) => c.trim()).filter(Boolean);
  const first = (chunks.shift() ?? '').split('\n').map((l) => l.trim());
  const headline = first.shift() ?? '';
  const meta: StoryMeta = {};
  // Header lines may follow the headline in its own block or in blocks of their own.
  const takeMeta = (lines: string[]): boolean => {
    const kinds = lines.map(metaLine);
    if (kinds.some((k, i) => !k || (meta[k] !== undefined && k !== 'date') || kinds.indexOf(k) !== i)) return false;
    lines.forEach((line, i) => {
      const kind = kinds[i]!;
      const value = line.trim();
      if (kind === 'date') {
        const date = dateIn(value);
        if (date && !meta.date) meta.date = date;
      } else if (kind === 'url') meta.url = URL_LINE.exec(value)![1]!;
      else meta[kind] = value;
    });
    return true;
  };
  if (first.length > 0 && !takeMeta(first)) chunks.unshift(first.join('\n'));
  while (chunks.length > 0 && takeMeta(chunks[0]!.split('\n'))) chunks.shift();

  const blocks: Block[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const next = chunks[i + 1];
    const furniture = furnitureKind(chunk);
    if (furniture && !chunk.includes('\n\n')) {
      blocks.push({ kind: 'furniture', text: chunk, what: furniture });
      continue;
    }
    // A caption block, then a credit block: photos side by side are written "a | b" in both.
    if (next !== undefined && !next.includes('\n')) {
      const credits = next.split(' | ');
      const captions = chunk.split(' | ');
      if (credits.every(isCredit) && captions.length === credits.length) {
        blocks.push({ kind: 'photo', photos: captions.map((caption, j) => ({ caption: caption.trim(), credit: credits[j]!.trim() })) });
        i++;
        continue;
      }
    }
    // Or caption and credit on one line: "Photo: A closed sign on the clinic door. Jonas Pike/Agency".
    const note = photoNote(chunk);
    if (note && isCredit(note.credit)) {
      blocks.push({ kind: 'photo', photos: [note] });
      continue;
    }
    blocks.push(isSubhead(chunk) ? { kind: 'subhead', text: chunk } : { kind: 'paragraph', text: chunk });
  }

  const lede = blocks.find((b) => b.kind === 'paragraph');
  // The dateline by the content check's own rule, so the draft and the check never disagree on it.
  const opening = lede ? classifyLine(lede.text, true) : undefined;
  const dateline = opening?.kind === 'dateline' ? opening.dateline : undefined;
  // A dateline with its year ("PARIS, Nov 12, 2026 (AFP) -") dates a story that has no date line of its own.
  const datelineDate = dateline ? dateIn(dateline) : undefined;
  if (!meta.date && datelineDate) meta.date = datelineDate;
  // Without an outlet line, the copyright line names the publisher word for word ("Copyright 2025 The Associated Press.").
  if (!meta.outlet) {
    const copyright = blocks.find((b): b is Extract<Block, { kind: 'furniture' }> => b.kind === 'furniture' && b.what === 'copyright');
    const notice = copyright ? classifyLine(copyright.text) : undefined;
    if (notice?.kind === 'copyright') meta.outlet = notice.holder;
  }
  // Without either, the agency the dateline names in brackets ("OSLO, Feb 4 (Nordic Business Wire) -").
  const agency = dateline ? /\(([^()]+)\)/.exec(dateline)?.[1] : undefined;
  if (!meta.outlet && agency) meta.outlet = agency;
  return { headline, meta, blocks, ...(dateline ? { dateline } : {}) };
}
