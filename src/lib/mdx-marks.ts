// The one MDX parser (MDX with GitHub's Markdown extensions, as sections render) and what editors
// mark in a section: who is quoted (<Quote by>) and who is mentioned (<Mention of>). The content
// check parses each file once with it and hands the marks to the pages (virtual:explainer/marks).
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { names, namesFor, type Card } from './people';

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
  data?: { estree?: { body: { type: string; expression?: EstreeNode }[] } };
}

/** The part of an ESTree expression the check reads: literals, and minus signs before numbers. */
export interface EstreeNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode;
}

const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

export function parseMdx(body: string): MdxNode {
  return parser.parse(body) as unknown as MdxNode;
}

const isElement = (node: MdxNode, name?: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);

/** A string attribute of a JSX element (`by="Donald Trump"`), or undefined. */
export function attribute(node: MdxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The reader's text inside a node: text and inline code, JSX attributes left out. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

export function walk(node: MdxNode, visit: (node: MdxNode) => boolean | void): void {
  if (visit(node) === false) return;
  node.children?.forEach((child) => walk(child, visit));
}

export interface QuoteMark {
  speaker: string | undefined;
  text: string;
  line: number | undefined;
}

export function quotesIn(tree: MdxNode): QuoteMark[] {
  const out: QuoteMark[] = [];
  walk(tree, (node) => {
    if (isElement(node, 'Quote')) out.push({ speaker: attribute(node, 'by'), text: textOf(node), line: node.position?.start.line });
  });
  return out;
}

export interface MentionMark {
  of: string | undefined;
  line: number | undefined;
}

export function mentionsIn(tree: MdxNode): MentionMark[] {
  const out: MentionMark[] = [];
  walk(tree, (node) => {
    if (isElement(node, 'Mention')) out.push({ of: attribute(node, 'of'), line: node.position?.start.line });
  });
  return out;
}

export interface UnmarkedMention {
  name: string;
  term: string;
  line: number | undefined;
}

/**
 * Cards whose first mention in reading order is not wrapped in <Mention of="...">: the reader
 * meets the name there first, so that is where the card has to open.
 */
export function unmarkedFirstMentions(tree: MdxNode, cards: readonly Pick<Card, 'name' | 'namedAs'>[]): UnmarkedMention[] {
  const done = new Set<string>();
  const out: UnmarkedMention[] = [];
  walk(tree, (node) => {
    if (isElement(node, 'Mention')) {
      const of = attribute(node, 'of');
      if (of) done.add(of);
      return false;
    }
    if (node.type !== 'text') return true;
    const text = String(node.value ?? '');
    for (const card of cards) {
      if (done.has(card.name)) continue;
      const term = namesFor(card).find((t) => names(text, t));
      if (term) {
        done.add(card.name);
        out.push({ name: card.name, term, line: node.position?.start.line });
      }
    }
    return true;
  });
  return out;
}

/** Names of the cards a section's text names anywhere (marked or not). */
export function cardsNamedIn(tree: MdxNode, cards: readonly Pick<Card, 'name' | 'namedAs'>[]): string[] {
  const text: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'text') text.push(String(node.value ?? ''));
  });
  const all = text.join('\n');
  return cards.filter((c) => namesFor(c).some((t) => names(all, t))).map((c) => c.name);
}

/** A <Quote> or <Mention> with the sentence (or run of sentences) of the article's text around it. */
export interface MarkInSentence {
  kind: 'Quote' | 'Mention';
  /** `by` of a quote, `of` of a mention. */
  name: string;
  /** The quoted words, or the words of the mention, as the reader sees them. */
  text: string;
  /** The whole sentence(s) the mark sits in, word for word as the section gives them. */
  sentence: string;
}

/** Where Intl.Segmenter would end a sentence that goes on: "U.S. White House", "Jan. 6". */
const ABBREVIATION = /(?:(?<![\p{L}.])(?:\p{Lu}\.){2,}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St)\.)\s+$/u;

/** The blocks whose text reads as running sentences. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Every <Quote by> and <Mention of>, in reading order, with the sentence around it: the block's
 * text split by Intl.Segmenter in the explainer's language, from the sentence where the mark starts
 * to the one where it ends (a quote may run over two sentences).
 */
export function marksInSentences(tree: MdxNode, lang = 'en'): MarkInSentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: MarkInSentence[] = [];
  walk(tree, (block) => {
    if (!BLOCKS.has(block.type)) return true;
    let text = '';
    const found: { kind: MarkInSentence['kind']; name: string; start: number; end: number }[] = [];
    const read = (node: MdxNode) => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        text += String(node.value ?? '');
        return;
      }
      const kind = isElement(node, 'Quote') ? 'Quote' : isElement(node, 'Mention') ? 'Mention' : undefined;
      const name = kind && attribute(node, kind === 'Quote' ? 'by' : 'of');
      const start = text.length;
      node.children?.forEach(read);
      if (kind && name) found.push({ kind, name, start, end: text.length });
    };
    block.children?.forEach(read);
    if (found.length === 0) return false;
    // Sentence ends, less those inside a quote (it reads as one) or after an abbreviation ("U.S.").
    const ends = [...segmenter.segment(text)]
      .map((s) => s.index + s.segment.length)
      .filter((end) => end === text.length || (!ABBREVIATION.test(text.slice(0, end)) && !found.some((m) => m.kind === 'Quote' && m.start < end && end < m.end)));
    const sentences = ends.map((end, i) => ({ start: ends[i - 1] ?? 0, end }));
    // Marks in reading order: by where they start, the outer one (a quote holding a mention) first.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const mark of found) {
      const first = sentences.find((s) => s.end > mark.start) ?? sentences.at(-1)!;
      const last = sentences.findLast((s) => s.start < Math.max(mark.end, mark.start + 1)) ?? first;
      out.push({
        kind: mark.kind,
        name: mark.name,
        text: text.slice(mark.start, mark.end),
        sentence: text.slice(first.start, last.end).trim(),
      });
    }
    return false;
  });
  return out;
}
