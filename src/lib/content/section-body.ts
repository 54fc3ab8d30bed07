// A section's MDX body, compiled when a page that shows it renders: never a module of its own, so Vite
// bundles no module per section (at 10,000 sections that bundling was most of every build), and a page
// Astro's incremental build keeps never compiles its body at all. This is the one pipeline section bodies
// render through: GitHub's Markdown (remark-gfm), the content check's backstop against code, first
// mentions marked as the check read them, the site's heading ids and anchors, table alignment as classes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProcessor, run, type RunOptions } from '@mdx-js/mdx';
import * as runtime from 'astro/jsx-runtime';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { HEADING_ANCHOR_CLASS, HEADING_WRAPPER_CLASS, rehypeAnchorLabels } from '../heading-anchors';
import { rehypeHeadingSlugs } from '../heading-slugs';
import { remarkMarkFirstMentions } from '../mdx-marks';
import type { Card } from '../people';
import { rehypeTableAlign } from '../table-align';
import { remarkRefuseCode } from './body-rules';
import { frontmatterBody } from './frontmatter';
import { takeParsed } from './parsed-bodies';

/** What a body's rendering reads beside its text: its explainer's cards and language. */
export interface BodyContext {
  cards: readonly Pick<Card, 'name' | 'namedAs'>[] | undefined;
  lang: string;
}

/** A compiled body, rendered like any MDX content: `<Content components={…} />`. */
export type BodyComponent = (props?: { components?: Record<string, unknown> }) => unknown;

/** A content entry as the content layer keeps it: its file (from the project's root) and its text's digest. */
export interface BodyEntry {
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/**
 * Each h2 and h3 gets a link to itself beside it, not inside it, so the heading's accessible name stays its
 * text; the link is named for screen readers (rehypeAnchorLabels) and kept out of search and print.
 */
const headingAnchors = {
  test: ['h2', 'h3'],
  behavior: 'after',
  group: (heading: Element): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: [HEADING_WRAPPER_CLASS, `${HEADING_WRAPPER_CLASS}--${heading.tagName.slice(1)}`] },
    children: [],
  }),
  properties: { className: [HEADING_ANCHOR_CLASS], dataPagefindIgnore: '', dataPrint: 'hide' },
  content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
} as const;

/** The compiled code of a body's MDX, as a function body for `run`; `parsed` is its tree when the content check parsed it already. */
export async function compileBody(body: string, path: string, context: BodyContext, parsed?: Root): Promise<string> {
  const processor = createProcessor({
    format: 'mdx',
    outputFormat: 'function-body',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    remarkPlugins: [remarkGfm, remarkRefuseCode, [remarkMarkFirstMentions, context.cards]],
    rehypePlugins: [rehypeHeadingSlugs, [rehypeAutolinkHeadings, headingAnchors], [rehypeAnchorLabels, context.lang], rehypeTableAlign],
  });
  // What @mdx-js/mdx's compile does (parse, run, stringify), with the parse skipped when it was done.
  const file = new VFile({ value: body, path });
  const tree = parsed ?? processor.parse(file);
  // The processor's types start `run` from the tree its plugins end with (ESTree); it runs from the Markdown tree.
  const program = await processor.run(tree as unknown as Parameters<typeof processor.run>[0], file);
  return String(processor.stringify(program, file));
}

/**
 * A compiled body as a component, marked as @astrojs/mdx marks the MDX modules it compiles: rendered by its
 * renderer ('astro:jsx', the symbol __astro_tag_component__ sets), and an MDX component for its messages.
 */
export async function bodyComponent(code: string): Promise<BodyComponent> {
  const { default: Content } = await run(code, { ...(runtime as unknown as RunOptions), baseUrl: import.meta.url });
  Object.defineProperties(Content, {
    [Symbol.for('astro:renderer')]: { value: 'astro:jsx' },
    [Symbol.for('mdx-component')]: { value: true },
    [Symbol.for('astro.needsHeadRendering')]: { value: true },
  });
  return Content as BodyComponent;
}

/** Compiled bodies by file and digest: a build renders each body twice (its page and the full story), compiling it once. */
const compiled = new Map<string, Promise<string>>();

/** A section's body, read from its file and compiled (once per file and text). */
export async function sectionBody(entry: BodyEntry, context: BodyContext): Promise<BodyComponent> {
  if (!entry.filePath) throw new Error('A section without a file has no body to render');
  const path = resolve(entry.filePath);
  const key = `${path}\0${entry.digest ?? ''}\0${context.lang}\0${JSON.stringify(context.cards ?? null)}`;
  let code = compiled.get(key);
  if (!code) {
    const body = frontmatterBody(readFileSync(path, 'utf8')) ?? '';
    code = compileBody(body, path, context, takeParsed(path, body) as Root | undefined).catch((error: unknown) => {
      compiled.delete(key);
      throw new Error(`${entry.filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    compiled.set(key, code);
  }
  return bodyComponent(await code);
}
