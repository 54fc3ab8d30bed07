// Reads explainers and their sections from the content layer, ordered and joined, for the pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './reading-time';
import { byOrder, newestFirst } from './sections';
import { explainerPath, fullStoryPath, sectionPath } from './urls';

export interface SectionView {
  entry: CollectionEntry<'sections'>;
  slug: string;
  title: string;
  summary: string;
  order: number;
  url: string;
  fullStoryUrl: string;
  minutes: number;
}

export interface ExplainerView {
  entry: CollectionEntry<'explainers'>;
  slug: string;
  headline: string;
  summary: string;
  published: Date;
  updated: Date;
  url: string;
  fullStoryUrl: string;
  sections: SectionView[];
  minutes: number;
}

let cache: Promise<ExplainerView[]> | undefined;

/** Every explainer, newest first, each with its sections in reading order. */
export function getExplainers(): Promise<ExplainerView[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<ExplainerView[]> {
  const [explainers, sections] = await Promise.all([getCollection('explainers'), getCollection('sections')]);
  const views = explainers.map((entry): ExplainerView => {
    const slug = entry.id;
    const own = byOrder(
      sections
        .filter((s) => s.id.startsWith(`${slug}/`))
        .map((s) => ({ entry: s, order: s.data.order })),
    ).map(({ entry: s }): SectionView => {
      const sectionSlug = s.id.slice(slug.length + 1);
      return {
        entry: s,
        slug: sectionSlug,
        title: s.data.title,
        summary: s.data.summary,
        order: s.data.order,
        url: sectionPath(slug, sectionSlug),
        fullStoryUrl: fullStoryPath(slug, sectionSlug),
        minutes: readingMinutes(s.body ?? ''),
      };
    });
    return {
      entry,
      slug,
      headline: entry.data.headline,
      summary: entry.data.summary,
      published: entry.data.published,
      updated: entry.data.updated,
      url: explainerPath(slug),
      fullStoryUrl: fullStoryPath(slug),
      sections: own,
      minutes: own.reduce((sum, s) => sum + s.minutes, 0),
    };
  });
  return newestFirst(views);
}

/** getStaticPaths for the pages there is one of per explainer (overview, full story). */
export async function explainerPaths() {
  return (await getExplainers()).map((explainer) => ({ params: { explainer: explainer.slug }, props: { explainer } }));
}
