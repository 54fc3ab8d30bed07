// Checks every explainer before Astro builds anything, so bad content stops the build with one list
// naming each file and field, and never leaves a half-built site behind. It reads each file once:
// every path under the content root is used or refused, frontmatter meets the schemas, bodies are
// content and not code, links and anchors resolve, and the marks the pages need are collected.
import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { ZodType } from 'astro/zod';
import { SITE } from '../site';
import { explainerSchema, peopleSchema, sectionSchema } from '../content.config';
import { controlCharacter, readBody, type BodyReference, type HeadingMark } from './content/body-rules';
import { schemaProblems } from './content/error-map';
import { splitFrontmatter } from './content/frontmatter';
import { placeholderProblems } from './content/placeholders';
import { entriesOf, readText, siteRoutes, UnreadableFile, unusedFileAdvice, type Entry } from './content/layout';
import { cardsNamedIn, marksInSentences, mentionsIn, parseMdx, quotesIn, textOf, unmarkedFirstMentions, walk, type MdxNode } from './mdx-marks';
import { personId, type Card } from './people';
import { undrawable } from './share-fonts';
import { sectionSlugFromFile, slug as slugOf, URL_SLUG } from './slugs';
import { FULL_STORY_SLUG, explainerPath, fullStoryPath, sectionPath } from './urls';

export interface ContentProblem {
  /** Path of the offending file or folder, relative to the working directory. */
  file: string;
  /** The frontmatter field, or what in the body, that is wrong. */
  field?: string;
  message: string;
}

/** What the pages need from a section's body, read once here (virtual:explainer/marks). */
export interface SectionMarks {
  /** Each quote with the sentence around it, word for word, for cards and the people page. */
  quotes: { speaker: string; text: string; sentence: string }[];
  /** Cards opened by <Mention of> in the section, in reading order. */
  mentions: string[];
  /** The sentence around each card's <Mention>: where the section introduces them. */
  introductions: { name: string; sentence: string }[];
  /** Cards whose names the section's text names anywhere. */
  named: string[];
  headings: HeadingMark[];
}

export interface ContentReport {
  problems: ContentProblem[];
  /** By section id, "<explainer>/<section>", as the sections collection names them. */
  marks: Record<string, SectionMarks>;
  /** Each explainer folder's language (BCP 47), for what renders its Markdown. */
  languages: Record<string, string>;
}

export interface SiteLayout {
  /** src/pages and public/: the routes an explainer folder may not take. */
  pagesDir: string;
  publicDir: string;
}

interface ReadFile {
  data: Record<string, unknown> | undefined;
  valid: boolean;
  tree: MdxNode | undefined;
}

interface Section extends ReadFile {
  file: string;
  slug: string;
}

interface Body {
  file: string;
  page: string;
  references: BodyReference[];
}

/** An anchor set, or 'any' where the check does not know a page's ids. */
type Anchors = Set<string> | 'any';

const DEFAULT_LAYOUT: SiteLayout = { pagesDir: 'src/pages', publicDir: 'public' };

