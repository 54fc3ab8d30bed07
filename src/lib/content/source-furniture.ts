// Lines of a source copy that are not reporting but the wire's furniture: a dateline before the first
// paragraph ("WASHINGTON (AP) — "), a contributor line, a copyright notice, "Read more: …" pointers.
// Pure and conservative: a line is furniture only when it has one of these shapes whole; a line that
// looks like one but is not quite is "unsure", so the content check can name it instead of guessing.

export type SourceLine =
  /** Reporting: the site must carry it word for word. */
  | { kind: 'reporting'; text: string }
  /** The first paragraph with its dateline taken off: `text` is the reporting that follows. */
  | { kind: 'dateline'; dateline: string; text: string }
  /** "Associated Press writer Jane Doe contributed to this report.": a credit, shown as it is. */
  | { kind: 'contributors'; text: string }
  /** "Copyright 2025 The Associated Press. All rights reserved.": a credit, shown as © year holder. */
  | { kind: 'copyright'; text: string; year: string; holder: string }
  /** "By Jane Doe and John Roe": the original's byline, credited from index.mdx's source.byline. */
  | { kind: 'byline'; text: string }
  /** "Read more: …", "READ MORE: …": a pointer to other pages of the original's site. */
  | { kind: 'read-more'; text: string }
  /** "___", "---", "* * *", "# # #": a rule between the story and its end notes, no words at all. */
  | { kind: 'separator'; text: string }
  /** Looks like furniture of `like`'s kind, but not in a shape the check knows: someone must say. */
  | { kind: 'unsure'; text: string; like: 'dateline' | 'contributors' | 'copyright' | 'read-more' };

/** What the credit area shows from a source's furniture, word for word. */
export interface SourceCredits {
  /** Contributor lines, as the source gives them. */
  contributors: string[];
  /** The copyright notice's year and holder ("2025", "The Associated Press"). */
  copyright?: { year: string; holder: string };
}

