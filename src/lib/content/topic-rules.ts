// Rules about topics: one topic, one spelling, one /topics/ address across every explainer, written as
// a title in sentence case.
import { slug as slugOf } from '../slugs';
import { nameFlaw, skeleton } from '../text/names';
import type { Problems } from './report';
import type { Section } from './read-files';

/** Topics met so far across the site, by their address key and by their look (UTS #39 skeleton, prefixed "look:"). */
export type TopicRegistry = Map<string, { topic: string; file: string }>;

/** Checks a section's topics; returns the /topics/ pages they make. */
export function checkTopics(problems: Problems, section: Section, seen: TopicRegistry): string[] {
  const list = section.data?.['topics'];
  if (!Array.isArray(list)) return [];
  const pages: string[] = [];
  list.forEach((topic, i) => {
    if (typeof topic !== 'string') return;
    const key = slugOf(topic);
    if (!key) {
      problems.add(section.file, `topics.${i}`, `"${topic}" needs letters or digits to make a /topics/ address`);
      return;
    }
    pages.push(`/topics/${key}/`);
    // Topics are shown as titles, in sentence case; scripts without capitals (Arabic, Chinese) are left alone.
    const first = [...topic.trim()][0] ?? '';
    if (first !== first.toLocaleUpperCase() && first === first.toLocaleLowerCase()) {
      problems.add(section.file, `topics.${i}`, `"${topic}" is shown as a title: start it with a capital, as "${first.toLocaleUpperCase()}${topic.trim().slice(first.length)}" (sentence case: "Ukraine war", "Sanctions and tariffs")`);
    }
    const earlier = seen.get(key);
    if (earlier && earlier.topic !== topic) {
      problems.add(section.file, `topics.${i}`, `"${topic}" makes the same /topics/${key}/ address as "${earlier.topic}" in ${earlier.file}: use one spelling for one topic`);
    } else if (!earlier) {
      seen.set(key, { topic, file: section.file });
      // Two topics that read the same ("Oil", and "Оil" with a Cyrillic О) would be two pages no reader tells apart.
      // A topic with a flaw of its own (a word in two scripts) is named for that alone, by the schema.
      const look = nameFlaw(topic) ? undefined : `look:${skeleton(topic)}`;
      const twin = look === undefined ? undefined : seen.get(look);
      if (twin && twin.topic !== topic) {
        problems.add(section.file, `topics.${i}`, `"${topic}" looks the same as the topic "${twin.topic}" in ${twin.file}, but is spelled with other characters: use one spelling for one topic`);
      } else if (look !== undefined && !twin) seen.set(look, { topic, file: section.file });
    }
  });
  return pages;
}
