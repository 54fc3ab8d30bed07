// Coverage of the source: every paragraph of an explainer's source text reaches its sections word for
// word and in the source's order. Left out are the headline, the subheads and furniture lines the
// explainer declares (source.subheads, source.furniture), the wire's furniture (source-furniture.ts),
// and photo captions and credits, which must be a <Photo caption credit>. One pass: a pointer moves
// through the sections' text, joined in reading order, and only a missing paragraph looks further.
import { photosIn, textOf, type MdxNode } from '../mdx-marks';
import type { Section } from './read-files';
import type { Problems } from './report';
import { classifyLine, folded, photoNote, sourceParagraphs, type SourceLine } from './source-furniture';

/** A paragraph of the source the check found, and the section (slug) that carries it. */
export interface CoveredParagraph {
  section: string;
  text: string;
}

export interface CoverageInput {
  /** Shown paths of index.mdx and of the source text, for the problems. */
  indexFile: string;
  sourceFile: string;
  /** The source text as the file holds it. */
  source: string;
  /** index.mdx's fields, valid. */
  data: Record<string, unknown>;
  /** The explainer's sections, every one valid and parsed. */
  sections: readonly Section[];
}

interface Demand {
  text: string;
  line: number;
  /** Set when the check cannot tell whether the line is furniture. */
  unsure?: Extract<SourceLine, { kind: 'unsure' }>['like'];
}

const LIKE: Record<NonNullable<Demand['unsure']>, string> = {
  dateline: 'a dateline',
  contributors: 'a contributor line',
  copyright: 'a copyright notice',
  'read-more': 'a “Read more” line',
};

/** The text a reader compares: spaces (no-break ones too) folded, Unicode composed. */
const plain = (text: string) => folded(text.normalize('NFC').replace(/\u00a0/g, ' '));
const excerpt = (text: string, max = 60) => (text.length > max ? `“${text.slice(0, max).trimEnd()}…”` : `“${text}”`);

/**
 * Checks that the sections carry the source, and returns what they carry, paragraph by paragraph (for
 * the site tests: the built pages must show each). Problems name the source's line.
 */
