// Every topic on the site with its sections, from the sections' frontmatter, and the topic pages' getStaticPaths.
import type { GetStaticPathsOptions } from 'astro';
import { listingKey } from './build-cache';
import { getExplainers, pageContext, type ExplainerView, type SectionView } from './explainers';
import { groupByTopic, type TopicGroup } from './topics';
import { LIST_PAGE_SIZE, NAMES_PAGE_SIZE, topicPath } from './urls';

export type TopicItem = { explainer: ExplainerView; section: SectionView };

export interface TopicView extends TopicGroup<TopicItem> {
  url: string;
  /** The language the topic is written in: its first explainer's. */
  lang: string;
  /** The editors' one line on what the topic is about (index.mdx topicDescriptions), if an explainer gives one. */
  description: string | undefined;
}

export async function getTopics(): Promise<TopicView[]> {
  const items = (await getExplainers()).flatMap((explainer) => explainer.sections.map((section) => ({ explainer, section })));
  return groupByTopic(items, (item) => item.section.topics.map((t) => t.name)).map((group) => ({
    ...group,
    url: topicPath(group.slug),
    lang: group.items[0]!.explainer.lang,
    // The content check allows one description per topic across the site.
    description: group.items.map(({ explainer }) => explainer.topicDescriptions[group.topic]).find((d) => d !== undefined),
  }));
}

/**
 * getStaticPaths for /topics/<slug>/ and its further pages (/topics/<slug>/2/ …), LIST_PAGE_SIZE sections
 * each, newest explainer first; each page keyed by what it shows (the topic's fields, its count, and every
 * field of the sections it lists and their explainers but their text).
 */
export async function topicPaths({ paginate }: Pick<GetStaticPathsOptions, 'paginate'>) {
  const context = pageContext();
  return (await getTopics()).flatMap((topic) =>
    paginate(topic.items, { pageSize: LIST_PAGE_SIZE, params: { topic: topic.slug }, props: { topic } }).map((path) => {
      const { items, ...about } = path.props.topic;
      return { ...path, cacheKey: listingKey(context, 'topic', { about, count: items.length, page: path.props.page }) };
    }),
  );
}

/** One line of the topics index: the topic, its page, and how many sections it holds. */
export type TopicLine = Pick<TopicView, 'topic' | 'url' | 'lang' | 'description'> & { count: number };

/** getStaticPaths for /topics/ and its further pages (/topics/2/ …), NAMES_PAGE_SIZE topics each, keyed by the lines listed. */
export async function topicIndexPaths({ paginate }: Pick<GetStaticPathsOptions, 'paginate'>) {
  const context = pageContext();
  const lines: TopicLine[] = (await getTopics()).map(({ topic, url, lang, description, items }) => ({ topic, url, lang, description, count: items.length }));
  return paginate(lines, { pageSize: NAMES_PAGE_SIZE }).map((path) => ({ ...path, cacheKey: listingKey(context, 'topics', { page: path.props.page, total: lines.length }) }));
}
