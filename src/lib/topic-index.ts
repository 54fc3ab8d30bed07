// Every topic on the site with its sections, from the sections' frontmatter.
import { getExplainers, type ExplainerView, type SectionView } from './explainers';
import { groupByTopic, type TopicGroup } from './topics';

export type TopicItem = { explainer: ExplainerView; section: SectionView };

export async function getTopics(): Promise<TopicGroup<TopicItem>[]> {
  const items = (await getExplainers()).flatMap((explainer) => explainer.sections.map((section) => ({ explainer, section })));
  return groupByTopic(items, (item) => item.section.entry.data.topics);
}
