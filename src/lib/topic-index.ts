// Every topic on the site with its sections, from the sections' frontmatter, and the topic pages' getStaticPaths.
import { getExplainers, type ExplainerView, type SectionView } from './explainers';
import { groupByTopic, type TopicGroup } from './topics';
import { topicPath } from './urls';

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

/** getStaticPaths for /topics/<slug>/. */
export async function topicPaths() {
  return (await getTopics()).map((topic) => ({ params: { topic: topic.slug }, props: { topic } }));
}
