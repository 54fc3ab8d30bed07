// Checks every explainer before Astro builds anything, so bad content stops the build with one list
// naming each file and field, and never leaves a half-built site behind. It reads each file once and
// walks the content root; each family of rules lives in a module of its own under src/lib/content/
// (reading files, sections, people, topics, links, the explainer's own fields, bodies), and this file
// only says in which order they run and what the pages get back (marks, reading). An explainer's own
// files are checked on their own (checkExplainer), so a build can reuse the check of a folder whose
// files did not change (KeptChecks); the rules across explainers and the links run on every check.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE } from '../site';
import { explainerSchema, sectionSchema } from '../content.config';
import { readBody, type BodyReference, type HeadingMark } from './content/body-rules';
import { checkCoverage, type CoveredParagraph } from './content/coverage-rules';
import { checkDrawable, checkSearchAliases, checkSectionLinks, checkSourceTitle, checkSubheads } from './content/explainer-rules';
import { entriesOf, siteRoutes, unusedFileAdvice, type Entry } from './content/layout';
import { checkReference, generatedFiles, type Anchors, type SitePages } from './content/link-rules';
import { checkCardsInSource, checkMarks, checkPersonIds, sectionPeople } from './content/people-rules';
import { readMdxFile, readPeopleFile, readSource, type Section } from './content/read-files';
import { checkDescriptionsAgree, checkReaderAids, type DescribedTopic, type TopicDescriptions } from './content/reader-rules';
import { firstLine, Problems, shown as at, type ContentProblem } from './content/report';
import { checkHeadingsBelong, checkInShort, checkSectionSet, orderOfSection, slugOfSection } from './content/section-rules';
import { checkTopicSpellings, topicsOf, type NamedTopic, type TopicRegistry } from './content/topic-rules';
import { cardsNamedIn, markFirstMentions, marksInSentences, mentionsIn, photosIn, textOf, type PhotoMark } from './mdx-marks';
import type { Card } from './people';
import type { CardText } from './share/page';
import { visibleWords, wordsMinutes } from './reading-time';
import { byOrder } from './sections';
import { URL_SLUG } from './slugs';
import { explainerPath, fullStoryPath, personPath, sectionPath } from './urls';

export { formatProblems, type ContentProblem } from './content/report';
export { paragraphsOf, sameWords } from './content/section-rules';

/** What the pages need from a section's body, read once here (virtual:explainer/marks). */
export interface SectionMarks {
  /** Each quote with the sentence around it, word for word, for cards and the people page. */
  quotes: { speaker: string; text: string; sentence: string }[];
  /** Cards opened by a <Mention> in the section, the editor's or a first mention's own, in reading order. */
  mentions: string[];
  /** The sentence around each card's <Mention>: where the section introduces them. */
  introductions: { name: string; sentence: string }[];
  /** Cards whose names the section's text names anywhere. */
  named: string[];
  /** The people the section names, as its `people` field lists them and its text adds (sectionPeople). */
  people: string[];
  headings: HeadingMark[];
  /** Its <Photo>s in reading order: those not reproduced are listed in its credit area instead of the text. */
  photos: PhotoMark[];
}

/** A section's words as a reader sees them (tags dropped, captions and credits kept) and its reading time. */
export interface SectionReading {
  words: string;
  minutes: number;
}

export interface ContentReport {
  problems: ContentProblem[];
  /** By section id, "<explainer>/<section>", as the sections collection names them. */
  marks: Record<string, SectionMarks>;
  /** By section id, as marks: read here, so the content layer need not keep every body for the pages. */
  reading: Record<string, SectionReading>;
  /** By explainer folder: each paragraph of its source the sections carry, and where (the site tests check the pages show them). */
  coverage: Record<string, CoveredParagraph[]>;
  /** Each explainer folder's source title: `source.title`, or the source text's first line. */
  sourceTitles: Record<string, string>;
}

export interface SiteLayout {
  /** src/pages and public/: the routes an explainer folder may not take. */
  pagesDir: string;
  publicDir: string;
}

interface Body {
  file: string;
  page: string;
  references: BodyReference[];
}

