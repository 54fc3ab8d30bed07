import { describe, expect, it } from 'vitest';
import { groupByTopic, topicPath, topicSlug } from '../../src/lib/topics';

describe('topics', () => {
  it('makes readable slugs, dashes of any kind becoming one hyphen', () => {
    expect(topicSlug('US–Russia relations')).toBe('us-russia-relations');
    expect(topicSlug('sanctions and tariffs')).toBe('sanctions-and-tariffs');
    expect(topicSlug('  Ukraine war ')).toBe('ukraine-war');
    expect(topicSlug('Café—Zoë')).toBe('cafe-zoe');
    expect(topicPath('oil')).toBe('/topics/oil/');
  });

  it('groups items by topic, alphabetically, one spelling per slug', () => {
    const items = [
      { id: 'a', topics: ['oil', 'China'] },
      { id: 'b', topics: ['Oil', 'Ukraine war'] },
      { id: 'c', topics: ['china', 'china'] },
    ];
    const groups = groupByTopic(items, (i) => i.topics);
    expect(groups.map((g) => [g.topic, g.slug, g.items.map((i) => i.id)])).toEqual([
      ['China', 'china', ['a', 'c']],
      ['oil', 'oil', ['a', 'b']],
      ['Ukraine war', 'ukraine-war', ['b']],
    ]);
  });
});
