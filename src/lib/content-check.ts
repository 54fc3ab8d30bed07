// Checks every explainer before Astro builds anything, so bad content stops the build with a
// message naming the file and the field, and never leaves a half-built site behind.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { ZodType } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { explainerSchema, peopleSchema, sectionSchema } from '../content.config';
import { mdxComponentNames } from '../components/mdx/names';
import { RESERVED_EXPLAINER_SLUGS, RESERVED_SECTION_SLUGS, sectionSlugFromFile } from './slugs';
import { attribute, cardsNamedIn, mentionsIn, quotesIn, unmarkedFirstMentions, type MdxNode } from './mdx-marks';
import type { Card } from './people';
import { topicSlug } from './topics';
import { FULL_STORY_SLUG, explainerPath, fullStoryPath, sectionPath } from './urls';

export interface ContentProblem {
  /** Path of the offending file or folder, relative to the working directory. */
  file: string;
  /** The frontmatter field, or what in the body, that is wrong. */
  field?: string;
  message: string;
}

interface Section {
  file: string;
  slug: string;
  order: unknown;
  data: unknown;
  tree: MdxNode | undefined;
}

/** Figures need a title, a text alternative and a source line, as photos need alt text; quotes a speaker. */
const REQUIRED_ATTRIBUTES: Record<string, readonly string[]> = {
  PercentFigure: ['title', 'description', 'source'],
  CapFigure: ['title', 'description', 'source'],
  Quote: ['by'],
  Mention: ['of'],
};

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

  const pages = new Set<string>(['/', '/people/', '/topics/']);
  const bodies: { file: string; tree: MdxNode }[] = [];
  const topics = new Map<string, { topic: string; file: string }>();

  for (const folder of folders) {
    const dir = join(root, folder);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(folder)) {
      problems.push({ file: at(dir), message: 'folder name is the explainer URL: use lowercase letters, digits and hyphens' });
    }
    if (RESERVED_EXPLAINER_SLUGS.includes(folder)) {
      problems.push({ file: at(dir), message: `folder name "${folder}" is taken by the site's /${folder}/ page: rename the folder` });
    }
    pages.add(explainerPath(folder));
    pages.add(fullStoryPath(folder));

    const indexFile = join(dir, 'index.mdx');
    const sectionFiles = readdirSync(dir)
      .filter((name) => /\.mdx$/.test(name) && name !== 'index.mdx')
      .sort()
      .map((name) => join(dir, name));

    let explainerData: unknown;
    let sourceText: string | undefined;
    if (!existsSync(indexFile)) {
      problems.push({
        file: at(dir),
        message: `sections point at an unknown explainer "${folder}": add ${at(indexFile)} with the explainer's headline, summary, dates and source`,
      });
    } else {
      const parsed = readMdx(indexFile, explainerSchema, problems, at);
      if (parsed?.tree) bodies.push({ file: at(indexFile), tree: parsed.tree });
      explainerData = parsed?.data;
      const sourceFile = (parsed?.data as { source?: { file?: unknown } } | undefined)?.source?.file;
      if (typeof sourceFile === 'string' && !existsSync(join(dir, sourceFile))) {
        problems.push({ file: at(indexFile), field: 'source.file', message: `file "${sourceFile}" not found beside it` });
      } else if (typeof sourceFile === 'string') {
        sourceText = readFileSync(join(dir, sourceFile), 'utf8');
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
      sections.push({ file: at(file), slug, order: data.order, data: parsed.data, tree: parsed.tree });
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

    if (existsSync(indexFile)) checkSectionLinks(at(indexFile), explainerData, sections, problems);
    const peopleFile = join(dir, 'people.yaml');
    const cards = existsSync(peopleFile) ? readPeople(at(peopleFile), peopleFile, sourceText, problems) : undefined;
    for (const s of sections) checkMarks(s, cards, at(peopleFile), problems);
    for (const s of sections) {
      const list = (s.data as { topics?: unknown }).topics;
      if (!Array.isArray(list)) continue;
      list.forEach((topic, i) => {
        if (typeof topic !== 'string') return;
        const key = topicSlug(topic);
        if (!key) {
          problems.push({ file: s.file, field: `topics.${i}`, message: `"${topic}" needs letters or digits to make a /topics/ address` });
          return;
        }
        const first = topics.get(key);
        if (first && first.topic !== topic) {
          problems.push({ file: s.file, field: `topics.${i}`, message: `"${topic}" is spelled "${first.topic}" in ${first.file}: use one spelling for one topic` });
        } else if (!first) topics.set(key, { topic, file: s.file });
      });
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
  const result = validate(schema, frontmatter, file, 'frontmatter', problems);
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
      for (const name of REQUIRED_ATTRIBUTES[node.name] ?? []) {
        if (!String(attribute(node, name) ?? '').trim()) {
          problems.push({ file, field: where(node), message: `<${node.name}> needs ${name}="..."` });
        }
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

/** Takeaways and timeline entries point at sections that exist. */
function checkSectionLinks(file: string, data: unknown, sections: readonly Section[], problems: ContentProblem[]): void {
  const slugs = new Set(sections.map((s) => s.slug));
  for (const field of ['takeaways', 'timeline'] as const) {
    const list = (data as Record<string, unknown> | undefined)?.[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const section = (item as { section?: unknown } | undefined)?.section;
      if (typeof section === 'string' && !slugs.has(section)) {
        problems.push({ file, field: `${field}.${i}.section`, message: `"${section}" is not a section of this explainer (sections: ${[...slugs].join(', ')})` });
      }
    });
  }
}

/** people.yaml: valid, and every name and role found word for word in the source text. */
function readPeople(file: string, path: string, source: string | undefined, problems: ContentProblem[]): Card[] | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  const result = validate(peopleSchema, raw, file, 'people', problems);
  if (!result.success) return undefined;
  const cards = result.data.people;
  if (source !== undefined) {
    const flat = source.replace(/\s+/g, ' ');
    cards.forEach((card, i) => {
      if (!flat.includes(card.name)) problems.push({ file, field: `people.${i}.name`, message: `"${card.name}" does not appear in the source text: cards are only for people and organisations the report names` });
      if (card.role && !flat.includes(card.role)) problems.push({ file, field: `people.${i}.role`, message: `"${card.role}" is not word for word in the source text: copy the role exactly as the report gives it` });
      card.namedAs.forEach((term, j) => {
        if (!flat.includes(term)) problems.push({ file, field: `people.${i}.namedAs.${j}`, message: `"${term}" does not appear in the source text` });
      });
    });
  }
  return cards;
}

/** <Quote by> and <Mention of> name cards; each card's first mention in a section is marked; people lists agree with the text. */
function checkMarks(section: Section, cards: Card[] | undefined, peopleFile: string, problems: ContentProblem[]): void {
  const { file, tree } = section;
  const listed = (section.data as { people?: unknown }).people;
  const known = new Set((cards ?? []).map((c) => c.name));
  const unknown = (name: string) =>
    cards ? `"${name}" has no card in ${peopleFile} (cards: ${[...known].join(', ')})` : `"${name}" has no card: add ${peopleFile} listing the people and organisations the report names`;
  if (cards && Array.isArray(listed)) {
    listed.forEach((name, i) => {
      if (typeof name === 'string' && !known.has(name)) problems.push({ file, field: `people.${i}`, message: unknown(name) });
    });
  }
  if (!tree) return;
  for (const q of quotesIn(tree)) {
    if (q.speaker && !known.has(q.speaker)) problems.push({ file, field: `body, line ${q.line ?? '?'}`, message: `<Quote by=…>: ${unknown(q.speaker)}` });
  }
  for (const m of mentionsIn(tree)) {
    if (m.of && !known.has(m.of)) problems.push({ file, field: `body, line ${m.line ?? '?'}`, message: `<Mention of=…>: ${unknown(m.of)}` });
  }
  if (!cards) return;
  for (const u of unmarkedFirstMentions(tree, cards)) {
    problems.push({ file, field: `body, line ${u.line ?? '?'}`, message: `first mention of ${u.name} ("${u.term}") opens their card: wrap it in <Mention of="${u.name}">…</Mention>` });
  }
  if (Array.isArray(listed)) {
    const persons = new Set(cards.filter((c) => c.kind === 'person').map((c) => c.name));
    for (const name of cardsNamedIn(tree, cards)) {
      if (persons.has(name) && !listed.includes(name)) problems.push({ file, field: 'people', message: `the text names ${name}: add "${name}" to people` });
    }
  }
}

/** Validates data against a schema, one problem per issue, naming the field ("is required" when absent). */
function validate<T extends ZodType>(schema: T, data: unknown, file: string, whole: string, problems: ContentProblem[]) {
  const result = schema.safeParse(data);
  for (const issue of result.error?.issues ?? []) {
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    problems.push({ file, field: issue.path.join('.') || whole, message: missing ? 'is required' : issue.message });
  }
  return result;
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
