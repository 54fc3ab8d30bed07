// Parsing a section body for the check, with MDX syntax errors in an editor's words. The MDX parser
// (micromark, with acorn for {…}) names each error by its source and rule; SYNTAX maps those to what
// to write instead, so "<1 in 8" and "{see below}" say how to write the characters as text. The parser
// stops at its first error, so a failing body is parsed again block by block (blank lines outside tags
// and code fences part the blocks) to find every error and to check the blocks that do parse.
import { parseMdx, walk, type MdxNode } from '../mdx-marks';
import type { BodyProblem } from './body-rules';

/** What the parser throws: a VFileMessage. */
interface SyntaxError {
  source?: string;
  ruleId?: string;
  reason?: string;
  message?: string;
  line?: number;
}

interface SyntaxRule {
  /** "source:ruleId" as micromark or mdast-util-mdx-jsx names the error. */
  rule: string;
  /** Narrows a rule to some of its reasons; the captures reach the message. */
  reason?: RegExp;
  message: (match: RegExpExecArray | null) => string;
}

const LESS_THAN = 'to write a less-than sign in the text, write \\< (as in \\<1 in 8) or &lt;';
const BRACES = 'to write braces in the text, write \\{ and \\} (as in \\{see below\\})';
const OPEN = 'a < followed by a letter starts a tag';

/** Every MDX syntax error an editor meets, first match wins; the parser's own words are the fallback. */
const SYNTAX: SyntaxRule[] = [
  { rule: 'micromark-extension-mdx-jsx:unexpected-character', reason: /^Unexpected character `!`.*before name/, message: () => '<!-- … --> is an HTML comment, which a section cannot hold: write a comment as {/* … */}' },
  { rule: 'micromark-extension-mdx-jsx:unexpected-character', reason: /^Unexpected character `(.+?)` \(U\+\w+\) before name/, message: (m) => `"<${m?.[1]}" is read as the start of a tag: ${LESS_THAN}` },
  { rule: 'micromark-extension-mdx-jsx:unexpected-eof', reason: /before name/, message: () => `a < at the end of the text is read as the start of a tag: ${LESS_THAN}` },
  { rule: 'micromark-extension-mdx-jsx:unexpected-character', reason: /before attribute value/, message: () => 'an attribute’s value is written in quotes, as name="…", or as a number in braces, as {88}' },
  { rule: 'micromark-extension-mdx-jsx:unexpected-character', message: () => `a tag here is not finished: end it with > (or /> for a tag with no closing tag), each attribute written as name="…"; ${OPEN}, so ${LESS_THAN}` },
  { rule: 'micromark-extension-mdx-jsx:unexpected-eof', message: () => `a tag here is never finished: end it with > (or />); ${OPEN}, so ${LESS_THAN}` },
  { rule: 'micromark-extension-mdx-jsx:unexpected-lazy', message: () => 'a tag inside a quote block or list goes on past it: keep the tag within the block, or put > (or the list’s indent) before each of its lines' },
  { rule: 'mdast-util-mdx-jsx:end-tag-mismatch', reason: /^Expected a closing tag for `<(.+?)>`/, message: (m) => `<${m?.[1]}> is opened but never closed: end it with </${m?.[1]}> (in the same paragraph, when it is inside a line of text)` },
  { rule: 'mdast-util-mdx-jsx:end-tag-mismatch', reason: /^Unexpected closing tag `<\/(.*?)>`, expected corresponding closing tag for `<(.+?)>`/, message: (m) => `</${m?.[1]}> closes a tag that is not open here: close <${m?.[2]}> first, with </${m?.[2]}>` },
  { rule: 'mdast-util-mdx-jsx:end-tag-mismatch', reason: /^Expected the closing tag `<\/(.+?)>`/, message: (m) => `</${m?.[1]}> must close in the same paragraph or block its tag opens in` },
  { rule: 'mdast-util-mdx-jsx:unexpected-closing-slash', message: () => `a closing tag here has no opening tag: remove it, or open the tag first; ${LESS_THAN}` },
  { rule: 'mdast-util-mdx-jsx:unexpected-attribute', message: () => 'a closing tag takes no attributes: write them on the opening tag' },
  { rule: 'mdast-util-mdx-jsx:unexpected-self-closing-slash', message: () => 'a closing tag is written </Name>, with no / before the >' },
  { rule: 'micromark-extension-mdx-expression:acorn', message: () => `{ starts code, which a section cannot hold: ${BRACES}` },
  { rule: 'micromark-extension-mdx-expression:unexpected-eof', message: () => `a { here is never closed, and { starts code, which a section cannot hold: ${BRACES}` },
  { rule: 'micromark-extension-mdx-expression:unexpected-empty-expression', message: () => `{ starts code, which a section cannot hold: ${BRACES}` },
  { rule: 'micromark-extension-mdx-expression:unexpected-lazy', message: () => `a { inside a quote block or list goes on past it: ${BRACES}` },
  { rule: 'micromark-extension-mdx-expression:non-spread', message: () => 'a tag’s attributes are written name="…", not as {…}' },
  { rule: 'micromark-extension-mdx-expression:spread-extra', message: () => 'a tag’s attributes are written name="…", not as {…}' },
  { rule: 'micromark-extension-mdxjs-esm:acorn', message: () => 'a line starting with import or export is read as code: reword it to start with another word' },
  { rule: 'micromark-extension-mdxjs-esm:non-esm', message: () => 'a line starting with import or export is read as code: reword it to start with another word' },
];