/** What checking one explainer folder's own files gives: JSON, so a build can keep it (KeptChecks). */
export interface ExplainerCheck {
  problems: ContentProblem[];
  language: string;
  sourceTitle?: string | undefined;
  cards?: Card[] | undefined;
  coverage?: CoveredParagraph[] | undefined;
  marks: Record<string, SectionMarks>;
  reading: Record<string, SectionReading>;
  /** The pages the explainer makes, with the anchors links may name on each ('any': not checked). */
  pages: [string, string[] | 'any'][];
  bodies: Body[];
  /** For the rules across explainers: each section's topics, index.mdx's topic descriptions, people.yaml. */
  topics: { file: string; topics: NamedTopic[] }[];
  descriptions: { file: string; topics: DescribedTopic[] } | undefined;
  peopleFile: string;
  /** What its share cards will say, when its index and every section read well: a build starts drawing them now. */
  shareText?: CardText | undefined;
}

/**
 * Checks of explainer folders kept from an earlier build, by a key of everything a check reads: the
 * folder's files, where it is, and `code` (a digest of the check's own code and packages).
 */
export interface KeptChecks {
  code: string;
  read(key: string): ExplainerCheck | undefined;
  write(key: string, check: ExplainerCheck): void;
  /** Each file's digest as last read, by its stat (`stamp`): a file whose stat is the same is not read again. */
  stamped?: { get(path: string, stamp: string): string | undefined; set(path: string, stamp: string, digest: string): void };
  /** Called once the check has met every file: keeps the stamps of those it met. */
  save?(): void;
}

const DEFAULT_LAYOUT: SiteLayout = { pagesDir: 'src/pages', publicDir: 'public' };

