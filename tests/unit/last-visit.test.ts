// What a returning reader is shown as new (src/lib/last-visit.ts), and the stable ids of an explainer's
// updates it works from (also the feeds' guids: src/lib/changes.ts).
import { describe, expect, it } from 'vitest';
import { VISIT_GAP_MS, markRead, parseVisit, recordVisit, updateDay, updateIds, whatsNew, type Update } from '../../src/lib/last-visit';
import { explainerUpdates, updatesOf } from '../../src/lib/changes';

const HOUR = 3_600_000;
const time = (iso: string) => Date.parse(iso);
const updates = (list: { date: string; sections?: string[] }[]): Update[] => {
  const ids = updateIds(list);
  return list.map((u, i) => ({ id: ids[i]!, date: u.date, sections: u.sections ?? [] }));
};

describe('updateIds', () => {
  it('derives each id from the day and the sections changed, whatever their order', () => {
    const [a, b, c] = updateIds([{ date: '2025-03-05', sections: ['talks', 'who-pays'] }, { date: '2025-03-05', sections: ['who-pays', 'talks'] }, { date: '2025-03-06' }]);
    expect(a).toMatch(/^2025-03-05-[0-9a-z]+$/);
    expect(b).toBe(`${a}-2`);
    expect(updateDay(c!)).toBe('2025-03-06');
  });

  it('keeps an update’s id when a later one is added, and tells apart different sections', () => {
    const before = updateIds([{ date: '2025-03-05', sections: ['talks'] }]);
    const after = updateIds([{ date: '2025-03-05', sections: ['talks'] }, { date: '2025-03-05', sections: ['talks'] }, { date: '2025-03-05', sections: ['the-vote'] }]);
    expect(after[0]).toBe(before[0]);
    expect(new Set(after).size).toBe(3);
  });
});

describe('explainerUpdates', () => {
  const explainer = {
    published: new Date('2025-03-04T00:00:00Z'),
    changes: [
      { date: new Date('2025-03-04T00:00:00Z'), what: 'First published.' },
      { date: new Date('2025-03-05T00:00:00Z'), what: 'A quote added.', sections: ['talks'] },
      { date: new Date('2025-03-07T00:00:00Z'), what: 'The headline mended.' },
    ],
  };

  it('leaves out the first publication and gives every later change an id', () => {
    expect(explainerUpdates(explainer).map((u) => u.what)).toEqual(['A quote added.', 'The headline mended.']);
    expect(updatesOf(explainer, 'talks')).toEqual([explainerUpdates(explainer)[0]!.id]);
    expect(updatesOf(explainer)).toEqual([explainerUpdates(explainer)[1]!.id]);
    expect(updatesOf(explainer, 'the-vote')).toEqual([]);
  });
});

describe('a reader’s visits', () => {
  const list = updates([{ date: '2025-03-05', sections: ['talks'] }, { date: '2025-03-07' }]);
  const ids = list.map((u) => u.id);

  it('marks nothing on a first visit', () => {
    const visit = recordVisit(undefined, ids, time('2025-03-10T09:00:00Z'));
    expect(whatsNew(list, visit)).toEqual({ updates: [], sections: [], overview: false });
  });

  it('shows what came after the last visit, and the sections it changed', () => {
    const first = recordVisit(undefined, ids.slice(0, 1), time('2025-03-06T09:00:00Z'));
    const back = recordVisit(first, ids, time('2025-03-08T09:00:00Z'));
    expect(whatsNew(list, back)).toEqual({ updates: [ids[1]], sections: [], overview: true });
    const earlier = recordVisit(undefined, [], time('2025-03-01T09:00:00Z'));
    expect(whatsNew(list, recordVisit(earlier, ids, time('2025-03-08T09:00:00Z')))).toEqual({ updates: ids, sections: ['talks'], overview: true });
  });

  it('counts an update made later on the day of the last visit', () => {
    const morning = recordVisit(undefined, ids.slice(0, 1), time('2025-03-07T08:00:00Z'));
    expect(whatsNew(list, recordVisit(morning, ids, time('2025-03-07T18:00:00Z'))).updates).toEqual([ids[1]]);
  });

  it('keeps the marks while the reader goes from page to page, and drops them at the next visit', () => {
    const first = recordVisit(undefined, [], time('2025-03-01T09:00:00Z'));
    const overview = recordVisit(first, ids, time('2025-03-08T09:00:00Z'));
    const section = recordVisit(overview, ids, time('2025-03-08T09:00:00Z') + VISIT_GAP_MS - 1);
    expect(whatsNew(list, section).updates).toEqual(ids);
    const nextWeek = recordVisit(section, ids, time('2025-03-15T09:00:00Z'));
    expect(whatsNew(list, nextWeek).updates).toEqual([]);
  });

  it('never marks an update from before the last visit, even one it never stored', () => {
    const visit = recordVisit(undefined, [], time('2025-03-09T09:00:00Z'));
    expect(whatsNew(list, recordVisit(visit, ids, time('2025-03-09T09:00:00Z') + 2 * HOUR + VISIT_GAP_MS)).updates).toEqual([]);
  });

  it('clears everything on "Mark as read", within the same visit', () => {
    const first = recordVisit(undefined, [], time('2025-03-01T09:00:00Z'));
    const back = recordVisit(first, ids, time('2025-03-08T09:00:00Z'));
    expect(whatsNew(list, back).updates).toHaveLength(2);
    const read = markRead(ids, time('2025-03-08T09:05:00Z'));
    expect(whatsNew(list, recordVisit(read, ids, time('2025-03-08T09:06:00Z'))).updates).toEqual([]);
  });
});

describe('parseVisit', () => {
  it('reads back what was stored', () => {
    const visit = recordVisit(undefined, ['2025-03-05-abc'], 1_741_000_000_000);
    expect(parseVisit(JSON.stringify(visit))).toEqual(visit);
  });

  it('treats anything else in storage as no visit', () => {
    for (const text of [null, '', 'nope', '{}', '[]', 'null', '{"at":"1","from":1,"seen":[],"ids":[]}', '{"at":1,"from":1e300,"seen":[],"ids":[]}', '{"at":1,"from":1,"seen":[1],"ids":[]}']) {
      expect(parseVisit(text), String(text)).toBeUndefined();
    }
  });
});