export function checkCoverage(problems: Problems, input: CoverageInput): CoveredParagraph[] {
  const { indexFile, sourceFile, data, sections } = input;
  const source = data['source'] as { title: string; subheads?: string[]; furniture?: string[]; byline?: string; outlet?: string; url?: string };
  const text = corrected(problems, indexFile, input.source, (data['corrections'] as { from: string; to: string }[] | undefined) ?? []);
  const paragraphs = sourceParagraphs(text);

  const lines = new Set(paragraphs.map((p) => p.text));
  (source.furniture ?? []).forEach((line, i) => {
    if (!lines.has(folded(line))) problems.add(indexFile, `source.furniture.${i}`, `"${line}" is not a line of its own in the source text: list only lines of the source that are not reporting, word for word`);
  });

  const skipped = new Set([...(source.subheads ?? []), ...(source.furniture ?? [])].map(folded));
  const headlines = new Set([source.title, data['headline']].filter((h): h is string => typeof h === 'string').map(folded));
  const photos = photoTextsOf(sections);
  const demands: Demand[] = [];
  let first = true;
  const header = (line: string) => isHeaderLine(line, source);
  paragraphs.forEach((p, i) => {
    // The copy's head: the headline, then the byline, outlet, date and address lines that the credit shows,
    // in one block or several, a line each or one line wrapped.
    if (first && (header(p.text) || p.lines.every((line, j) => header(line) || (i === 0 && j === 0 && headlines.has(line))))) return;
    if (skipped.has(p.text)) return;
    if (p.text.split(' | ').every((part) => photos.has(plain(part)))) return;
    const note = photoNote(p.text);
    if (note && photos.has(plain(note.caption)) && photos.has(plain(note.credit))) return;
    const line = classifyLine(p.text, first);
    // The dateline stands on the first paragraph of reporting, after any byline.
    if (line.kind !== 'byline') first = false;
    if (line.kind === 'reporting' || line.kind === 'dateline') demands.push({ text: line.text, line: p.line });
    else if (line.kind === 'unsure') demands.push({ text: line.text, line: p.line, unsure: line.like });
  });

  const stream = streamOf(sections);
  const covered: CoveredParagraph[] = [];
  let pointer = 0;
  let previous: Demand | undefined;
  for (const demand of demands) {
    const wanted = plain(demand.text);
    const at = stream.text.indexOf(wanted, pointer);
    if (at >= 0) {
      covered.push({ section: stream.sectionAt(at).slug, text: wanted });
      pointer = at + wanted.length;
      previous = demand;
      continue;
    }
    const expected = stream.sectionAt(Math.min(pointer, Math.max(stream.text.length - 1, 0)));
    const where = `${expected.file}${previous ? `, after the paragraph of line ${previous.line} (${excerpt(previous.text, 40)})` : ''}`;
    const earlier = stream.text.indexOf(wanted);
    if (earlier >= 0) {
      // Found, but before the paragraph that precedes it in the source: the sections reorder the report.
      covered.push({ section: stream.sectionAt(earlier).slug, text: wanted });
      problems.add(sourceFile, `line ${demand.line}`, `${excerpt(demand.text)} is out of the source’s order: ${stream.sectionAt(earlier).file} carries it before the paragraph of line ${previous?.line ?? '?'}; keep the report’s order (it belongs in ${where})`);
    } else if (demand.unsure) {
      problems.add(sourceFile, `line ${demand.line}`, `${excerpt(demand.text)} looks like ${LIKE[demand.unsure]}, but not one the check knows, and no section carries it: if it is reporting, carry it word for word in ${where}; if it is not, list it word for word in source.furniture in ${indexFile}`);
    } else {
      const photo = demand.text.includes(' | ') || (demand.text.length < 160 && !/[.!?…:;”"’»)]$/u.test(demand.text));
      problems.add(sourceFile, `line ${demand.line}`, `${excerpt(demand.text)} is in no section word for word: carry it as the source gives it in ${where}${photo ? ' (a photo’s caption and credit go in <Photo caption="…" credit="…" />)' : ''}`);
    }
  }
  return covered;
}

/** A line of the copy's head that the credit shows, not reporting: the byline, outlet, date or address. */
function isHeaderLine(line: string, source: { byline?: string; outlet?: string; url?: string }): boolean {
  if ([source.byline, source.outlet, source.url].some((given) => given !== undefined && folded(given) === line)) return true;
  if (classifyLine(line).kind === 'byline' || /^https?:\/\/\S+$/.test(line)) return true;
  // A short dated line: "March 14, 2025", "14 March 2025", "2025-03-14", "Updated 6:42 PM EDT, July 11, 2025".
  return line.split(' ').length <= 9 && !/[.!?]$/.test(line) && /\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4}|\d{4}-\d{2}-\d{2}/u.test(line);
}

/** The source with the explainer's corrections made, each once; a correction not in the source is a problem. */
function corrected(problems: Problems, indexFile: string, source: string, corrections: readonly { from: string; to: string }[]): string {
  let text = source;
  corrections.forEach(({ from, to }, i) => {
    if (!text.includes(from)) problems.add(indexFile, `corrections.${i}.from`, `"${from}" is not in the source text: a correction mends words the source has, word for word`);
    else text = text.replace(from, to);
  });
  return text;
}

/** Every <Photo>'s caption and credit in the sections, as a reader reads them. */
function photoTextsOf(sections: readonly Section[]): Set<string> {
  const out = new Set<string>();
  for (const s of sections) for (const photo of photosIn(s.tree!)) for (const value of [photo.caption, photo.credit]) if (value) out.add(plain(value));
  return out;
}

/** Blocks whose text a reader reads as one run: a paragraph is never found across two of them. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The sections' text in reading order, block after block on lines of their own, and which section holds each offset. */
function streamOf(sections: readonly Section[]): { text: string; sectionAt(offset: number): Section } {
  const ordered = [...sections].sort((a, b) => Number(a.data?.['order']) - Number(b.data?.['order']));
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const s of ordered) {
    starts.push(length);
    const blocks: string[] = [];
    collect(s.tree!, blocks);
    const text = `${blocks.join('\n')}\n`;
    parts.push(text);
    length += text.length;
  }
  return {
    text: parts.join(''),
    sectionAt(offset) {
      // Sections are few: a step back from the last start is enough, and keeps the pass linear.
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > offset) i--;
      return ordered[i]!;
    },
  };
}

function collect(node: MdxNode, out: string[]): void {
  // A <Context> note is the editors' words, not the report's: it never counts as carrying the source.
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Context') return;
  if (TEXT_BLOCKS.has(node.type) || node.type === 'text' || node.type === 'inlineCode') {
    const text = plain(textOf(node));
    if (text) out.push(text);
    return;
  }
  node.children?.forEach((child) => collect(child, out));
}
