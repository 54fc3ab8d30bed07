// Rules about an explainer's sections as a set and each section's own shape: valid, unique slugs and
// orders, some text, subheads that belong to the section, and "in short" points that point at the
// paragraph that states them.
import { textOf, walk, type MdxNode } from '../mdx-marks';
import { orderFromFile, sectionSlugFromFile, URL_SLUG } from '../slugs';
import { PAGE_IDS } from '../page-parts';
import { FULL_STORY_SLUG } from '../urls';
import type { HeadingMark } from './body-rules';
import type { Problems } from './report';
import type { Section } from './read-files';

/** Each section's slug is a valid, free URL segment, it has a place and its body holds something; orders and slugs are unique. */
export function checkSectionSet(problems: Problems, sections: readonly Section[]): void {
  for (const s of sections) {
    if (s.valid && s.order === undefined) {
      const name = s.file.split('/').pop() ?? s.file;
      problems.add(s.file, 'order', `is needed, since the file name does not start with the section’s number: rename the file to 01-${name}, 02-${name} …, or write order: 1, 2 …`);
    }
    if (!URL_SLUG.test(s.slug)) problems.add(s.file, 'slug', `"${s.slug}" is not a valid URL slug: rename the file or set slug (lowercase letters, digits and single hyphens)`);
    if (s.slug === FULL_STORY_SLUG) problems.add(s.file, 'slug', `"${s.slug}" is reserved for the explainer's ${FULL_STORY_SLUG} page`);
    // On the full story each section is the element of its slug's id, beside the page's own ids.
    else if (PAGE_IDS.has(s.slug)) problems.add(s.file, 'slug', `"${s.slug}" is an id the full-story page uses for itself: rename the file or set slug to another name`);
    if (s.tree && !hasText(s.tree)) problems.add(s.file, 'body', 'is empty: write the section’s text below the frontmatter');
  }
  for (const [field, key] of [['order', (s: Section) => s.order], ['slug', (s: Section) => s.slug]] as const) {
    const seen = new Map<unknown, string>();
    for (const s of sections) {
      const value = key(s);
      if (value === undefined) continue;
      const first = seen.get(value);
      if (first) problems.add(s.file, field, `${field} ${JSON.stringify(value)} is already used by ${first}`);
      else seen.set(value, s.file);
    }
  }
}

/** The slug a section file takes: its own `slug` field, or its file name without the number. */
export function slugOfSection(fileName: string, data: Record<string, unknown> | undefined, valid: boolean): string {
  const own = valid ? (data?.['slug'] as string | undefined) : undefined;
  return own ?? sectionSlugFromFile(fileName);
}

/** A section's place in its explainer: its own `order` field, or the number its file name starts with (01-foo.mdx → 1). */
export function orderOfSection(fileName: string, data: Record<string, unknown> | undefined, valid: boolean): number | undefined {
  // A file with problems of its own has no place yet: another order problem would only repeat them.
  return valid ? ((data?.['order'] as number | undefined) ?? orderFromFile(fileName)) : undefined;
}

/** A section's subheads are its own: none repeats the section's title, which the page already shows, or names another section. */
export function checkHeadingsBelong(problems: Problems, section: Section, headings: readonly HeadingMark[], sections: readonly Section[]): void {
  const title = section.data?.['title'];
  if (typeof title !== 'string') return;
  const titles = titleIndex(sections);
  for (const h of headings) {
    const other = titles.get(wordsOf(h.text).join(' '))?.find((s) => s !== section);
    if (sameWords(h.text, title)) {
      problems.add(section.file, `body, line ${h.line ?? '?'}`, `the subhead "${h.text}" repeats the section’s title: remove it (the page shows the title), or give the title another name`);
    } else if (other) {
      problems.add(section.file, `body, line ${h.line ?? '?'}`, `the subhead "${h.text}" names another section (${other.file}): a section’s subheads introduce its own text; move the text there, or rename the subhead`);
    }
  }
}

/** Sections by their title's words, made once per explainer: each subhead looks its words up, not every title again. */
const titleIndexes = new WeakMap<readonly Section[], Map<string, Section[]>>();
function titleIndex(sections: readonly Section[]): Map<string, Section[]> {
  let index = titleIndexes.get(sections);
  if (!index) {
    index = new Map();
    for (const s of sections) {
      const title = s.data?.['title'];
      if (typeof title !== 'string') continue;
      const key = wordsOf(title).join(' ');
      index.set(key, [...(index.get(key) ?? []), s]);
    }
    titleIndexes.set(sections, index);
  }
  return index;
}

/** Each "in short" point points at a paragraph the section has, one that shares words with it. */
export function checkInShort(problems: Problems, section: Section, tree: MdxNode): void {
  const points = section.data?.['inShort'];
  if (!Array.isArray(points)) return;
  const paragraphs = paragraphsOf(tree);
  points.forEach((point: { text: string; paragraph: number }, i) => {
    const paragraph = paragraphs[point.paragraph - 1];
    if (paragraph === undefined) {
      problems.add(section.file, `inShort.${i}.paragraph`, `the section has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, so there is no paragraph ${point.paragraph}: point at the paragraph that states “${point.text}”`);
    } else if (!sharesWords(point.text, paragraph)) {
      problems.add(section.file, `inShort.${i}.paragraph`, `paragraph ${point.paragraph} (“${paragraph.slice(0, 60)}…”) shares no word with “${point.text}”: point at the paragraph that states it`);
    }
  });
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
export function sharesWords(point: string, paragraph: string): boolean {
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