export function checkContent(root: string, layout: SiteLayout = DEFAULT_LAYOUT): ContentReport {
  const problems: ContentProblem[] = [];
  const marks: Record<string, SectionMarks> = {};
  const languages: Record<string, string> = {};
  const at = (path: string) => relative(process.cwd(), path) || path;
  const add = (file: string, field: string | undefined, message: string) => problems.push({ file, ...(field ? { field } : {}), message });

  let top: Entry[];
  try {
    if (!lstatSync(resolve(root)).isDirectory()) return { problems: [{ file: at(root), message: 'is not a folder: point EXPLAINER_CONTENT at the folder of explainers' }], marks, languages };
    top = entriesOf(root);
  } catch {
    return { problems: [{ file: at(root), message: 'content folder not found' }], marks, languages };
  }
  if (!top.some((e) => e.kind === 'folder')) add(at(root), undefined, 'holds no explainer folder');

  const routes = siteRoutes(layout.pagesDir, layout.publicDir);
  const pages = new Map<string, Anchors>([['/', 'any'], ['/people/', new Set()], ['/topics/', 'any'], ['/search/', 'any']]);
  const bodies: Body[] = [];
  const topics = new Map<string, { topic: string; file: string }>();
  const people = new Map<string, { name: string; file: string }>();

  for (const entry of top) {
    if (entry.kind === 'link') {
      add(at(entry.path), undefined, `is a symbolic link, which the site does not follow: put the real folder in ${at(root)}`);
      continue;
    }
    if (entry.kind !== 'folder') {
      add(at(entry.path), undefined, `only explainer folders belong in ${at(root)}: move this file into an explainer’s folder, or remove it`);
      continue;
    }
    try {
      checkExplainer(entry.name, entry.path);
    } catch (error) {
      // A failure of the check itself still names the folder and stops the build cleanly.
      add(at(entry.path), undefined, `could not be checked: ${firstLine(error)}`);
    }
  }

  for (const body of bodies) {
    for (const ref of body.references) {
      const message = checkReference(ref, body.page, pages, layout.publicDir);
      if (message) add(body.file, `body, line ${ref.line ?? '?'}`, message);
    }
  }
  return { problems, marks, languages };

  function checkExplainer(folder: string, dir: string): void {
    if (!URL_SLUG.test(folder)) add(at(dir), undefined, 'folder name is the explainer URL: use lowercase letters, digits and single hyphens');
    if (routes.has(folder)) add(at(dir), undefined, `folder name "${folder}" is taken by the site’s own /${folder}/: rename the folder`);
    pages.set(explainerPath(folder), 'any');

    const entries = entriesOf(dir);
    const index = entries.find((e) => e.kind === 'index');
    const explainer = index ? readMdxFile(index.path, explainerSchema) : undefined;
    if (!index) {
      add(at(dir), undefined, `sections point at an unknown explainer "${folder}": add ${at(join(dir, 'index.mdx'))} with the explainer's headline, summary, dates and source`);
    } else if (explainer?.tree && textOf(explainer.tree).trim()) {
      add(at(index.path), 'body', 'index.mdx holds the explainer’s fields only, and its text is shown nowhere: move the text into a section');
    }

    const lang = explainer?.valid ? explainer.data?.['lang'] : undefined;
    languages[folder] = typeof lang === 'string' ? lang : SITE.lang;
    const named = (explainer?.data?.['source'] as { file?: unknown } | undefined)?.file;
    const sourceName = typeof named === 'string' ? named : undefined;
    const sourceText = sourceName === undefined ? undefined : readSource(index!.path, dir, sourceName);
    if (index && explainer?.valid && sourceText !== undefined) checkSubheads(at(index.path), explainer.data, sourceText);

    const sections: Section[] = [];
    for (const e of entries) {
      if (e.kind === 'section') {
        const read = readMdxFile(e.path, sectionSchema);
        const own = read.valid ? (read.data?.['slug'] as string | undefined) : undefined;
        sections.push({ ...read, file: at(e.path), slug: own ?? sectionSlugFromFile(e.name) });
      } else if (e.kind === 'link') {
        add(at(e.path), undefined, 'is a symbolic link, which the site does not follow: put the real file here');
      } else if (e.kind === 'folder') {
        add(at(e.path), undefined, e.name.endsWith('.mdx') ? 'is a folder, where a section file was expected' : `subfolders are not read: move its .mdx files up into ${at(dir)}`);
      } else if (e.kind === 'other' && e.name !== sourceName) {
        add(at(e.path), undefined, unusedFileAdvice(e.name));
      }
    }
    if (sections.length === 0) add(at(dir), undefined, 'explainer has no sections: add at least one section .mdx file');

    for (const s of sections) {
      if (!URL_SLUG.test(s.slug)) add(s.file, 'slug', `"${s.slug}" is not a valid URL slug: rename the file or set slug (lowercase letters, digits and single hyphens)`);
      if (s.slug === FULL_STORY_SLUG) add(s.file, 'slug', `"${s.slug}" is reserved for the explainer's ${FULL_STORY_SLUG} page`);
      if (s.tree && !hasText(s.tree)) add(s.file, 'body', 'is empty: write the section’s text below the frontmatter');
    }
    for (const [field, key] of [['order', (s: Section) => s.data?.['order']], ['slug', (s: Section) => s.slug]] as const) {
      const seen = new Map<unknown, string>();
      for (const s of sections) {
        const value = key(s);
        if (value === undefined) continue;
        const first = seen.get(value);
        if (first) add(s.file, field, `${field} ${JSON.stringify(value)} is already used by ${first}`);
        else seen.set(value, s.file);
      }
    }
    if (index && explainer?.valid) checkSectionLinks(at(index.path), explainer.data, sections);
    if (index && explainer?.valid) checkDrawable(at(index.path), 'headline', explainer.data?.['headline']);
    for (const s of sections) {
      if (!s.valid) continue;
      checkDrawable(s.file, 'title', s.data?.['title']);
      checkDrawable(s.file, 'question', s.data?.['question']);
    }

    const peopleEntry = entries.find((e) => e.kind === 'people');
    const peopleFile = at(join(dir, 'people.yaml'));
    const cards = peopleEntry ? readPeople(peopleFile, peopleEntry.path, sourceText) : undefined;

    const fullStoryAnchors = new Set<string>(['contents']);
    for (const s of sections) {
      const reading = s.tree ? readBody(s.tree) : undefined;
      for (const p of reading?.problems ?? []) add(s.file, `body, line ${p.line ?? '?'}`, p.message);
      const headings = reading?.headings ?? [];
      pages.set(sectionPath(folder, s.slug), new Set(headings.map((h) => h.id)));
      fullStoryAnchors.add(s.slug);
      headings.forEach((h) => fullStoryAnchors.add(`${s.slug}--${h.id}`));
      if (reading) bodies.push({ file: s.file, page: sectionPath(folder, s.slug), references: reading.references });
      if (s.valid) checkHeadingsBelong(s, headings, sections);
      if (s.valid && s.tree) checkInShort(s, s.tree);
      if (s.tree) {
        checkMarks(s, cards, peopleFile);
        const inSentences = marksInSentences(s.tree, languages[folder]);
        marks[`${folder}/${s.slug}`] = {
          quotes: inSentences.flatMap((m) => (m.kind === 'Quote' ? [{ speaker: m.name, text: m.text, sentence: m.sentence }] : [])),
          mentions: [...new Set(mentionsIn(s.tree).flatMap((m) => (m.of ? [m.of] : [])))],
          introductions: inSentences.flatMap((m) => (m.kind === 'Mention' ? [{ name: m.name, sentence: m.sentence }] : [])),
          named: cards ? cardsNamedIn(s.tree, cards) : [],
          headings,
        };
      }
      checkTopics(s);
    }
    pages.set(fullStoryPath(folder), fullStoryAnchors);
    for (const card of cards ?? []) {
      const id = personId(card.name);
      const first = people.get(id);
      if (first && first.name !== card.name) add(peopleFile, 'people', `"${card.name}" makes the same id ("${id}") as "${first.name}" in ${first.file}: one person needs one spelling, two people two different names`);
      else if (!first) people.set(id, { name: card.name, file: peopleFile });
      (pages.get('/people/') as Set<string>).add(id);
    }
  }

  /** Reads an MDX file's frontmatter against its schema and parses its body; problems are recorded. */
  function readMdxFile(path: string, schema: ZodType): ReadFile {
    const file = at(path);
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      add(file, undefined, (error as Error).message);
      return { data: undefined, valid: false, tree: undefined };
    }
    const split = splitFrontmatter(text);
    if (!split.ok) {
      add(file, 'frontmatter', split.message);
      return { data: undefined, valid: false, tree: undefined };
    }
    const result = validate(schema, split.data, file, 'frontmatter');
    for (const p of placeholderProblems(split.data, text)) add(file, p.field, p.message);
    const lines = split.body.split('\n');
    const controlLine = lines.findIndex((line) => controlCharacter(line));
    if (controlLine >= 0) {
      add(file, `body, line ${controlLine + 1}`, `contains the control character ${controlCharacter(lines[controlLine]!)}: retype the text around it`);
      return { data: result.data, valid: result.success, tree: undefined };
    }
    let tree: MdxNode | undefined;
    try {
      tree = parseMdx(split.body);
    } catch (error) {
      const line = (error as { line?: number }).line;
      add(file, line ? `body, line ${line}` : 'body', `is not valid MDX: ${firstLine(error)}`);
    }
    return { data: result.data, valid: result.success, tree };
  }

  /** The source text named by source.file: a UTF-8 file inside the explainer's folder. */
  function readSource(indexPath: string, dir: string, name: string): string | undefined {
    const file = at(indexPath);
    const path = resolve(dir, name);
    const inside = relative(resolve(dir), path);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
      add(file, 'source.file', `"${name}" is outside the explainer’s folder: keep the source text beside index.mdx, as source.txt`);
      return undefined;
    }
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) throw new UnreadableFile('is a symbolic link: keep the real file beside index.mdx');
      if (stat.isDirectory()) throw new UnreadableFile('is a folder: name the source text file, such as source.txt');
      return readText(path);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      add(file, 'source.file', missing ? `file "${name}" not found beside it` : `"${name}" ${(error as Error).message}`);
      return undefined;
    }
  }

  /** people.yaml: valid, and every name and role found word for word in the source text. */
  function readPeople(file: string, path: string, source: string | undefined): Card[] | undefined {
    let raw: unknown;
    try {
      raw = yaml.load(readText(path), { schema: yaml.CORE_SCHEMA });
    } catch (error) {
      add(file, undefined, error instanceof UnreadableFile ? error.message : `is not valid YAML: ${firstLine(error)}`);
      return undefined;
    }
    const result = validate(peopleSchema, raw, file, 'people');
    if (!result.success) return undefined;
    const cards = (result.data as { people: Card[] }).people;
    if (source !== undefined) {
      const flat = source.replace(/\s+/g, ' ');
      cards.forEach((card, i) => {
        if (!flat.includes(card.name)) add(file, `people.${i}.name`, `"${card.name}" does not appear in the source text: cards are only for people and organisations the report names`);
        if (card.role && !flat.includes(card.role)) add(file, `people.${i}.role`, `"${card.role}" is not word for word in the source text: copy the role exactly as the report gives it`);
        card.namedAs.forEach((term, j) => {
          if (!flat.includes(term)) add(file, `people.${i}.namedAs.${j}`, `"${term}" does not appear in the source text`);
        });
      });
    }
    return cards;
  }

  /** Takeaways and timeline entries point at sections that exist. */
  function checkSectionLinks(file: string, data: Record<string, unknown> | undefined, sections: readonly Section[]): void {
    const slugs = new Set(sections.map((s) => s.slug));
    for (const field of ['takeaways', 'timeline'] as const) {
      const list = data?.[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item: { section?: unknown }, i) => {
        if (typeof item.section === 'string' && !slugs.has(item.section)) {
          add(file, `${field}.${i}.section`, `"${item.section}" is not a section of this explainer (sections: ${[...slugs].join(', ')})`);
        }
      });
    }
  }

  /** <Quote by> and <Mention of> name cards; each card's first mention in a section is marked; people lists agree with the text. */
  function checkMarks(section: Section, cards: Card[] | undefined, peopleFile: string): void {
    const { file, tree } = section;
    const listed = section.data?.['people'];
    const known = new Set((cards ?? []).map((c) => c.name));
    const unknown = (name: string) =>
      cards ? `"${name}" has no card in ${peopleFile} (cards: ${[...known].join(', ')})` : `"${name}" has no card: add ${peopleFile} listing the people and organisations the report names`;
    if (cards && Array.isArray(listed)) {
      listed.forEach((name, i) => {
        if (typeof name === 'string' && !known.has(name)) add(file, `people.${i}`, unknown(name));
      });
    }
    if (!tree) return;
    for (const q of quotesIn(tree)) {
      if (q.speaker && !known.has(q.speaker)) add(file, `body, line ${q.line ?? '?'}`, `<Quote by=…>: ${unknown(q.speaker)}`);
    }
    for (const m of mentionsIn(tree)) {
      if (m.of && !known.has(m.of)) add(file, `body, line ${m.line ?? '?'}`, `<Mention of=…>: ${unknown(m.of)}`);
    }
    if (!cards) return;
    for (const u of unmarkedFirstMentions(tree, cards)) {
      add(file, `body, line ${u.line ?? '?'}`, `first mention of ${u.name} ("${u.term}") opens their card: wrap it in <Mention of="${u.name}">…</Mention>`);
    }
    if (Array.isArray(listed)) {
      const persons = new Set(cards.filter((c) => c.kind === 'person').map((c) => c.name));
      for (const name of cardsNamedIn(tree, cards)) {
        if (persons.has(name) && !listed.includes(name)) add(file, 'people', `the text names ${name}: add "${name}" to people`);
      }
    }
  }

  /** The source's subheads are lines of the source, so listing one can never hide a paragraph of reporting. */
  function checkSubheads(file: string, data: Record<string, unknown> | undefined, source: string): void {
    const subheads = (data?.['source'] as { subheads?: unknown } | undefined)?.subheads;
    if (!Array.isArray(subheads)) return;
    const lines = new Set(source.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()));
    subheads.forEach((subhead, i) => {
      if (typeof subhead === 'string' && !lines.has(subhead.replace(/\s+/g, ' ').trim())) {
        add(file, `source.subheads.${i}`, `"${subhead}" is not a line of its own in the source text: list only the report’s subheads, word for word`);
      }
    });
  }

  /** A section's subheads are its own: none repeats the section's title, which the page already shows, or names another section. */
  function checkHeadingsBelong(section: Section, headings: readonly HeadingMark[], sections: readonly Section[]): void {
    const title = section.data?.['title'];
    if (typeof title !== 'string') return;
    for (const h of headings) {
      const other = sections.find((s) => s !== section && typeof s.data?.['title'] === 'string' && sameWords(h.text, s.data['title'] as string));
      if (sameWords(h.text, title)) {
        add(section.file, `body, line ${h.line ?? '?'}`, `the subhead "${h.text}" repeats the section’s title: remove it (the page shows the title), or give the title another name`);
      } else if (other) {
        add(section.file, `body, line ${h.line ?? '?'}`, `the subhead "${h.text}" names another section (${other.file}): a section’s subheads introduce its own text; move the text there, or rename the subhead`);
      }
    }
  }

  /** Each "in short" point points at a paragraph the section has, one that shares words with it. */
  function checkInShort(section: Section, tree: MdxNode): void {
    const points = section.data?.['inShort'];
    if (!Array.isArray(points)) return;
    const paragraphs = paragraphsOf(tree);
    points.forEach((point: { text: string; paragraph: number }, i) => {
      const paragraph = paragraphs[point.paragraph - 1];
      if (paragraph === undefined) {
        add(section.file, `inShort.${i}.paragraph`, `the section has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, so there is no paragraph ${point.paragraph}: point at the paragraph that states “${point.text}”`);
      } else if (!sharesWords(point.text, paragraph)) {
        add(section.file, `inShort.${i}.paragraph`, `paragraph ${point.paragraph} (“${paragraph.slice(0, 60)}…”) shares no word with “${point.text}”: point at the paragraph that states it`);
      }
    });
  }

  /** One topic, one spelling, one /topics/ address, across every explainer. */
  function checkTopics(section: Section): void {
    const list = section.data?.['topics'];
    if (!Array.isArray(list)) return;
    list.forEach((topic, i) => {
      if (typeof topic !== 'string') return;
      const key = slugOf(topic);
      if (!key) {
        add(section.file, `topics.${i}`, `"${topic}" needs letters or digits to make a /topics/ address`);
        return;
      }
      pages.set(`/topics/${key}/`, 'any');
      // Topics are shown as titles, in sentence case; scripts without capitals (Arabic, Chinese) are left alone.
      const first = [...topic.trim()][0] ?? '';
      if (first !== first.toLocaleUpperCase() && first === first.toLocaleLowerCase()) {
        add(section.file, `topics.${i}`, `"${topic}" is shown as a title: start it with a capital, as "${first.toLocaleUpperCase()}${topic.trim().slice(first.length)}" (sentence case: "Ukraine war", "Sanctions and tariffs")`);
      }
      const seen = topics.get(key);
      if (seen && seen.topic !== topic) {
        add(section.file, `topics.${i}`, `"${topic}" makes the same /topics/${key}/ address as "${seen.topic}" in ${seen.file}: use one spelling for one topic`);
      } else if (!seen) topics.set(key, { topic, file: section.file });
    });
  }

  /** Text drawn on share images must be in the images' fonts, or readers would see empty boxes. */
  function checkDrawable(file: string, field: string, text: unknown): void {
    const missing = typeof text === 'string' ? undrawable(text) : [];
    if (missing.length) add(file, field, `the share image cannot draw ${missing.join(', ')}: its fonts cover Latin, Cyrillic and Greek letters; leave the character out`);
  }

  /** Validates data against a schema, one problem per issue, naming the field. */
  function validate(schema: ZodType, data: unknown, file: string, whole: string): { success: boolean; data: Record<string, unknown> | undefined } {
    const result = schemaProblems(schema, data);
    for (const { field, message } of result.problems) add(file, field || whole, message);
    return { success: result.success, data: result.data as Record<string, unknown> | undefined };
  }
}

