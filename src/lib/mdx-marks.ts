// The one MDX parser (MDX with GitHub's Markdown extensions, as sections render) and what editors
// mark in a section: who is quoted (<Quote by>) and who is mentioned (<Mention of>). The content
// check parses each file once with it and hands the marks to the pages (virtual:explainer/marks).
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { nameAt, names, namesFor, type Card } from './people';
import { sentenceSpans, type SentenceSpan } from './text/sentences';

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

/** A <Photo> as a section holds it: caption and credit word for word, and whether the site shows the image. */
export interface PhotoMark {
  caption: string;
  credit: string;
  /** True when the editor supplied an image (`src`); false for a photo of the report not reproduced. */
  shown: boolean;
}

/** Every <Photo> in a section, in reading order (inside a <PhotoGroup> too). */
export function photosIn(tree: MdxNode): PhotoMark[] {
  const out: PhotoMark[] = [];
  walk(tree, (node) => {
    if (!isElement(node, 'Photo')) return true;
    out.push({ caption: attribute(node, 'caption') ?? '', credit: attribute(node, 'credit') ?? '', shown: node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'src') ?? false });
    return false;
  });
  return out;
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

/** A first mention the section leaves unmarked, which the page marks as if the editor had written <Mention of>. */
export interface AutoMention {
  name: string;
  term: string;
  line: number | undefined;
}

/** Where a reader meets a name in running text: not in headings, links, or any element but <Quote> and <Mention>. */
const NOT_RUNNING_TEXT = new Set(['heading', 'link', 'linkReference', 'definition', 'footnoteDefinition']);

/**
 * Wraps the first mention of each card the section names but never marks in <Mention of="…">, in
 * place, so a card opens where the reader first meets the name without the editor marking it. A card
 * marked anywhere in the section keeps the editor's mark. The content check runs this on the tree it
 * reads marks from, and the Markdown pipeline on the tree it renders (remarkMarkFirstMentions), so the
 * two agree. Returns what it marked, in reading order.
 */
export function markFirstMentions(tree: MdxNode, cards: readonly Pick<Card, 'name' | 'namedAs'>[]): AutoMention[] {
  const done = new Set(mentionsIn(tree).flatMap((m) => (m.of ? [m.of] : [])));
  const out: AutoMention[] = [];
  const visit = (node: MdxNode): void => {
    if (!node.children || NOT_RUNNING_TEXT.has(node.type) || (isElement(node) && node.name !== 'Quote')) return;
    node.children = node.children.flatMap((child) => (child.type === 'text' ? wrapMentions(child) : (visit(child), [child])));
  };
  const wrapMentions = (text: MdxNode): MdxNode[] => {
    const parts: MdxNode[] = [];
    let rest = String(text.value ?? '');
    for (let found = firstName(rest); found; found = firstName(rest)) {
      const { card, term, index } = found;
      done.add(card.name);
      out.push({ name: card.name, term, line: text.position?.start.line });
      const piece = (value: string): MdxNode => ({ type: 'text', value, ...(text.position ? { position: text.position } : {}) });
      if (index > 0) parts.push(piece(rest.slice(0, index)));
      parts.push({
        type: 'mdxJsxTextElement',
        name: 'Mention',
        attributes: [{ type: 'mdxJsxAttribute', name: 'of', value: card.name }],
        children: [piece(term)],
        ...(text.position ? { position: text.position } : {}),
      });
      rest = rest.slice(index + term.length);
    }
    if (rest || parts.length === 0) parts.push({ ...text, value: rest });
    return parts;
  };
  /** The earliest name of a card not yet marked in `text`, the longest where two start together. */
  const firstName = (text: string) => {
    let best: { card: Pick<Card, 'name' | 'namedAs'>; term: string; index: number } | undefined;
    for (const card of cards) {
      if (done.has(card.name)) continue;
      for (const term of namesFor(card)) {
        const index = nameAt(text, term);
        if (index >= 0 && (!best || index < best.index || (index === best.index && term.length > best.term.length))) best = { card, term, index };
      }
    }
    return best;
  };
  visit(tree);
  return out;
}

/** The body pipeline's side of markFirstMentions (src/lib/content/section-body.ts): the tree it renders gets the marks the check read. */
export function remarkMarkFirstMentions(cards: readonly Pick<Card, 'name' | 'namedAs'>[] | undefined) {
  return (tree: object) => {
    if (cards) markFirstMentions(tree as MdxNode, cards);
  };
}

/** Names of the cards a section's text names anywhere (marked or not). */
export function cardsNamedIn(tree: MdxNode, cards: readonly Pick<Card, 'name' | 'namedAs'>[]): string[] {
  const text: string[] = [];
  walk(tree, (node) => {
    if (isElement(node, 'Context')) return false; // the editors' note names nobody for the report
    if (node.type === 'text') text.push(String(node.value ?? ''));
    return true;
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

/** The blocks whose text reads as running sentences. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Every <Quote by> and <Mention of>, in reading order, with the sentence around it: the block's
 * text split by Intl.Segmenter in the explainer's language, from the sentence where the mark starts
 * to the one where it ends (a quote may run over two sentences).
 */
export function marksInSentences(tree: MdxNode, lang = 'en'): MarkInSentence[] {
  const out: MarkInSentence[] = [];
  walk(tree, (block) => {
    if (isElement(block, 'Context')) return false; // the editors' note is no sentence of the report
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
    // Marks in reading order: by where they start, the outer one (a quote holding a mention) first.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const sentences = joinQuoted(sentenceSpans(text, lang), found.filter((m) => m.kind === 'Quote'));
    // One sweep over marks and sentences, both in order, so a long paragraph costs no more than its length.
    let at = 0;
    for (const mark of found) {
      while (at < sentences.length - 1 && sentences[at]!.end <= mark.start) at++;
      let last = at;
      while (last < sentences.length - 1 && sentences[last + 1]!.start < Math.max(mark.end, mark.start + 1)) last++;
      out.push({
        kind: mark.kind,
        name: mark.name,
        text: text.slice(mark.start, mark.end),
        sentence: text.slice(sentences[at]!.start, sentences[last]!.end).trim(),
      });
    }
    return false;
  });
  return out;
}

/** Sentences with the breaks inside a quotation removed: a quote of two sentences reads as one. Quotes sorted by start. */
function joinQuoted(spans: readonly SentenceSpan[], quotes: readonly { start: number; end: number }[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let q = 0;
  // The furthest end of the quotes begun so far: a break before it falls inside a quote.
  let quotedTo = -1;
  for (const span of spans) {
    const previous = out.at(-1);
    if (previous && previous.end < quotedTo) previous.end = span.end;
    else out.push({ ...span });
    while (q < quotes.length && quotes[q]!.start < span.end) quotedTo = Math.max(quotedTo, quotes[q++]!.end);
  }
  return out;
}
