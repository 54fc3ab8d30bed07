// Rules about topics: one topic, one spelling, one /topics/ address across every explainer, written as
// a title in sentence case. What one section's own fields can tell is read by topicsOf; what needs the
// other explainers (one spelling a topic) by checkTopicSpellings, so a kept check of an explainer can
// be reused while the rules across explainers run on every build.
import { slug as slugOf } from '../slugs';
import { nameFlaw, skeleton } from '../text/names';
import type { Problems } from './report';
import type { Section } from './read-files';

/** Topics met so far across the site, by their address key and by their look (UTS #39 skeleton, prefixed "look:"). */
export type TopicRegistry = Map<string, { topic: string; file: string }>;

/** A section's topic as written, with its address key and field ("topics.2"). */
export interface NamedTopic {
  field: string;
  topic: string;
  key: string;
}

/** Checks a section's topics on their own; returns those that make a /topics/ address. */
export function topicsOf(problems: Problems, section: Section): NamedTopic[] {
  const list = section.data?.['topics'];
  if (!Array.isArray(list)) return [];
  const named: NamedTopic[] = [];
  list.forEach((topic, i) => {
    if (typeof topic !== 'string') return;
    const key = slugOf(topic);
    if (!key) {
      problems.add(section.file, `topics.${i}`, `"${topic}" needs letters or digits to make a /topics/ address`);
      return;
    }
    named.push({ field: `topics.${i}`, topic, key });
    // Topics are shown as titles, in sentence case; scripts without capitals (Arabic, Chinese) are left alone.
    const first = [...topic.trim()][0] ?? '';
    if (first !== first.toLocaleUpperCase() && first === first.toLocaleLowerCase()) {
      problems.add(section.file, `topics.${i}`, `"${topic}" is shown as a title: start it with a capital, as "${first.toLocaleUpperCase()}${topic.trim().slice(first.length)}" (sentence case: "Ukraine war", "Sanctions and tariffs")`);
    }
  });
  return named;
}

/** One spelling for one topic across the site: checks a section's topics against those met so far, and records them. */
export function checkTopicSpellings(problems: Problems, file: string, topics: readonly NamedTopic[], seen: TopicRegistry): void {
  for (const { field, topic, key } of topics) {
    const earlier = seen.get(key);
    if (earlier && earlier.topic !== topic) {
      problems.add(file, field, `"${topic}" makes the same /topics/${key}/ address as "${earlier.topic}" in ${earlier.file}: use one spelling for one topic`);
      continue;
    }
    if (earlier) continue;
    seen.set(key, { topic, file });
    // Two topics that read the same ("Oil", and "Оil" with a Cyrillic О) would be two pages no reader tells apart.
    // A topic with a flaw of its own (a word in two scripts) is named for that alone, by the schema.
    const look = nameFlaw(topic) ? undefined : `look:${skeleton(topic)}`;
    const twin = look === undefined ? undefined : seen.get(look);
    if (twin && twin.topic !== topic) {
      problems.add(file, field, `"${topic}" looks the same as the topic "${twin.topic}" in ${twin.file}, but is spelled with other characters: use one spelling for one topic`);
    } else if (look !== undefined && !twin) seen.set(look, { topic, file });
  }
}
