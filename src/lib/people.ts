// People and organisations the report names: ids for anchors and popovers, and finding names in text.
import { slug } from './slugs';

export interface Card {
  name: string;
  kind: 'person' | 'organisation';
  role?: string | undefined;
  namedAs: string[];
}

/** "Donald Trump" -> "donald-trump": the anchor on /people/ and the popover id in a section. */
export function personId(name: string): string {
  return slug(name);
}

/** The popover card's id inside a section; <Mention> and the card agree through this. */
export function cardId(name: string): string {
  return `person-${personId(name)}`;
}

/** The words that count as naming a card: how the report writes it, and the full name. */
export function namesFor(card: Pick<Card, 'name' | 'namedAs'>): string[] {
  return [...new Set([card.name, ...card.namedAs])];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names `term` as a whole word ("Trump’s" names Trump; "Trumpet" does not). */
export function names(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