/** The section's paragraphs of text, in order, as readers count them: top-level paragraphs, not captions or lists. */
export function paragraphsOf(tree: MdxNode): string[] {
  return (tree.children ?? []).filter((node) => node.type === 'paragraph').map((node) => textOf(node).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The words of a text, case and punctuation aside, in any script. */
function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether two texts say the same words, whatever their case and punctuation ("Pressure tactics" = "Pressure Tactics:"). */
export function sameWords(a: string, b: string): boolean {
  return wordsOf(a).join(' ') === wordsOf(b).join(' ');
}

/**
 * Whether a point and a paragraph share a word of five or more letters, compared on its first five so
 * endings may differ ("talks", "talked"; "бібліотека", "бібліотеки"): a light guard against a point
 * that lost its paragraph in an edit, in any language.
 */
function sharesWords(point: string, paragraph: string): boolean {
  const stems = (text: string) => new Set(wordsOf(text).filter((w) => [...w].length >= 5).map((w) => [...w].slice(0, 5).join('')));
  const inParagraph = stems(paragraph);
  return [...stems(point)].some((stem) => inParagraph.has(stem));
}

/** Whether a section body holds anything a reader would see: text, or a component such as a figure. */
function hasText(tree: MdxNode): boolean {
  let found = false;
  walk(tree, (node) => {
    if ((node.type === 'text' && String(node.value ?? '').trim()) || node.type === 'mdxJsxFlowElement' || node.type === 'image') found = true;
    return !found;
  });
  return found;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Whether a link or image in a body leads somewhere the build publishes; a message if not. */
function checkReference(ref: BodyReference, page: string, pages: Map<string, Anchors>, publicDir: string): string | undefined {
  const { url } = ref;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (ref.kind !== 'link') {
    // An image written into the page itself is published with it (the CSP allows data: images).
    if (scheme === 'data' && /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(url)) return undefined;
    if (scheme || url.startsWith('//')) return `image "${url}" is on another site, which the site’s security policy blocks: put the file in public/ and write its path, such as /photos/name.jpg`;
    const path = decodePath(new URL(url, `https://site.invalid${page}`).pathname);
    const file = path === undefined ? undefined : join(publicDir, path);
    if (!file || !isFile(file)) return `image "${url}" is not a file in ${publicDir}/: add it there, or correct the path`;
    return undefined;
  }
  if (scheme === 'http' || scheme === 'https') {
    return URL.canParse(url) ? undefined : `links to "${url}", which is not a valid web address`;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme) return `links to "${url.slice(0, 40)}": only https://, http:// and mailto: links, and pages of this site, are allowed`;
  if (url.startsWith('//')) return `links to "${url}": write the full address, starting with https://`;
  const target = new URL(url || '#', `https://site.invalid${page}`);
  const decoded = decodePath(target.pathname);
  const path = decoded === undefined ? undefined : /\/$|\.[a-z0-9]+$/i.test(decoded) ? decoded : `${decoded}/`;
  const anchors = path === undefined ? undefined : pages.get(path);
  if (!anchors && path !== undefined && isFile(join(publicDir, path))) return undefined;
  if (!anchors) return `links to ${url}, which is not a page of this site`;
  const hash = decodeURIComponent(target.hash.slice(1));
  if (hash && anchors !== 'any' && !anchors.has(hash)) {
    const list = [...anchors];
    return `links to ${url}, but ${path} has no anchor "${hash}"${list.length ? ` (anchors there: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ' …' : ''})` : ''}`;
  }
  return undefined;
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}

/** The one message an editor sees: a line per problem, file → field: what is wrong. */
export function formatProblems(problems: readonly ContentProblem[], outcome = 'nothing was built'): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  return `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; ${outcome}:\n${lines.join('\n')}`;
}
