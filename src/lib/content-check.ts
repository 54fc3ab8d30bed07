// Checks every explainer before Astro builds anything, so bad content stops the build with a
// message naming the file and the field, and never leaves a half-built site behind.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { ZodType } from 'astro/zod';
import { explainerSchema, sectionSchema } from '../content.config';
import { mdxComponentNames } from '../components/mdx/names';
import { RESERVED_SECTION_SLUGS, sectionSlugFromFile } from './slugs';
import { FULL_STORY_SLUG, explainerPath, fullStoryPath, sectionPath } from './urls';

export interface ContentProblem {
  /** Path of the offending file or folder, relative to the working directory. */
  file: string;
  /** The frontmatter field, or what in the body, that is wrong. */
  field?: string;
  message: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

interface Section {
  file: string;
  slug: string;
  order: unknown;
  tree: MdxNode | undefined;
}

const mdxParser = createProcessor({ format: 'mdx' });
const known = new Set<string>(mdxComponentNames);

export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: string) => relative(process.cwd(), path) || path;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return [{ file: at(root), message: 'content folder not found' }];
  }
  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  if (folders.length === 0) problems.push({ file: at(root), message: 'holds no explainer folder' });

  const pages = new Set<string>(['/']);
  const bodies: { file: string; tree: MdxNode }[] = [];

  for (const folder of folders) {
    const dir = join(root, folder);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(folder)) {
      problems.push({ file: at(dir), message: 'folder name is the explainer URL: use lowercase letters, digits and hyphens' });
    }
    pages.add(explainerPath(folder));
    pages.add(fullStoryPath(folder));

    const indexFile = join(dir, 'index.mdx');
    const sectionFiles = readdirSync(dir)
      .filter((name) => /\.mdx$/.test(name) && name !== 'index.mdx')
      .sort()
      .map((name) => join(dir, name));

    if (!existsSync(indexFile)) {
      problems.push({
        file: at(dir),
        message: `sections point at an unknown explainer "${folder}": add ${at(indexFile)} with the explainer's headline, summary, dates and source`,
      });
    } else {
      const parsed = readMdx(indexFile, explainerSchema, problems, at);
      if (parsed?.tree) bodies.push({ file: at(indexFile), tree: parsed.tree });
      const sourceFile = (parsed?.data as { source?: { file?: unknown } } | undefined)?.source?.file;
      if (typeof sourceFile === 'string' && !existsSync(join(dir, sourceFile))) {
        problems.push({ file: at(indexFile), field: 'source.file', message: `file "${sourceFile}" not found beside it` });
      }
    }
    if (sectionFiles.length === 0) {
      problems.push({ file: at(dir), message: 'explainer has no sections: add at least one section .mdx file' });
    }

    const sections: Section[] = [];
    for (const file of sectionFiles) {
      const parsed = readMdx(file, sectionSchema, problems, at);
      if (!parsed) continue;
      const data = parsed.data as { slug?: unknown; order?: unknown };
      const slug = typeof data.slug === 'string' ? data.slug : sectionSlugFromFile(file);
      sections.push({ file: at(file), slug, order: data.order, tree: parsed.tree });
      if (parsed.tree) bodies.push({ file: at(file), tree: parsed.tree });
      pages.add(sectionPath(folder, slug));
    }
    for (const s of sections) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.slug)) {
        problems.push({ file: s.file, field: 'slug', message: `"${s.slug}" is not a valid URL slug: rename the file or set slug` });
      }
      if (RESERVED_SECTION_SLUGS.includes(s.slug)) {
        problems.push({ file: s.file, field: 'slug', message: `"${s.slug}" is reserved for the explainer's ${FULL_STORY_SLUG} page` });
      }
    }
    for (const [field, key] of [['order', (s: Section) => s.order], ['slug', (s: Section) => s.slug]] as const) {
      const seen = new Map<unknown, string>();
      for (const s of sections) {
        const value = key(s);
        if (value === undefined) continue;
        const first = seen.get(value);
        if (first) problems.push({ file: s.file, field, message: `${field} ${JSON.stringify(value)} is already used by ${first}` });
        else seen.set(value, s.file);
      }
    }
  }

  for (const { file, tree } of bodies) checkBody(file, tree, pages, problems);
  return problems;
}

function readMdx(
  path: string,
  schema: ZodType,
  problems: ContentProblem[],
  at: (path: string) => string,
): { data: unknown; tree: MdxNode | undefined } | undefined {
  const file = at(path);
  const source = readFileSync(path, 'utf8');
  let frontmatter: Record<string, unknown>;
  let content: string;
  try {
    ({ frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' }));
  } catch (error) {
    problems.push({ file, field: 'frontmatter', message: `is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  const result = schema.safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'frontmatter';
      const missing = issue.code === 'invalid_type' && valueAt(frontmatter, issue.path) === undefined;
      problems.push({ file, field, message: missing ? 'is required' : issue.message });
    }
  }
  let tree: MdxNode | undefined;
  try {
    tree = mdxParser.parse(content) as unknown as MdxNode;
  } catch (error) {
    const line = (error as { line?: number }).line;
    problems.push({ file, field: line ? `body, line ${line}` : 'body', message: `is not valid MDX: ${firstLine(error)}` });
  }
  return { data: result.success ? result.data : frontmatter, tree };
}

/** Unknown components, images without alt text and links to pages that do not exist. */
function checkBody(file: string, tree: MdxNode, pages: Set<string>, problems: ContentProblem[]): void {
  const where = (node: MdxNode) => `body, line ${node.position?.start.line ?? '?'}`;
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      if (!known.has(node.name)) {
        problems.push({ file, field: where(node), message: `<${node.name}> is not a known component (known: ${[...known].join(', ')})` });
      }
      const attrs = new Map((node.attributes ?? []).map((a) => [a.name, a.value]));
      if (node.name === 'Photo' && attrs.has('src') && !(typeof attrs.get('alt') === 'string' && String(attrs.get('alt')).trim())) {
        problems.push({ file, field: where(node), message: '<Photo> with src needs alt text describing the image' });
      }
    }
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.push({ file, field: where(node), message: `image "${node.url}" needs alt text describing it` });
    }
    if (node.type === 'link' && node.url?.startsWith('/')) {
      const path = node.url.split('#')[0]!.replace(/\/?$/, '/');
      if (!pages.has(path)) problems.push({ file, field: where(node), message: `links to ${node.url}, which is not a page of this site` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  return `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${lines.join('\n')}`;
}
