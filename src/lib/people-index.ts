// Joins each explainer's people.yaml with its sections: where each card is named and what each
// person is quoted as saying, from the marks the content check read in the MDX.
import { getCollection } from 'astro:content';
import { getExplainers, type ExplainerView, type SectionView } from './explainers';
import { sectionMarks } from './marks';
import { personId, type Card } from './people';

export interface QuoteView {
  text: string;
  /** The sentence around the quote, word for word: what a quote means depends on it. */
  sentence: string;
  section: SectionView;
}

/** Where the article first brings someone in: the sentence around their first <Mention>. */
export interface IntroductionView {
  sentence: string;
  section: SectionView;
}

/** One card as one explainer gives it. */
export interface PersonView extends Card {
  id: string;
  explainer: ExplainerView;
  /** Sections whose text names them, in reading order. */
  sections: SectionView[];
  quotes: QuoteView[];
  introduction: IntroductionView | undefined;
}

/** A person or organisation across every explainer that names them, for /people/. */
export interface PersonGroup {
  id: string;
  name: string;
  kind: Card['kind'];
  entries: PersonView[];
}

let cache: Promise<Map<string, PersonView[]>> | undefined;

/** Cards per explainer slug, in the order people.yaml lists them. */
export function getPeopleByExplainer(): Promise<Map<string, PersonView[]>> {
  cache ??= load();
  return cache;
}

export async function getPeopleOf(explainer: string): Promise<PersonView[]> {
  return (await getPeopleByExplainer()).get(explainer) ?? [];
}

async function load(): Promise<Map<string, PersonView[]>> {
  const [explainers, files] = await Promise.all([getExplainers(), getCollection('people')]);
  const out = new Map<string, PersonView[]>();
  for (const explainer of explainers) {
    const file = files.find((f) => f.id === explainer.slug);
    if (!file) continue;
    const cards = file.data.people;
    const marked = explainer.sections.map((section) => ({ section, marks: sectionMarks(explainer.slug, section.slug) }));
    out.set(
      explainer.slug,
      cards.map((card) => ({
        ...card,
        id: personId(card.name),
        explainer,
        sections: marked.filter(({ marks }) => marks.named.includes(card.name)).map(({ section }) => section),
        quotes: marked.flatMap(({ section, marks }) =>
          marks.quotes.filter((q) => q.speaker === card.name).map((q) => ({ text: q.text, sentence: q.sentence, section })),
        ),
        introduction: marked.flatMap(({ section, marks }) =>
          marks.introductions.filter((i) => i.name === card.name).map((i) => ({ sentence: i.sentence, section })),
        )[0],
      })),
    );
  }
  return out;
}

/** Everyone on the site, grouped by name across explainers, in the order they first appear. */
export async function getPeopleGroups(): Promise<PersonGroup[]> {
  const groups = new Map<string, PersonGroup>();
  for (const people of (await getPeopleByExplainer()).values()) {
    for (const person of people) {
      const group = groups.get(person.id) ?? { id: person.id, name: person.name, kind: person.kind, entries: [] };
      group.entries.push(person);
      groups.set(person.id, group);
    }
  }
  return [...groups.values()];
}
