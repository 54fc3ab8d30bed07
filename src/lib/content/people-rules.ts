// Rules about people and organisations with cards: each card is true to the source, every <Quote by>
// and <Mention of> names a card, a section's people come from its text, and one person has one id
// across the site. (A card's first mention needs no mark: markFirstMentions in mdx-marks.ts makes it.)
import { cardsNamedIn, mentionsIn, quotesIn, type MdxNode } from '../mdx-marks';
import { PAGE_IDS } from '../page-parts';
import { personId, type Card } from '../people';
import { nameFlaw, skeleton } from '../text/names';
import type { Problems } from './report';
import type { Section } from './read-files';

/** Every card's name, role and other spellings are word for word in the source text. */
export function checkCardsInSource(problems: Problems, file: string, cards: readonly Card[], source: string): void {
  const flat = source.replace(/\s+/g, ' ');
  cards.forEach((card, i) => {
    if (!flat.includes(card.name)) problems.add(file, `people.${i}.name`, `"${card.name}" does not appear in the source text: cards are only for people and organisations the report names`);
    if (card.role && !flat.includes(card.role)) problems.add(file, `people.${i}.role`, `"${card.role}" is not word for word in the source text: copy the role exactly as the report gives it`);
    card.namedAs.forEach((term, j) => {
      if (!flat.includes(term)) problems.add(file, `people.${i}.namedAs.${j}`, `"${term}" does not appear in the source text`);
    });
  });
}

/** <Quote by>, <Mention of> and a section's own people list name cards ('unreadable': people.yaml has problems, and these wait for it). */
export function checkMarks(problems: Problems, section: Section, cards: readonly Card[] | undefined | 'unreadable', peopleFile: string): void {
  // people.yaml's own problems are listed; every name in the text would otherwise be reported unknown too.
  if (cards === 'unreadable') return;
  const { file, tree } = section;
  const listed = section.data?.['people'];
  const known = new Set((cards ?? []).map((c) => c.name));
  const unknown = (name: string) =>
    cards ? `"${name}" has no card in ${peopleFile} (cards: ${[...known].join(', ')})` : `"${name}" has no card: add ${peopleFile} listing the people and organisations the report names`;
  if (cards && Array.isArray(listed)) {
    listed.forEach((name, i) => {
      if (typeof name === 'string' && !known.has(name)) problems.add(file, `people.${i}`, unknown(name));
    });
  }
  if (!tree) return;
  for (const q of quotesIn(tree)) {
    if (q.speaker && !known.has(q.speaker)) problems.add(file, `body, line ${q.line ?? '?'}`, `<Quote by=…>: ${unknown(q.speaker)}`);
  }
  for (const m of mentionsIn(tree)) {
    if (m.of && !known.has(m.of)) problems.add(file, `body, line ${m.line ?? '?'}`, `<Mention of=…>: ${unknown(m.of)}`);
  }
}

/**
 * The people a section names, as pages list them (search filter, browse chips): whoever the editor
 * listed in `people`, then every person with a card the text names, so the list is never asked for.
 */
export function sectionPeople(section: Pick<Section, 'data'>, tree: MdxNode, cards: readonly Card[] | undefined): string[] {
  const listed = section.data?.['people'];
  const written = Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
  const named = cards ? cardsNamedIn(tree, cards.filter((c) => c.kind === 'person')) : [];
  return [...new Set([...written, ...named])];
}

/**
 * One person, one spelling, one id across every explainer, and no two names that look the same ("Joe
 * Biden", and "Јое Віden" in Cyrillic letters): `seen` carries the ids met so far, and each look
 * (UTS #39 skeleton) as "look:…".
 */
export function checkPersonIds(problems: Problems, file: string, cards: readonly Card[], seen: Map<string, { name: string; file: string }>): string[] {
  const ids: string[] = [];
  cards.forEach((card, i) => {
    const id = personId(card.name);
    const first = seen.get(id);
    const look = nameFlaw(card.name) ? undefined : `look:${skeleton(card.name)}`;
    const twin = look === undefined ? undefined : seen.get(look);
    if (PAGE_IDS.has(id)) problems.add(file, `people.${i}.name`, `"${card.name}" makes the id "${id}", which the site's pages use for themselves: name the card in full`);
    else if (first && first.name !== card.name) problems.add(file, 'people', `"${card.name}" makes the same id ("${id}") as "${first.name}" in ${first.file}: one person needs one spelling, two people two different names`);
    else if (twin && twin.name !== card.name) problems.add(file, `people.${i}.name`, `"${card.name}" looks the same as "${twin.name}" in ${twin.file}, but is spelled with other characters: one person needs one spelling, two people names a reader can tell apart`);
    if (!first) seen.set(id, { name: card.name, file });
    if (look !== undefined && !twin) seen.set(look, { name: card.name, file });
    ids.push(id);
  });
  return ids;
}
