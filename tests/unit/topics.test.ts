import { describe, expect, it } from 'vitest';
import { groupByTopic, topicPath } from '../../src/lib/topics';

describe('topics', () => {
  it('addresses a topic by the site slug rule (tested in slugs.test.ts)', () => {
    expect(topicPath('Café—Zoë')).toBe('/topics/café-zoë/');
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