// A dash the wires put after a dateline: em dash, en dash, or two hyphens.
const DASH = '(?:—|–|--)';
// PLACE, Region (AGENCY) — : the place in capitals, an optional region and agency, then the dash.
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}`;
const REGION = String.raw`(?:, \p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2})?`;
// Reuters and AFP date the line: "OSLO, Nov 18 (Reuters) - ", some with the year: "PARIS, Nov 12, 2026 (AFP) - ";
// in other languages the day comes first: "VALENCIA, 3 dic (EFE) - ", "ЛЬВІВ, 2 грудня (Укрінформ) - ".
const DAY = String.raw`(?:,? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Ll}{3,10}\.?)(?:, \d{4})?)?`;
const AGENCY = String.raw`\([\p{Lu}][\p{L}\p{N} .&-]{0,19}\)`;
// Without an agency the dash must be a long one; after "(Reuters)" a hyphen is the wire's own style.
const DATELINE = new RegExp(`^(${PLACE}${REGION}${DAY}(?: ${AGENCY} (?:${DASH}|-)| ${DASH}) ?)(\\S.*)$`, 'u');
// One sentence (initials' full stops allowed) ending in "contributed …": no quotes, no other sentence.
// Reuters' closing credit: "(Reporting by Jane Doe; Editing by John Roe)".
const WIRE_CREDITS = /^\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Graphics) by [^()]{3,300}\)$/u;
const CONTRIBUTORS = /^(?:[^.“”"!?]|(?<=\b\p{Lu})\.){3,200}\b(?:contributed|contributed reporting|contributed to this (?:report|story|article))(?: (?:from|in) [^.“”"]{2,80})?\.?$/u;
// "All rights reserved" as wires in other languages write it.
const RIGHTS = String.raw`All rights reserved|Todos los derechos reservados|Todos os direitos reservados|Tous droits réservés|Alle Rechte vorbehalten|Tutti i diritti riservati|Alle rechten voorbehouden|Wszelkie prawa zastrzeżone|Усі права захищені|Все права защищены`;
const COPYRIGHT = new RegExp(String.raw`^(?:Copyright\s*(?:©\s*)?|©\s*)((?:19|20)\d\d)\s+([^.]{2,80}?)\.?(?:\s+(?:${RIGHTS})\.?)?(?:\s+This material may not be published, broadcast, rewritten or redistributed\.?)?$`, 'iu');
// "By" and names only: capitalised words joined by commas, "and" or "&", no sentence after them.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
const BYLINE = new RegExp(`^By ${NAME}(?:(?:, | and |, and | & )${NAME}){0,5}$`, 'u');
const SEPARATOR = /^(?:[_\-–—*#=~•·](?: ?)){3,}$/u;
const READ_MORE = /^(?:READ MORE|Read more|Read More)\b\s*[:—–-]/u;

/** Whitespace folded, as every comparison with the source's lines does. */
export const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The paragraphs of a source text (blank lines between), each with the line it starts on (1 = first) and its lines, folded. */
export function sourceParagraphs(text: string): { text: string; line: number; lines: string[] }[] {
  const out: { text: string; line: number; lines: string[] }[] = [];
  const lines = text.split(/\r?\n/);
  let start = -1;
  let buffer: string[] = [];
  const flush = () => {
    const paragraph = folded(buffer.join(' '));
    if (paragraph) out.push({ text: paragraph, line: start + 1, lines: buffer.map(folded) });
    buffer = [];
    start = -1;
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    if (start < 0) start = i;
    buffer.push(line);
  });
  flush();
  return out;
}

/** "Photo: A closed sign on the clinic door. Jonas Pike/Agency": a photo note on one line, its credit after the caption's last full stop. */
const PHOTO_NOTE = /^(?:Photo|PHOTO|Picture|Image)\s*:\s*(\S.*[.!?]["”’]?)\s+([^\s.!?][^.!?]*)$/u;

/** A photo's caption and credit sent as one line (PHOTO_NOTE); undefined for any other paragraph. */
export function photoNote(paragraph: string): { caption: string; credit: string } | undefined {
  const m = PHOTO_NOTE.exec(folded(paragraph));
  return m ? { caption: m[1]!, credit: m[2]!.trim() } : undefined;
}

/**
 * What one paragraph of a source is. `first` says it is the first paragraph of the reporting (after the
 * headline), the one place a dateline stands.
 */
export function classifyLine(paragraph: string, first = false): SourceLine {
  const text = folded(paragraph);
  if (SEPARATOR.test(text)) return { kind: 'separator', text };
  if (READ_MORE.test(text)) return { kind: 'read-more', text };
  if (BYLINE.test(text)) return { kind: 'byline', text };
  if (/^read more\b/iu.test(text)) return { kind: 'unsure', text, like: 'read-more' };

  const copyright = COPYRIGHT.exec(text);
  if (copyright) return { kind: 'copyright', text, year: copyright[1]!, holder: copyright[2]!.trim() };
  if (/^(?:copyright\b|©)/iu.test(text) || /all rights reserved\.?$/iu.test(text)) return { kind: 'unsure', text, like: 'copyright' };

  if (CONTRIBUTORS.test(text) || WIRE_CREDITS.test(text)) return { kind: 'contributors', text };
  // A short paragraph about contributing that is not one plain contributor line.
  if (/\bcontributed (?:to this (?:report|story|article)|reporting)\b/iu.test(text)) return { kind: 'unsure', text, like: 'contributors' };

  if (first) {
    const dateline = DATELINE.exec(text);
    if (dateline) return { kind: 'dateline', dateline: dateline[1]!, text: dateline[2]! };
    // Capitals and an agency in brackets, but not before a dash: perhaps a dateline set another way.
    if (/^\p{Lu}{3,}[^a-z]{0,40}\([\p{Lu} .&-]{1,20}\)/u.test(text)) return { kind: 'unsure', text, like: 'dateline' };
  }
  return { kind: 'reporting', text };
}

/** The credits a source's furniture holds, for the credit area: contributor lines and the copyright notice. */
export function creditsOf(source: string): SourceCredits {
  const credits: SourceCredits = { contributors: [] };
  for (const { text } of sourceParagraphs(source)) {
    const line = classifyLine(text);
    if (line.kind === 'contributors') credits.contributors.push(line.text);
    else if (line.kind === 'copyright' && !credits.copyright) credits.copyright = { year: line.year, holder: line.holder };
  }
  return credits;
}
