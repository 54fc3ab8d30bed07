// Joins each explainer's people.yaml with its sections: where each card is named and what each
// person is quoted as saying, from the marks the content check read in the MDX.
import type { GetStaticPathsOptions } from 'astro';
import { getCollection } from 'astro:content';
import { listingKey } from './build-cache';
import { getExplainers, pageContext, type ExplainerView, type SectionView } from './explainers';
import { sectionMarks } from './marks';
import { personId, type Card } from './people';
import { LIST_PAGE_SIZE, NAMES_PAGE_SIZE } from './urls';

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

/** A person or organisation across every explainer that names them (newest explainer first), for their page. */
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

/** One line of the people index: who, as the newest explainer gives them, and in how many explainers. */
export interface NameItem {
  id: string;
  name: string;
  kind: Card['kind'];
  role: string | undefined;
  /** The language of the newest explainer naming them, which the role is written in. */
  lang: string;
  explainers: number;
}

/** Everyone in alphabetical order (the site's language's), one line each. */
export async function getNames(locale: string): Promise<NameItem[]> {
  const collator = new Intl.Collator(locale);
  return (await getPeopleGroups())
    .map(({ id, name, kind, entries }) => ({ id, name, kind, role: entries[0]!.role, lang: entries[0]!.explainer.lang, explainers: entries.length }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** getStaticPaths for /people/ and its further pages (/people/2/ …), NAMES_PAGE_SIZE names each, keyed by the names listed. */
export async function peopleIndexPaths({ paginate }: Pick<GetStaticPathsOptions, 'paginate'>, locale: string) {
  const context = pageContext();
  const names = await getNames(locale);
  return paginate(names, { pageSize: NAMES_PAGE_SIZE, props: { total: names.length } }).map((path) => ({
    ...path,
    cacheKey: listingKey(context, 'people', { page: path.props.page, total: names.length }),
  }));
}

/**
 * getStaticPaths for /people/<id>/ and its further pages (/people/<id>/2/ …), LIST_PAGE_SIZE explainers'
 * entries each, newest first; each page keyed by the entries it shows, their sections' texts aside.
 */
export async function personPaths({ paginate }: Pick<GetStaticPathsOptions, 'paginate'>) {
  const context = pageContext();
  return (await getPeopleGroups()).flatMap((group) =>
    paginate(group.entries, { pageSize: LIST_PAGE_SIZE, params: { person: group.id }, props: { group } }).map((path) => {
      const { entries, ...about } = path.props.group;
      return { ...path, cacheKey: listingKey(context, 'person', { about, count: entries.length, page: path.props.page }) };
    }),
  );
}
