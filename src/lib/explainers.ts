// The data layer: reads explainers and their sections from the content layer, ordered, joined and
// in their own language, as the views pages and components read. Nothing outside src/lib touches a
// content entry; the shared getStaticPaths helpers live here too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ExplainerData, PeopleData, SectionData } from '../content.config';
import { explainerPageKey, listingKey, sectionPageKey, type BuildContext } from './build-cache';
import { searchLanguages } from './search/data';
import { buildContext } from './build-cache-files';
import { hasDictionary, pageLanguage } from '../i18n/languages';
import { SITE } from '../site';
import { newerOnTopics } from './age';
import { creditsOf, type SourceCredits } from './content/source-furniture';
import { sectionBody } from './content/section-body';
import { sectionMarks, sectionReading, sourceTitleOf } from './marks';
import type { PhotoMark } from './mdx-marks';
import { byOrder, newestFirst } from './sections';
import { orderFromFile } from './slugs';
import { topicPath } from './topics';
import { explainerPath, explainerSlugOf, howMadeLanguageOf, fullStoryPath, sectionPath, shareImagePath } from './urls';

export interface TopicLink {
  name: string;
  url: string;
}

export interface SectionView {
  /** The content entry, for the data layer alone (rendering, the people index). */
  entry: CollectionEntry<'sections'>;
  slug: string;
  title: string;
  /** The question the section answers, in a reader's words. */
  question: string;
  /** "In short": two or three points, each with the number of the paragraph that states it; none when unwritten. */
  inShort: NonNullable<SectionData['inShort']>;
  /** The editors' answer to the question, with the paragraphs that support it; undefined when unwritten. */
  answer: SectionData['answer'];
  summary: string;
  order: number;
  url: string;
  fullStoryUrl: string;
  shareImage: string;
  minutes: number;
  topics: TopicLink[];
  /** People the section names: its frontmatter's list, and everyone with a card its text names. */
  people: string[];
  /** Cards its <Mention>s open (the editor's, and each first mention the page marks), in the order they come. */
  mentions: string[];
  /** The words a reader sees in the section's text, captions and credits included, one space apart. */
  words: string;
  /** Its photos in reading order, as the report captions and credits them (shown or not reproduced). */
  photos: PhotoMark[];
  /** The credits of its photos, each once: what its credit line names (none when it had no photo). */
  photoCredits: string[];
}

export interface ExplainerView {
  slug: string;
  /** BCP 47 tag of the explainer's language: its pages' <html lang>, interface and search index. */
  lang: string;
  dir: 'ltr' | 'rtl';
  headline: string;
  summary: string;
  published: Date;
  updated: Date;
  /** The report it is based on, its title filled from the source text's first line where index.mdx leaves it out. */
  source: ExplainerData['source'] & { title: string };
  /** The source text's own credits (contributor lines, copyright notice), for the credit line. */
  sourceCredits: SourceCredits;
  corrections: ExplainerData['corrections'];
  changes: ExplainerData['changes'];
  takeaways: NonNullable<ExplainerData['takeaways']>;
  timeline: ExplainerData['timeline'];
  searchAliases: ExplainerData['searchAliases'];
  /** One line per topic, by topic as written, for its /topics/ page. */
  topicDescriptions: ExplainerData['topicDescriptions'];
  url: string;
  fullStoryUrl: string;
  shareImage: string;
  sections: SectionView[];
  minutes: number;
  /** Every section's topics, first seen first. */
  topics: TopicLink[];
  /** The newest explainer published after this one on one of its topics: where an old one points readers. */
  newer: { headline: string; url: string } | undefined;
}

let cache: Promise<ExplainerView[]> | undefined;

/** Every explainer, newest first, each with its sections in reading order. */
export function getExplainers(): Promise<ExplainerView[]> {
  cache ??= load();
  return cache;
}

const topicLink = (name: string): TopicLink => ({ name, url: topicPath(name) });

function sectionView(explainer: string, entry: CollectionEntry<'sections'>): SectionView {
  const slug = entry.id.slice(explainer.length + 1);
  const { words, minutes } = sectionReading(explainer, slug);
  const marks = sectionMarks(explainer, slug);
  return {
    entry,
    slug,
    title: entry.data.title,
    question: entry.data.question,
    inShort: entry.data.inShort ?? [],
    answer: entry.data.answer,
    summary: entry.data.summary,
    // The content check refuses a section with neither, so the fallback is never reached.
    order: entry.data.order ?? orderFromFile(entry.filePath ?? '') ?? 0,
    url: sectionPath(explainer, slug),
    fullStoryUrl: fullStoryPath(explainer, slug),
    shareImage: shareImagePath(explainer, slug),
    minutes,
    topics: entry.data.topics.map(topicLink),
    people: marks.people,
    mentions: marks.mentions,
    words,
    photos: marks.photos,
    photoCredits: [...new Set(marks.photos.map((p) => p.credit).filter(Boolean))],
  };
}