/** One MDX syntax error in an editor's words, with the body line it is on. */
export function describeSyntaxError(error: unknown, lineOffset = 0): BodyProblem {
  const e = (error ?? {}) as SyntaxError;
  const reason = e.reason ?? e.message ?? String(error);
  const rule = `${e.source ?? ''}:${e.ruleId ?? ''}`;
  // mdast-util-mdx-jsx gives some errors no line, only "(3:1-3:18)" in its reason.
  const line = e.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1] ?? NaN);
  for (const r of SYNTAX) {
    if (r.rule !== rule) continue;
    const match = r.reason ? r.reason.exec(reason) : null;
    if (r.reason && !match) continue;
    return { line: Number.isNaN(line) ? undefined : line + lineOffset, message: r.message(match) };
  }
  return { line: Number.isNaN(line) ? undefined : line + lineOffset, message: `is not valid MDX: ${reason.split('\n')[0]}` };
}

/**
 * The body's tree, and its syntax errors. On an error, the tree is made of the blocks that parse, so
 * the body's other rules still run on them. Each block is parsed once: linear in the body's length.
 */
export function parseBody(body: string): { tree: MdxNode | undefined; problems: BodyProblem[] } {
  try {
    return { tree: parseMdx(body), problems: [] };
  } catch {
    // Parsed again below, block by block, where each error is found with its neighbours'.
  }
  const problems: BodyProblem[] = [];
  const children: MdxNode[] = [];
  for (const block of blocksOf(body)) {
    try {
      const tree = parseMdx(block.text);
      walk(tree, (node) => {
        if (node.position) node.position.start.line += block.line - 1;
      });
      children.push(...(tree.children ?? []));
    } catch (error) {
      problems.push(describeSyntaxError(error, block.line - 1));
    }
  }
  return { tree: children.length > 0 ? { type: 'root', children } : undefined, problems };
}

interface Block {
  text: string;
  /** The body line the block starts on (1 for the first). */
  line: number;
}

const FENCE_LINE = /^\s*(```|~~~)/;
/** Opening and closing tags on a line, to keep a <Quote>…</Quote> spanning blank lines in one block. */
const TAG = /<(\/?)([A-Za-z][\w.-]*)\b[^<>]*?(\/?)>/g;

/** The body in blocks parted by blank lines, outside code fences, with a tag's blocks kept together when it closes. */
function blocksOf(body: string): Block[] {
  const lines = body.split('\n');
  const raw: { start: number; end: number; depth: number }[] = [];
  let fence: string | undefined;
  let start = -1;
  let depth = 0;
  lines.forEach((line, i) => {
    const f = FENCE_LINE.exec(line)?.[1];
    if (f && (!fence || fence === f)) fence = fence ? undefined : f;
    if (!fence) {
      for (const m of line.matchAll(TAG)) if (!m[3]) depth += m[1] ? -1 : 1;
    }
    if (line.trim() === '' && !fence) {
      if (start >= 0) raw.push({ start, end: i, depth });
      start = -1;
      depth = 0;
    } else if (start < 0) start = i;
  });
  if (start >= 0) raw.push({ start, end: lines.length, depth });

  // A block that opens more tags than it closes runs on to the first later block that brings the
  // count back: the next smaller-or-equal running total, found for every block in one pass from the end.
  const totals: number[] = [0];
  raw.forEach((b) => totals.push(totals.at(-1)! + b.depth));
  const next = new Array<number>(totals.length).fill(-1);
  const stack: number[] = [];
  for (let k = totals.length - 1; k >= 0; k--) {
    while (stack.length && totals[stack.at(-1)!]! > totals[k]!) stack.pop();
    next[k] = stack.at(-1) ?? -1;
    stack.push(k);
  }
  const blocks: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    // Block i's tags close in block next[i] - 1; one never closed leaves the block alone.
    const last = raw[i]!.depth > 0 && next[i]! > 0 ? next[i]! - 1 : i;
    blocks.push({ text: lines.slice(raw[i]!.start, raw[last]!.end).join('\n'), line: raw[i]!.start + 1 });
    i = last;
  }
  return blocks;
}
