// How old an explainer says it is (src/lib/age.ts), which newer explainer it points to, and which change
// a page announces at its top (src/lib/changes.ts).
import { describe, expect, it } from 'vitest';
import { AGE_AFTER_DAYS, ageAt, ageFrom, newerOnTopics } from '../../src/lib/age';
import { latestChange } from '../../src/lib/changes';

const DAY = 86_400_000;
const at = (days: number) => Date.parse('2025-01-24T00:00:00Z') + days * DAY;

describe('ageAt', () => {
  it('says nothing while the explainer is fresh', () => {
    for (const days of [-3, 0, 1, 7, AGE_AFTER_DAYS]) expect(ageAt('2025-01-24', at(days)), `${days} days`).toBeUndefined();
  });

  it('starts when ageFrom says the page may load it', () => {
    const from = ageFrom(new Date('2025-01-24T00:00:00Z')).getTime();
    expect(ageAt('2025-01-24', from)).toBeUndefined();
    expect(ageAt('2025-01-24', from + 1)).toBeDefined();
  });

  it('rounds as people say it: weeks, then months, then years', () => {
    expect(ageAt('2025-01-24', at(AGE_AFTER_DAYS + 1))).toEqual({ value: 3, unit: 'week' });
    expect(ageAt('2025-01-24', at(45))).toEqual({ value: 6, unit: 'week' });
    expect(ageAt('2025-01-24', at(75))).toEqual({ value: 2, unit: 'month' });
    expect(ageAt('2025-01-24', at(365))).toEqual({ value: 12, unit: 'month' });
    expect(ageAt('2025-01-24', at(679))).toEqual({ value: 22, unit: 'month' });
    expect(ageAt('2025-01-24', at(2 * 365 + 7))).toEqual({ value: 2, unit: 'year' });
    expect(ageAt('2025-01-24', at(10 * 365))).toEqual({ value: 10, unit: 'year' });
  });
});

describe('newerOnTopics', () => {
  const topics = (...names: string[]) => names.map((name) => ({ name }));
  const e = (slug: string, published: string, ...names: string[]) => ({ slug, published: new Date(`${published}T00:00:00Z`), topics: topics(...names) });
  const old = e('old', '2025-01-24', 'Oil', 'Ukraine war');

  it('is the newest later explainer sharing a topic', () => {
    const all = [old, e('later', '2025-03-01', 'Oil'), e('latest', '2025-06-01', 'Ukraine war'), e('unrelated', '2025-09-01', 'Ferries')];
    expect(newerOnTopics(old, all)?.slug).toBe('latest');
  });

  it('is none when nothing later shares a topic', () => {
    expect(newerOnTopics(old, [old, e('earlier', '2024-01-01', 'Oil'), e('same-day', '2025-01-24', 'Oil'), e('other', '2026-01-01', 'Ferries')])).toBeUndefined();
  });
});

describe('latestChange', () => {
  const published = new Date('2025-01-24T00:00:00Z');
  const change = (date: string, what: string, sections?: string[]) => ({ date: new Date(`${date}T00:00:00Z`), what, ...(sections ? { sections } : {}) });
  const changes = [change('2025-01-24', 'First published.'), change('2025-02-01', 'Fixed a date.', ['a']), change('2025-02-03', 'Added context.'), change('2025-02-05', 'New reply.', ['a', 'b'])];

  it('gives a section its newest change that names it', () => {
    expect(latestChange({ published, changes }, 'a')?.what).toBe('New reply.');
    expect(latestChange({ published, changes }, 'c')).toBeUndefined();
  });

  it('gives the overview the newest change naming no section, never the first publication', () => {
    expect(latestChange({ published, changes })?.what).toBe('Added context.');
    expect(latestChange({ published, changes: changes.slice(0, 2) })).toBeUndefined();
  });
});