async function load(): Promise<ExplainerView[]> {
  const [explainers, sections] = await Promise.all([getCollection('explainers'), getCollection('sections')]);
  // Each explainer's sections by the folder their id starts with: one pass, not one per explainer.
  const sectionsOf = Map.groupBy(sections, (s) => s.id.slice(0, s.id.indexOf('/')));
  const views = explainers.map(({ id: slug, data, filePath }): ExplainerView => {
    const own = byOrder((sectionsOf.get(slug) ?? []).map((s) => sectionView(slug, s)));
    const topics = [...new Set(own.flatMap((s) => s.topics.map((t) => t.name)))];
    return {
      slug,
      lang: data.lang,
      dir: pageLanguage(data.lang).dir,
      headline: data.headline,
      summary: data.summary,
      published: data.published,
      updated: data.updated,
      source: { ...data.source, title: data.source.title ?? sourceTitleOf(slug) ?? '' },
      sourceCredits: creditsIn(filePath, data.source.file),
      corrections: data.corrections,
      changes: data.changes,
      takeaways: data.takeaways ?? [],
      timeline: data.timeline,
      searchAliases: data.searchAliases,
      topicDescriptions: data.topicDescriptions,
      url: explainerPath(slug),
      fullStoryUrl: fullStoryPath(slug),
      shareImage: shareImagePath(slug),
      sections: own,
      minutes: own.reduce((sum, s) => sum + s.minutes, 0),
      topics: topics.map(topicLink),
      newer: undefined,
    };
  });
  for (const view of views) {
    const newer = newerOnTopics(view, views);
    view.newer = newer && { headline: newer.headline, url: newer.url };
  }
  return newestFirst(views);
}

/** The credits in an explainer's source text, read beside its index.mdx (the content check has read it already). */
function creditsIn(indexPath: string | undefined, file: string | undefined): SourceCredits {
  if (!indexPath || !file) return { contributors: [] };
  return creditsOf(readFileSync(join(dirname(indexPath), file), 'utf8'));
}

/** A section's MDX, compiled, to render with the site's MDX components. */
export async function sectionContent(explainer: Pick<ExplainerView, 'slug' | 'lang'>, section: SectionView) {
  const cards = (await peopleFiles()).get(explainer.slug)?.people;
  return sectionBody(section.entry, { cards, lang: explainer.lang });
}

/** The language of the page at a site path: its explainer's, or the site's default for site-wide pages. */
export async function languageOfPath(path: string): Promise<string> {
  const translated = howMadeLanguageOf(path);
  if (translated !== undefined && hasDictionary(translated)) return translated;
  const slug = explainerSlugOf(path);
  return (await getExplainers()).find((e) => e.slug === slug)?.lang ?? SITE.lang;
}

/** The explainer a site path belongs to, if any: what a figure inside a section names as its source. */
export async function explainerOfPath(path: string): Promise<ExplainerView | undefined> {
  const slug = explainerSlugOf(path);
  return (await getExplainers()).find((e) => e.slug === slug);
}

/** What every page's cache key starts from: the site's address and the build's code. */
export function pageContext(): BuildContext {
  return buildContext(import.meta.env.SITE);
}

let people: Promise<Map<string, PeopleData>> | undefined;

/** Each explainer's people.yaml as read, for the keys of the pages that show its cards. */
function peopleFiles(): Promise<Map<string, PeopleData>> {
  people ??= getCollection('people').then((files) => new Map(files.map((f) => [f.id, f.data])));
  return people;
}

/**
 * getStaticPaths for the pages there is one of per explainer (overview, full story), each with the
 * incremental build's key: the page is rendered again only when something it shows has changed.
 */
export async function explainerPaths() {
  const [explainers, cards, context] = await Promise.all([getExplainers(), peopleFiles(), pageContext()]);
  return explainers.map((explainer) => ({
    params: { explainer: explainer.slug },
    props: { explainer },
    cacheKey: explainerPageKey(context, explainer, cards.get(explainer.slug), marksOf(explainer)),
  }));
}

/** getStaticPaths for the pages there is one of per section, with their keys (see explainerPaths). */
export async function sectionPaths() {
  const [explainers, cards, context] = await Promise.all([getExplainers(), peopleFiles(), pageContext()]);
  return explainers.flatMap((explainer) => {
    const marks = marksOf(explainer);
    return explainer.sections.map((section, index) => ({
      params: { explainer: explainer.slug, section: section.slug },
      props: { explainer, index },
      cacheKey: sectionPageKey(context, explainer, index, cards.get(explainer.slug), marks),
    }));
  });
}

/**
 * The marks of every section of an explainer, for its pages' keys: a section page shows others' too (a
 * person card says where its person is first quoted), so any quote or mention in it moves them all.
 */
function marksOf(explainer: ExplainerView): unknown {
  return explainer.sections.map((s) => sectionMarks(explainer.slug, s.slug));
}

/** getStaticPaths for an explainer's share image (in a build, imageRoutes writes the images without routes). */
export async function explainerImagePaths() {
  return (await getExplainers()).map((explainer) => ({ params: { explainer: explainer.slug }, props: { explainer } }));
}

/** getStaticPaths for a section's share image (see explainerImagePaths). */
export async function sectionImagePaths() {
  return (await getExplainers()).flatMap((explainer) =>
    explainer.sections.map((section, index) => ({
      params: { explainer: explainer.slug, section: section.slug },
      props: { explainer, index },
    })),
  );
}

/** getStaticPaths for each language's search data, keyed by every explainer with its text (the vocabulary reads it all). */
export async function searchDataPaths() {
  const explainers = await getExplainers();
  const cacheKey = listingKey(pageContext(), 'search-data', explainers, 'all');
  return searchLanguages(explainers, SITE.lang).map((lang) => ({ params: { lang }, cacheKey }));
}
