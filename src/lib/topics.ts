// Topics come from the sections' frontmatter; each gets a page at /topics/<slug>/ (urls.ts).
import { SITE } from '../site';
import { slug } from './slugs';
import { topicPath as topicPagePath } from './urls';

/** "US–Russia relations" -> "us-russia-relations", by the site's one slug rule. */
export function topicSlug(topic: string): string {
  const id = slug(topic);
  // A topic of digits alone ("2025") would take the place of a page of the topics index (/topics/2/).
  return /^\d+$/.test(id) ? `${id}-topic` : id;
}

/** A topic's page from the topic as written ("Ukraine war" -> "/topics/ukraine-war/"). */
export function topicPath(topic: string): string {
  return topicPagePath(topicSlug(topic));
}

export interface TopicGroup<T> {
  topic: string;
  slug: string;
  items: T[];
}

/**
 * Groups items by topic, in alphabetical order of topic in the site's default language (topic pages
 * are site-wide). Spellings that share a slug ("Oil" and "oil") are one topic, named by the first
 * spelling met.
 */
export function groupByTopic<T>(items: readonly T[], topicsOf: (item: T) => readonly string[]): TopicGroup<T>[] {
  const groups = new Map<string, TopicGroup<T>>();
  for (const item of items) {
    for (const topic of new Set(topicsOf(item))) {
      const slug = topicSlug(topic);
      const group = groups.get(slug) ?? { topic, slug, items: [] };
      if (!group.items.includes(item)) group.items.push(item);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.topic.localeCompare(b.topic, SITE.lang, { sensitivity: 'base' }));
}
