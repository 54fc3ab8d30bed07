import { describe, expect, it } from 'vitest';
import { byOrder, neighbours, newestFirst, positionLabel } from '../../src/lib/sections';
import { absoluteUrl, explainerPath, fullStoryPath, sectionPath } from '../../src/lib/urls';
import { readingMinutes, readingTimeLabel, visibleWords, WORDS_PER_MINUTE } from '../../src/lib/reading-time';
import { formatDay, isoDay } from '../../src/lib/dates';
import { sectionSlugFromFile } from '../../src/lib/slugs';
import { contentRoot } from '../../src/lib/content-root';

describe('sections', () => {
  it('orders by order, whatever the input order', () => {
    expect(byOrder([{ order: 3 }, { order: 1 }, { order: 2 }]).map((s) => s.order)).toEqual([1, 2, 3]);
  });

  it('gives previous, next and position', () => {
    const list = ['a', 'b', 'c'];
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: 'b', position: 1, total: 3 });
    expect(neighbours(list, 1)).toEqual({ previous: 'a', next: 'c', position: 2, total: 3 });
    expect(neighbours(list, 2)).toEqual({ previous: 'b', next: undefined, position: 3, total: 3 });
    expect(() => neighbours(list, 3)).toThrow(RangeError);
  });

  it('labels the position for readers', () => {
    expect(positionLabel(2, 4)).toBe('Section 2 of 4');
  });

  it('lists explainers newest first', () => {
    const items = [
      { headline: 'B', published: new Date('2025-01-01') },
      { headline: 'A', published: new Date('2025-02-01') },
      { headline: 'C', published: new Date('2025-01-01') },
    ];
    expect(newestFirst(items).map((i) => i.headline)).toEqual(['A', 'B', 'C']);
  });
});

describe('urls', () => {
  it('builds readable, trailing-slash paths', () => {
    expect(explainerPath('trump-putin-call')).toBe('/trump-putin-call/');
    expect(sectionPath('trump-putin-call', 'arms-control')).toBe('/trump-putin-call/arms-control/');
    expect(fullStoryPath('trump-putin-call')).toBe('/trump-putin-call/full-story/');
    expect(fullStoryPath('trump-putin-call', 'arms-control')).toBe('/trump-putin-call/full-story/#arms-control');
  });

  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/a/b/', 'https://news.example/')).toBe('https://news.example/a/b/');
    expect(() => absoluteUrl('/a/', undefined)).toThrow(/site/);
  });
});

describe('reading time', () => {
  it('counts visible words, including captions, not markup', () => {
    const words = visibleWords('---\ntitle: x\n---\n\n## A heading\n\nOne *two* three.\n\n<Photo caption="four five" credit="six" />');
    expect(words).toEqual(['A', 'heading', 'One', 'two', 'three.', 'four', 'five', 'six']);
  });

  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(WORDS_PER_MINUTE * 3).fill('word').join(' '))).toBe(3);
    expect(readingTimeLabel(4)).toBe('4 min read');
  });
});

describe('dates', () => {
  it('formats calendar days the same in every time zone', () => {
    const d = new Date('2025-01-24');
    expect(isoDay(d)).toBe('2025-01-24');
    expect(formatDay(d)).toBe('24 January 2025');
  });
});

describe('slugs', () => {
  it('takes section slugs from file names', () => {
    expect(sectionSlugFromFile('trump-putin-call/02-pressure-tactics.mdx')).toBe('pressure-tactics');
    expect(sectionSlugFromFile('x/arms-control.mdx')).toBe('arms-control');
  });
});

describe('content root', () => {
  it('defaults to content/explainers and can be redirected', () => {
    expect(contentRoot({})).toBe('content/explainers');
    expect(contentRoot({ EXPLAINER_CONTENT: '/tmp/x' })).toBe('/tmp/x');
  });
});
