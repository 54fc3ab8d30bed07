// Checks every explainer before Astro builds anything, so bad content stops the build with one list
// naming each file and field, and never leaves a half-built site behind. It reads each file once and
// walks the content root; each family of rules lives in a module of its own under src/lib/content/
// (reading files, sections, people, topics, links, the explainer's own fields, bodies), and this file
// only says in which order they run and what the pages get back (marks, languages).
import { lstatSync } from 'node:fs';
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
import { checkReaderAids, type TopicDescriptions } from './content/reader-rules';
import { firstLine, Problems, shown as at, type ContentProblem } from './content/report';
import { checkHeadingsBelong, checkInShort, checkSectionSet, orderOfSection, slugOfSection } from './content/section-rules';
import { checkTopics, type TopicRegistry } from './content/topic-rules';
import { cardsNamedIn, markFirstMentions, marksInSentences, mentionsIn, photosIn, textOf, type PhotoMark } from './mdx-marks';
import type { Card } from './people';
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

export interface ContentReport {
  problems: ContentProblem[];
  /** By section id, "<explainer>/<section>", as the sections collection names them. */
  marks: Record<string, SectionMarks>;
  /** Each explainer folder's language (BCP 47), for what renders its Markdown. */
  languages: Record<string, string>;
  /** By explainer folder: each paragraph of its source the sections carry, and where (the site tests check the pages show them). */
  coverage: Record<string, CoveredParagraph[]>;
  /** Each explainer folder's cards, for what marks first mentions as its Markdown renders (remarkMarkFirstMentions). */
  cards: Record<string, Card[]>;
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

const DEFAULT_LAYOUT: SiteLayout = { pagesDir: 'src/pages', publicDir: 'public' };

export function checkContent(root: string, layout: SiteLayout = DEFAULT_LAYOUT): ContentReport {
  const problems = new Problems();
  const add = problems.add.bind(problems);
  const marks: Record<string, SectionMarks> = {};
  const languages: Record<string, string> = {};
  const coverage: Record<string, CoveredParagraph[]> = {};
  const cardsOf: Record<string, Card[]> = {};
  const sourceTitles: Record<string, string> = {};
  const report = (list: ContentProblem[]): ContentReport => ({ problems: list, marks, languages, coverage, cards: cardsOf, sourceTitles });

  let top: Entry[];
  try {
    if (!lstatSync(resolve(root)).isDirectory()) return report([{ file: at(root), message: 'is not a folder: point EXPLAINER_CONTENT at the folder of explainers' }]);
    top = entriesOf(root);
  } catch {
    return report([{ file: at(root), message: 'content folder not found' }]);
  }
  if (!top.some((e) => e.kind === 'folder')) add(at(root), undefined, 'holds no explainer folder');

  const routes = siteRoutes(layout.pagesDir, layout.publicDir);
  const pages: SitePages = new Map<string, Anchors>([['/', 'any'], ['/people/', new Set()], ['/topics/', 'any'], ['/search/', 'any'], ['/explainers/', 'any']]);
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
    try {
      checkExplainer(entry.name, entry.path);
    } catch (error) {
      // A failure of the check itself still names the folder and stops the build cleanly.
      add(at(entry.path), undefined, `could not be checked: ${firstLine(error)}`);
    }
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
  return report(problems.list);

  function checkExplainer(folder: string, dir: string): void {
    if (!URL_SLUG.test(folder)) add(at(dir), undefined, 'folder name is the explainer URL: use lowercase letters, digits and single hyphens');
    if (routes.has(folder)) add(at(dir), undefined, `folder name "${folder}" is taken by the site’s own /${folder}/: rename the folder`);
    pages.set(explainerPath(folder), 'any');

    const entries = entriesOf(dir);
    const index = entries.find((e) => e.kind === 'index');
    const explainer = index ? readMdxFile(problems, index.path, explainerSchema) : undefined;
    if (!index) {
      add(at(dir), undefined, `sections point at an unknown explainer "${folder}": add ${at(join(dir, 'index.mdx'))} with the explainer's headline, summary, dates and source`);
    } else if (explainer?.tree && textOf(explainer.tree).trim()) {
      add(at(index.path), 'body', 'index.mdx holds the explainer’s fields only, and its text is shown nowhere: move the text into a section');
    }

    const lang = explainer?.valid ? explainer.data?.['lang'] : undefined;
    languages[folder] = typeof lang === 'string' ? lang : SITE.lang;
    const named = (explainer?.data?.['source'] as { file?: unknown } | undefined)?.file;
    const sourceName = typeof named === 'string' ? named : undefined;
    const sourceText = sourceName === undefined ? undefined : readSource(problems, index!.path, dir, sourceName);
    if (index && explainer?.valid && sourceText !== undefined) {
      checkSubheads(problems, at(index.path), explainer.data, sourceText);
      const title = checkSourceTitle(problems, at(index.path), explainer.data, sourceText, sourceName!);
      if (title) sourceTitles[folder] = title;
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
    if (cards) cardsOf[folder] = cards;

    const fullStoryAnchors = new Set<string>(['contents']);
    for (const s of sections) {
      const reading = s.tree ? readBody(s.tree) : undefined;
      for (const p of reading?.problems ?? []) add(s.file, `body, line ${p.line ?? '?'}`, p.message);
      const headings: HeadingMark[] = reading?.headings ?? [];
      pages.set(sectionPath(folder, s.slug), new Set(headings.map((h) => h.id)));
      fullStoryAnchors.add(s.slug);
      headings.forEach((h) => fullStoryAnchors.add(`${s.slug}--${h.id}`));
      if (reading) bodies.push({ file: s.file, page: sectionPath(folder, s.slug), references: reading.references });
      if (s.valid) checkHeadingsBelong(problems, s, headings, sections);
      if (s.valid && s.tree) checkInShort(problems, s, s.tree);
      if (s.tree) {
        checkMarks(problems, s, peopleEntry && !cards ? 'unreadable' : cards, peopleFile);
        // The pages mark each card's first unmarked mention (remarkMarkFirstMentions): read the marks as they render.
        if (cards) markFirstMentions(s.tree, cards);
        const inSentences = marksInSentences(s.tree, languages[folder]);
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
      for (const page of checkTopics(problems, s, topics)) pages.set(page, 'any');
    }
    pages.set(fullStoryPath(folder), fullStoryAnchors);
    checkReaderAids(problems, { indexFile: index && explainer?.valid ? at(index.path) : undefined, data: explainer?.data, sections, lang: languages[folder]!, described });
    // Only over sections that all read well: a section that failed would show as missing paragraphs.
    if (index && explainer?.valid && sourceText !== undefined && sections.length > 0 && sections.every((s) => s.valid && s.tree)) {
      // The source's title as the pages show it: written, or the source's first line, which coverage leaves out as the headline.
      const data = { ...explainer.data!, source: { ...(explainer.data!['source'] as object), title: sourceTitles[folder] } };
      coverage[folder] = checkCoverage(problems, { indexFile: at(index.path), sourceFile: at(join(dir, sourceName!)), source: sourceText, data, sections });
    }
    const peopleAnchors = pages.get('/people/') as Set<string>;
    // Each person's page, and (for links written before they had one) their anchor on the people index.
    for (const id of checkPersonIds(problems, peopleFile, cards ?? [], people)) {
      peopleAnchors.add(id);
      pages.set(personPath(id), 'any');
    }
  }
}