/** `checked` is told each explainer's own check as soon as it is known (a build starts drawing its share cards). */
export function checkContent(root: string, layout: SiteLayout = DEFAULT_LAYOUT, kept?: KeptChecks, checked?: (check: ExplainerCheck) => void): ContentReport {
  const steps = checking(root, layout, kept, checked);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * checkContent, letting the event loop run after each explainer: what `checked` starts (a build's share
 * cards, drawn by another process) is sent on its way while the check goes on, not when it ends.
 */
export async function checkContentYielding(root: string, layout: SiteLayout = DEFAULT_LAYOUT, kept?: KeptChecks, checked?: (check: ExplainerCheck) => void): Promise<ContentReport> {
  const steps = checking(root, layout, kept, checked);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The check, a step for each explainer folder (its own check, then the rules across explainers), the report last. */
function* checking(root: string, layout: SiteLayout, kept: KeptChecks | undefined, checked: ((check: ExplainerCheck) => void) | undefined): Generator<void, ContentReport> {
  const problems = new Problems();
  const add = problems.add.bind(problems);
  const marks: Record<string, SectionMarks> = {};
  const reading: Record<string, SectionReading> = {};
  const coverage: Record<string, CoveredParagraph[]> = {};
  const sourceTitles: Record<string, string> = {};
  const report = (list: ContentProblem[]): ContentReport => ({ problems: list, marks, reading, coverage, sourceTitles });

  let top: Entry[];
  try {
    if (!lstatSync(resolve(root)).isDirectory()) return report([{ file: at(root), message: 'is not a folder: point EXPLAINER_CONTENT at the folder of explainers' }]);
    top = entriesOf(root);
  } catch {
    return report([{ file: at(root), message: 'content folder not found' }]);
  }
  if (!top.some((e) => e.kind === 'folder')) add(at(root), undefined, 'holds no explainer folder');

  const routes = siteRoutes(layout.pagesDir, layout.publicDir);
  const peopleAnchors = new Set<string>();
  const pages: SitePages = new Map<string, Anchors>([['/', 'any'], ['/people/', peopleAnchors], ['/topics/', 'any'], ['/search/', 'any'], ['/explainers/', 'any']]);
  const bodies: Body[] = [];
  const topics: TopicRegistry = new Map();
  const described: TopicDescriptions = new Map();
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
    const folder = entry.name;
    if (!URL_SLUG.test(folder)) add(at(entry.path), undefined, 'folder name is the explainer URL: use lowercase letters, digits and single hyphens');
    if (routes.has(folder)) add(at(entry.path), undefined, `folder name "${folder}" is taken by the site’s own /${folder}/: rename the folder`);
    let check: ExplainerCheck;
    try {
      check = kept ? keptCheck(kept, folder, entry.path) : checkExplainer(folder, entry.path);
    } catch (error) {
      // A failure of the check itself still names the folder and stops the build cleanly.
      add(at(entry.path), undefined, `could not be checked: ${firstLine(error)}`);
      continue;
    }
    problems.list.push(...check.problems);
    checked?.(check);
    if (check.sourceTitle !== undefined) sourceTitles[folder] = check.sourceTitle;
    if (check.coverage) coverage[folder] = check.coverage;
    Object.assign(marks, check.marks);
    Object.assign(reading, check.reading);
    for (const [page, anchors] of check.pages) pages.set(page, anchors === 'any' ? 'any' : new Set(anchors));
    bodies.push(...check.bodies);
    // The rules across explainers, in the order the folders are read: the first spelling met is the one named.
    for (const section of check.topics) checkTopicSpellings(problems, section.file, section.topics, topics);
    if (check.descriptions) checkDescriptionsAgree(problems, check.descriptions.file, check.descriptions.topics, described);
    // Each person's page, and (for links written before they had one) their anchor on the people index.
    for (const id of checkPersonIds(problems, check.peopleFile, check.cards ?? [], people)) {
      peopleAnchors.add(id);
      pages.set(personPath(id), 'any');
    }
    yield;
  }

  const generated = generatedFiles(layout.pagesDir);
  for (const body of bodies) {
    for (const ref of body.references) {
      let message: string | undefined;
      try {
        message = checkReference(ref, body.page, pages, layout.publicDir, generated);
      } catch (error) {
        // A link no rule foresaw still names its file and line, and never stops the check.
        message = `"${ref.url.slice(0, 80)}" could not be checked: ${firstLine(error)}`;
      }
      if (message) add(body.file, `body, line ${ref.line ?? '?'}`, message);
    }
  }
  kept?.save?.();
  return report(problems.list);
}

/** The kept check of an explainer folder whose files are as they were, or the folder checked now and kept. */
function keptCheck(kept: KeptChecks, folder: string, dir: string): ExplainerCheck {
  const key = explainerKey(kept, dir);
  const found = kept.read(key);
  if (found) return found;
  const check = checkExplainer(folder, dir);
  kept.write(key, check);
  return check;
}

/** Everything checkExplainer reads: the folder's entries and each file's bytes (by digest), and where they are shown from. */
function explainerKey(kept: KeptChecks, dir: string): string {
  const digest = createHash('sha256').update(kept.code).update('\0').update(process.cwd()).update('\0').update(resolve(dir));
  for (const e of entriesOf(dir)) {
    digest.update('\0').update(e.kind).update('\0').update(e.name).update('\0');
    if (e.kind !== 'folder' && e.kind !== 'link') digest.update(keptFileDigest(kept, resolve(e.path)));
  }
  return digest.digest('hex');
}

/**
 * A file's digest, read again only when its stat is not the one kept with its last digest: at 10,000
 * sections an unchanged build read 11,000 files for 2 s. The stamp holds the change time, which every
 * write moves (a tool can set the modification time back, never that), with the size and the inode.
 */
function keptFileDigest(kept: KeptChecks, path: string): string {
  let stamp: string | undefined;
  try {
    const stat = lstatSync(path, { bigint: true });
    if (stat.isFile()) stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    // Read below, where the check names why it cannot be.
  }
  const known = stamp === undefined ? undefined : kept.stamped?.get(path, stamp);
  if (known !== undefined) return known;
  const digest = createHash('sha256');
  digestFile(digest, path);
  const hex = digest.digest('hex');
  if (stamp !== undefined) kept.stamped?.set(path, stamp, hex);
  return hex;
}

/** Adds a file's bytes to `digest` a block at a time: a large stray file in a folder never sits in memory whole. */
function digestFile(digest: Hash, path: string): void {
  const block = Buffer.allocUnsafe(1 << 16);
  let fd: number;
  try {
    // Only regular files: a pipe would block the read (the check names it).
    if (!lstatSync(path).isFile()) {
      digest.update('not a regular file');
      return;
    }
    fd = openSync(path, 'r');
  } catch (error) {
    // Unreadable: the check names it in its own words; the key changes once it can be read.
    digest.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`);
    return;
  }
  try {
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) digest.update(block.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Checks one explainer folder's own files: every rule that needs nothing from the other explainers. */
export function checkExplainer(folder: string, dir: string): ExplainerCheck {
  const problems = new Problems();
  const add = problems.add.bind(problems);
  const marks: Record<string, SectionMarks> = {};
  const readings: Record<string, SectionReading> = {};
  const pages: ExplainerCheck['pages'] = [[explainerPath(folder), 'any']];
  const bodies: Body[] = [];
  const topics: ExplainerCheck['topics'] = [];

  const entries = entriesOf(dir);
  const index = entries.find((e) => e.kind === 'index');
  const explainer = index ? readMdxFile(problems, index.path, explainerSchema) : undefined;
  if (!index) {
    add(at(dir), undefined, `sections point at an unknown explainer "${folder}": add ${at(join(dir, 'index.mdx'))} with the explainer's headline, summary, dates and source`);
  } else if (explainer?.tree && textOf(explainer.tree).trim()) {
    add(at(index.path), 'body', 'index.mdx holds the explainer’s fields only, and its text is shown nowhere: move the text into a section');
  }

  const lang = explainer?.valid ? explainer.data?.['lang'] : undefined;
  const language = typeof lang === 'string' ? lang : SITE.lang;
  let sourceTitle: string | undefined;
  const named = (explainer?.data?.['source'] as { file?: unknown } | undefined)?.file;
  const sourceName = typeof named === 'string' ? named : undefined;
  const sourceText = sourceName === undefined ? undefined : readSource(problems, index!.path, dir, sourceName);
  if (index && explainer?.valid && sourceText !== undefined) {
    checkSubheads(problems, at(index.path), explainer.data, sourceText);
    sourceTitle = checkSourceTitle(problems, at(index.path), explainer.data, sourceText, sourceName!) || undefined;
  }

  const sections: Section[] = [];
  for (const e of entries) {
    if (e.kind === 'section') {
      const read = readMdxFile(problems, e.path, sectionSchema);
      sections.push({ ...read, file: at(e.path), slug: slugOfSection(e.name, read.data, read.valid), order: orderOfSection(e.name, read.data, read.valid) });
    } else if (e.kind === 'link') {
      add(at(e.path), undefined, 'is a symbolic link, which the site does not follow: put the real file here');
    } else if (e.kind === 'folder') {
      add(at(e.path), undefined, e.name.endsWith('.mdx') ? 'is a folder, where a section file was expected' : `subfolders are not read: move its .mdx files up into ${at(dir)}`);
    } else if (e.kind === 'other' && e.name !== sourceName) {
      add(at(e.path), undefined, unusedFileAdvice(e.name));
    }
  }
  if (sections.length === 0) add(at(dir), undefined, 'explainer has no sections: add at least one section .mdx file');
  checkSectionSet(problems, sections);
  if (index && explainer?.valid) {
    checkSectionLinks(problems, at(index.path), explainer.data, sections);
    checkDrawable(problems, at(index.path), 'headline', explainer.data?.['headline']);
    checkSearchAliases(problems, at(index.path), explainer.data);
  }
  for (const s of sections) {
    if (!s.valid) continue;
    checkDrawable(problems, s.file, 'title', s.data?.['title']);
    checkDrawable(problems, s.file, 'question', s.data?.['question']);
  }

  const peopleEntry = entries.find((e) => e.kind === 'people');
  const peopleFile = at(join(dir, 'people.yaml'));
  const cards = peopleEntry ? readPeopleFile(problems, peopleFile, peopleEntry.path) : undefined;
  if (peopleEntry && !cards) add(peopleFile, undefined, 'its cards could not be read, so the sections’ quotes, mentions and people are checked against it once the problems above are fixed');
  if (cards && sourceText !== undefined) checkCardsInSource(problems, peopleFile, cards, sourceText);

  const fullStoryAnchors = new Set<string>(['contents']);
  for (const s of sections) {
    const reading = s.tree ? readBody(s.tree) : undefined;
    for (const p of reading?.problems ?? []) add(s.file, `body, line ${p.line ?? '?'}`, p.message);
    const headings: HeadingMark[] = reading?.headings ?? [];
    pages.push([sectionPath(folder, s.slug), headings.map((h) => h.id)]);
    fullStoryAnchors.add(s.slug);
    headings.forEach((h) => fullStoryAnchors.add(`${s.slug}--${h.id}`));
    if (reading) bodies.push({ file: s.file, page: sectionPath(folder, s.slug), references: reading.references });
    if (s.valid) checkHeadingsBelong(problems, s, headings, sections);
    if (s.valid && s.tree) checkInShort(problems, s, s.tree);
    if (s.tree) {
      checkMarks(problems, s, peopleEntry && !cards ? 'unreadable' : cards, peopleFile);
      // The pages mark each card's first unmarked mention (remarkMarkFirstMentions): read the marks as they render.
      if (cards) markFirstMentions(s.tree, cards);
      const inSentences = marksInSentences(s.tree, language);
      marks[`${folder}/${s.slug}`] = {
        quotes: inSentences.flatMap((m) => (m.kind === 'Quote' ? [{ speaker: m.name, text: m.text, sentence: m.sentence }] : [])),
        mentions: [...new Set(mentionsIn(s.tree).flatMap((m) => (m.of ? [m.of] : [])))],
        introductions: inSentences.flatMap((m) => (m.kind === 'Mention' ? [{ name: m.name, sentence: m.sentence }] : [])),
        named: cards ? cardsNamedIn(s.tree, cards) : [],
        people: sectionPeople(s, s.tree, cards),
        headings,
        photos: photosIn(s.tree),
      };
    }
    if (s.body !== undefined) {
      const words = visibleWords(s.body);
      readings[`${folder}/${s.slug}`] = { words: words.join(' '), minutes: wordsMinutes(words, language) };
    }
    const sectionTopics = topicsOf(problems, s);
    topics.push({ file: s.file, topics: sectionTopics });
    for (const t of sectionTopics) pages.push([`/topics/${t.key}/`, 'any']);
  }
  pages.push([fullStoryPath(folder), [...fullStoryAnchors]]);
  const described = checkReaderAids(problems, { indexFile: index && explainer?.valid ? at(index.path) : undefined, data: explainer?.data, sections, lang: language });
  let covered: CoveredParagraph[] | undefined;
  // Only over sections that all read well: a section that failed would show as missing paragraphs.
  if (index && explainer?.valid && sourceText !== undefined && sections.length > 0 && sections.every((s) => s.valid && s.tree)) {
    // The source's title as the pages show it: written, or the source's first line, which coverage leaves out as the headline.
    const data = { ...explainer.data!, source: { ...(explainer.data!['source'] as object), title: sourceTitle } };
    covered = checkCoverage(problems, { indexFile: at(index.path), sourceFile: at(join(dir, sourceName!)), source: sourceText, data, sections });
  }
  return {
    problems: problems.list,
    language,
    sourceTitle,
    cards,
    coverage: covered,
    marks,
    reading: readings,
    pages,
    bodies,
    topics,
    descriptions: index && explainer?.valid ? { file: at(index.path), topics: described } : undefined,
    peopleFile,
    shareText: index && explainer?.valid && sections.length > 0 && sections.every((s) => s.valid) ? shareTextOf(explainer.data!, language, sections) : undefined,
  };
}

/** The share cards' text as the pages will have it: the schemas' values, the sections in reading order. */
function shareTextOf(data: Record<string, unknown>, lang: string, sections: readonly Section[]): CardText {
  return {
    lang,
    headline: String(data['headline']),
    sections: byOrder(sections.map((s) => ({ order: s.order ?? 0, title: String(s.data?.['title']), question: String(s.data?.['question']) }))).map(({ title, question }) => ({ title, question })),
  };
}
