// How old an explainer is, as the reader's browser tells it (src/scripts/age.ts), and the newer explainer
// on its topics it points to (chosen at build). Pure: the page script and the data layer share it.
import { relativeTimeFormat } from './text/intl';

/** An explainer older than this many days says how old it is at the top of every page. */
export const AGE_AFTER_DAYS = 21;

const DAY_MS = 86_400_000;

/** The first moment an explainer published on `published` is old enough to say how old it is. */
export function ageFrom(published: Date): Date {
  return new Date(published.getTime() + AGE_AFTER_DAYS * DAY_MS);
}

export interface Age {
  value: number;
  unit: 'week' | 'month' | 'year';
}

/**
 * The age of something published on `published` (an ISO day, UTC) at `now`, rounded as people say it:
 * weeks up to two months, then months up to two years (so 22 months is never "2 years"), then years.
 * Undefined while it is still fresh (AGE_AFTER_DAYS or less).
 */
export function ageAt(published: string, now: number): Age | undefined {
  const days = (now - Date.parse(`${published}T00:00:00Z`)) / DAY_MS;
  if (!(days > AGE_AFTER_DAYS)) return undefined;
  if (days < 61) return { value: Math.round(days / 7), unit: 'week' };
  if (days < 730) return { value: Math.round(days / 30.44), unit: 'month' };
  return { value: Math.round(days / 365.25), unit: 'year' };
}

/** An age as one short string ("2 year"): how the page tells the script the age the build wrote. */
export const ageKey = (age: Age) => `${age.value} ${age.unit}`;

/** "2 years ago" in `lang`, as the page shows it (the browser's script and the build's placeholder alike). */
export function agoText(lang: string, age: Age): string {
  return relativeTimeFormat(lang, { numeric: 'always' }).format(-age.value, age.unit);
}

interface Dated {
  slug: string;
  published: Date;
  topics: readonly { name: string }[];
}

/** The newest other explainer that shares a topic with `explainer` and was published after it, if any. */
export function newerOnTopics<T extends Dated>(explainer: Dated, all: readonly T[]): T | undefined {
  const topics = new Set(explainer.topics.map((t) => t.name));
  // One pass for the newest (ties: the first slug), not a sort per explainer: every explainer asks this of every other.
  let newest: T | undefined;
  for (const e of all) {
    if (e.slug === explainer.slug || e.published <= explainer.published || !e.topics.some((t) => topics.has(t.name))) continue;
    const later = newest ? e.published.getTime() - newest.published.getTime() || newest.slug.localeCompare(e.slug) : 1;
    if (later > 0) newest = e;
  }
  return newest;
}
