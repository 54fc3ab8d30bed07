// What a section body may hold: Markdown with GitHub's extensions, the site's own components with
// written-out attribute values, and a few harmless HTML tags. Nothing that runs code or injects markup
// gets past it, and it runs on the parsed tree before any MDX is compiled.
import { allowedHtml, componentNames, componentProps, type ComponentName } from '../component-props';
import { textOf, walk, type EstreeNode, type MdxNode } from '../mdx-marks';
import { figureId } from '../figures';
import { headingIds } from '../slugs';
import { schemaProblems } from './error-map';

export interface BodyProblem {
  line: number | undefined;
  message: string;
}

/** A link or image to resolve once every page of the site is known. */
export interface BodyReference {
  kind: 'link' | 'image' | 'photo';
  url: string;
  line: number | undefined;
}

export interface HeadingMark {
  depth: number;
  text: string;
  id: string;
  /** Where the subhead is in the body, for messages. */
  line?: number | undefined;
}

export interface BodyReading {
  problems: BodyProblem[];
  references: BodyReference[];
  headings: HeadingMark[];
}

/** Everything Markdown with GitHub's extensions makes, and the MDX element nodes checked one by one. */
const MARKDOWN = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow',
  'tableCell', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'break', 'link', 'image',
  'linkReference', 'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference',
]);
const ELEMENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const known = new Set<string>(componentNames);
/** Bidirectional controls reorder the text around them: a summary shown mirrored, "Evil\u202Egnp.exe". */
const BIDI: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
};
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The first control character in `text`, as U+0000 (with its name for bidirectional ones: U+202E RIGHT-TO-LEFT OVERRIDE), or undefined. */
export function controlCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0];
  return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${BIDI[found] ? ` ${BIDI[found]}` : ''}`;
}

/** Code MDX would run: imports and exports, and {expressions} other than comments. */
function runsCode(node: MdxNode): boolean {
  if (node.type === 'mdxjsEsm') return true;
  return (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && (node.data?.estree?.body.length ?? 0) > 0;
}

/** A JSX attribute's value if it is written out: "text", {88}, {-2}, {true}, or a bare name (true). */
function literal(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (value === null || value === undefined) return { ok: true, value: true };
  if (typeof value === 'string') return { ok: true, value };
  const body = (value as MdxNode).data?.estree?.body;
  const expression = body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression : undefined;
  const read = (node: EstreeNode | undefined): { ok: true; value: unknown } | { ok: false } => {
    if (node?.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof node.value)) return { ok: true, value: node.value };
    if (node?.type === 'UnaryExpression' && node.operator === '-' && typeof node.argument?.value === 'number') {
      return { ok: true, value: -node.argument.value };
    }
    return { ok: false };
  };
  return read(expression);
}

export function readBody(tree: MdxNode): BodyReading {
  const problems: BodyProblem[] = [];
  const references: BodyReference[] = [];
  const headings: Omit<HeadingMark, 'id'>[] = [];
  const figures: FigureId[] = [];
  const at = (node: MdxNode) => node.position?.start.line;
  const refuse = (node: MdxNode, message: string) => problems.push({ line: at(node), message });

  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, 'import and export are not allowed: sections are text, and the site’s components need no import');
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} are harmless; anything else would run as code when the page is built.
        if (runsCode(node)) refuse(node, `{${String(node.value).slice(0, 40)}} is code, which is not allowed in a section: write the text itself`);
        return false;
      case 'heading':
        if (node.depth === 1) refuse(node, 'a # heading would be a second page title: start subheads with ##');
        headings.push({ depth: node.depth ?? 2, text: textOf(node), line: at(node) });
        return true;
      case 'link':
      case 'definition':
        references.push({ kind: 'link', url: node.url ?? '', line: at(node) });
        return true;
      case 'image':
        if (!node.alt?.trim()) refuse(node, `image "${node.url}" needs alt text describing it`);
        references.push({ kind: 'image', url: node.url ?? '', line: at(node) });
        return true;
    }
    if (ELEMENT.has(node.type)) return checkElement(node, refuse, references, figures);
    if (!MARKDOWN.has(node.type)) refuse(node, `${node.type} is not allowed in a section`);
    return true;
  });

  // Each figure's parts are named after its id (its title's slug unless it gives one): one id, one figure.
  const figureLines = new Map<string, number | undefined>();
  for (const f of figures) {
    if (figureLines.has(f.id)) {
      const first = figureLines.get(f.id);
      problems.push({ line: f.line, message: `<${f.name}> id: "${f.id}" is already the id of the figure on line ${first ?? '?'}${f.own ? '' : ' (both made from the title)'}: give this one an id of its own, such as id="${f.id}-2"` });
    } else figureLines.set(f.id, f.line);
  }
  const ids = headingIds(headings.map((h) => h.text));
  return { problems, references, headings: headings.map((h, i) => ({ ...h, id: ids[i]! })) };
}

/** A figure in a body and the id its parts are named after. */
interface FigureId {
  name: string;
  id: string;
  /** Whether the editor gave the id, rather than the title making it. */
  own: boolean;
  line: number | undefined;
}
const FIGURES = new Set<string>(['PercentFigure', 'CapFigure', 'StatFigure']);

function checkElement(node: MdxNode, refuse: (node: MdxNode, message: string) => void, references: BodyReference[], figures: FigureId[]): boolean {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    refuse(node, `${name ? tag : '<>'} is not allowed: use Markdown, or one of the site’s components (${componentNames.join(', ')})`);
    return false;
  }
  const attributes: Record<string, unknown> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      refuse(node, `${tag}: {…} spreads code into attributes, which is not allowed`);
      continue;
    }
    const value = literal(attr.value);
    if (!value.ok) refuse(node, `${tag} ${attr.name}: write the value out, as ${attr.name}="…" or a number such as {88}; code is not allowed`);
    else attributes[attr.name] = value.value;
  }

  if (/^[a-z]/.test(name)) {
    const allowed = allowedHtml[name];
    if (!allowed) {
      refuse(node, `${tag} is not allowed in a section (HTML allowed: ${Object.keys(allowedHtml).map((t) => `<${t}>`).join(', ')}; use Markdown for the rest)`);
      return false;
    }
    for (const attr of Object.keys(attributes)) {
      if (!allowed.includes(attr)) refuse(node, `${tag} may not carry ${attr}=${allowed.length ? ` (only ${allowed.join(', ')})` : ''}`);
    }
    return true;
  }

  if (!known.has(name)) {
    refuse(node, `${tag} is not a known component (known: ${componentNames.join(', ')})`);
    return false;
  }
  const attributeProblems = schemaProblems(componentProps[name as ComponentName], attributes).problems;
  for (const { field, message } of attributeProblems) {
    refuse(node, `${tag}${field ? ` ${field}` : ''}: ${message}`);
  }
  if (FIGURES.has(name) && attributeProblems.length === 0) {
    const own = typeof attributes['id'] === 'string' ? (attributes['id'] as string).trim() : undefined;
    figures.push({ name, id: own ?? figureId(String(attributes['title']).trim()), own: own !== undefined, line: node.position?.start.line });
  }
  // A src the schema refused (a backslash, a space) is named once, there, and resolved no further.
  if (name === 'Photo' && typeof attributes['src'] === 'string' && !attributeProblems.some((p) => p.field === 'src')) {
    references.push({ kind: 'photo', url: attributes['src'], line: node.position?.start.line });
  }
  return true;
}

/**
 * The same rules inside the body pipeline (src/lib/content/section-body.ts): should a file reach the MDX
 * compiler without the check (a dev server racing an edit, a file changed during a build), imports,
 * code expressions and elements no section may hold stop there, before any of it runs or is published.
 */
export function remarkRefuseCode() {
  return (tree: object) => {
    walk(tree as MdxNode, (node) => {
      if (runsCode(node)) throw new Error(`Line ${node.position?.start.line ?? '?'}: code is not allowed in content (run the content check for the full list)`);
      if (ELEMENT.has(node.type)) {
        if (node.name && !(node.name in allowedHtml) && !(componentNames as string[]).includes(node.name)) {
          throw new Error(`Line ${node.position?.start.line ?? '?'}: <${node.name}> is not allowed in a section (run the content check for the full list)`);
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute' || !literal(attr.value).ok) throw new Error(`Line ${node.position?.start.line ?? '?'}: <${node.name}> has code in an attribute, which is not allowed`);
        }
      }
    });
  };
}
