// The understanding components rendered alone through Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Quote from '../../src/components/mdx/Quote.astro';
import Mention from '../../src/components/mdx/Mention.astro';
import PercentFigure from '../../src/components/mdx/PercentFigure.astro';
import CapFigure from '../../src/components/mdx/CapFigure.astro';
import KeyTakeaways from '../../src/components/KeyTakeaways.astro';
import Timeline from '../../src/components/Timeline.astro';
import ChangeLog from '../../src/components/ChangeLog.astro';
import SectionTopics from '../../src/components/SectionTopics.astro';
import PersonCard from '../../src/components/PersonCard.astro';
import ScopedIds from '../../src/components/ScopedIds.astro';
import type { PersonView } from '../../src/lib/people-index';
import { componentNames as mdxComponentNames } from '../../src/lib/component-props';
import { mdxComponents } from '../../src/components/mdx';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}, slot?: string) =>
  parse(await container.renderToString(component, { props, slots: slot === undefined ? {} : { default: slot } }));

describe('MDX components', () => {
  it('are all registered under the names the content check accepts', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...mdxComponentNames].sort());
    for (const name of ['Quote', 'Mention', 'PercentFigure', 'CapFigure']) expect(mdxComponentNames).toContain(name);
  });

  it('Quote marks a quotation with its speaker for cards and the search filter, adding no text', async () => {
    const root = await render(Quote, { by: 'Dmitry Peskov' }, 'We don’t see any particular new elements here,');
    const q = root.querySelector('q')!;
    expect(q.getAttribute('data-speaker')).toBe('Dmitry Peskov');
    expect(q.getAttribute('data-pagefind-filter')).toBe('speaker[data-speaker]');
    expect(q.textContent).toBe('We don’t see any particular new elements here,');
  });

  it('Mention is a button opening the named card as a popover, its text unchanged', async () => {
    const root = await render(Mention, { of: 'Volodymyr Zelenskyy' }, 'Volodymyr Zelenskyy');
    const button = root.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('popovertarget')).toBe('person-volodymyr-zelenskyy');
    expect(button.textContent).toBe('Volodymyr Zelenskyy');
  });

  it('PercentFigure draws 100 cells as accessible SVG with a title, a text alternative and a source', async () => {
    const root = await render(PercentFigure, {
      value: 88,
      label: 'Russia and the United States',
      rest: 'The rest of the world',
      title: 'A share of warheads',
      description: 'Of every 100 warheads, 88 are theirs.',
      source: 'the report',
    });
    const svg = root.querySelector('figure svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = root.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!;
    expect(title.tagName).toBe('TITLE');
    expect(title.textContent).toBe('A share of warheads');
    expect(root.querySelector(`#${svg.getAttribute('aria-describedby')}`)!.textContent).toBe('Of every 100 warheads, 88 are theirs.');
    expect(root.querySelector('path.on')!.getAttribute('data-cells')).toBe('88');
    expect(root.querySelector('path.on')!.getAttribute('d')!.match(/M/g)).toHaveLength(88);
    expect(root.querySelector('path:not(.on)')!.getAttribute('d')!.match(/M/g)).toHaveLength(12);
    expect(svg.textContent).toContain('88%');
    expect(root.querySelector('figcaption .source')!.textContent).toBe('Source: the report');
  });

  it('CapFigure marks the cap on a labelled scale', async () => {
    const root = await render(CapFigure, {
      value: 60,
      max: 100,
      step: 20,
      prefix: 'US$',
      unit: 'per barrel',
      label: 'Price cap',
      title: 'A price cap',
      description: 'The cap is US$60 per barrel.',
      source: 'the report',
    });
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('A price cap');
    expect(svg.querySelectorAll('.tick-label').map((t) => t.textContent)).toEqual(['US$0', 'US$20', 'US$40', 'US$60', 'US$80', 'US$100']);
    expect(svg.querySelector('.cap-value')!.textContent).toBe('US$60 per barrel');
    const cap = svg.querySelector('line.cap')!;
    const tick60 = svg.querySelectorAll('line.tick')[3]!;
    expect(cap.getAttribute('x1')).toBe(tick60.getAttribute('x1'));
    expect(root.querySelector('figcaption .description')!.textContent).toBe('The cap is US$60 per barrel.');
  });
});

describe('explainer components', () => {
  it('KeyTakeaways lists each point as a link under a heading, and nothing when there are none', async () => {
    const root = await render(KeyTakeaways, { takeaways: [{ text: 'One point.', href: '/x/a/' }, { text: 'Two.', href: '#b' }] });
    expect(root.querySelector('h2')!.textContent).toBe('Key takeaways');
    expect(root.querySelectorAll('li a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['One point.', '/x/a/'],
      ['Two.', '#b'],
    ]);
    expect((await render(KeyTakeaways, { takeaways: [] })).querySelector('section')).toBeNull();
  });

  it('Timeline is an ordered list of <time datetime> entries, each linking to its section', async () => {
    const root = await render(Timeline, {
      events: [
        { when: '2016', what: 'An election.', href: '/x/a/', section: 'A' },
        { when: '2022-02', what: 'Praise.', href: '/x/a/', section: 'A' },
        { when: '2025-01', label: 'The days after', what: 'Threats.', href: '/x/b/', section: 'B' },
      ],
    });
    const items = root.querySelectorAll('ol > li');
    expect(items.map((li) => [li.querySelector('time')!.getAttribute('datetime'), li.querySelector('time')!.textContent])).toEqual([
      ['2016', '2016'],
      ['2022-02', 'February 2022'],
      ['2025-01', 'The days after'],
    ]);
    expect(items[2]!.querySelector('a')!.getAttribute('href')).toBe('/x/b/');
    expect(items[2]!.querySelector('a')!.textContent).toBe('In “B”');
  });

  it('ChangeLog lists changes oldest first and marks the last as the latest', async () => {
    const root = await render(ChangeLog, {
      changes: [
        { date: new Date('2025-01-24'), what: 'Published.' },
        { date: new Date('2025-02-03'), what: 'Added a section.' },
      ],
    });
    expect(root.querySelector('h2')!.textContent).toBe('How this explainer has changed');
    const last = root.querySelector('li[data-last-change]')!;
    expect(last.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-03');
    expect(last.textContent).toContain('Added a section.');
    expect(root.querySelectorAll('li[data-last-change]')).toHaveLength(1);
  });

  it('SectionTopics links each topic to its page', async () => {
    const topics = [
      { name: 'US–Russia relations', url: '/topics/us-russia-relations/' },
      { name: 'oil', url: '/topics/oil/' },
    ];
    const root = await render(SectionTopics, { topics });
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Topics of this section');
    expect(root.querySelectorAll('a').map((a) => [a.text, a.getAttribute('href')])).toEqual(topics.map((t) => [t.name, t.url]));
  });

  const section = (slug: string, title: string) => ({ slug, title, url: `/x/${slug}/` });
  const person = {
    name: 'Dmitry Peskov',
    id: 'dmitry-peskov',
    kind: 'person',
    role: 'spokesman',
    namedAs: ['Peskov'],
    explainer: { url: '/x/', headline: 'A headline' },
    sections: [section('pressure-tactics', 'Pressure tactics')],
    quotes: [{ text: 'We don’t see any particular new elements here,', section: section('pressure-tactics', 'Pressure tactics') }],
  } as unknown as PersonView;

  it('PersonCard as a popover: role, sections, quotes, a way to the people page and a close button', async () => {
    const root = await render(PersonCard, { person, variant: 'popover', current: 'pressure-tactics' });
    const card = root.querySelector('[popover]')!;
    expect(card.id).toBe('person-dmitry-peskov');
    expect(card.querySelector('.role-text')!.textContent).toBe('spokesman');
    expect(card.querySelector('.named a')!.getAttribute('aria-current')).toBe('page');
    expect(card.querySelector('.quoted')!.textContent).toBe('Quoted once in this explainer.');
    expect(card.querySelector('.more a')!.getAttribute('href')).toBe('/people/#dmitry-peskov');
    const close = card.querySelector('button.close')!;
    expect([close.getAttribute('popovertarget'), close.getAttribute('popovertargetaction')]).toEqual(['person-dmitry-peskov', 'hide']);
  });

  it('PersonCard on the people page lists every quote with its section', async () => {
    const root = await render(PersonCard, { person, variant: 'page' });
    expect(root.querySelector('[popover]')).toBeNull();
    const quote = root.querySelector('.quotes li')!;
    expect(quote.querySelector('q')!.textContent).toBe('We don’t see any particular new elements here,');
    expect(quote.querySelector('a')!.getAttribute('href')).toBe('/x/pressure-tactics/');
  });

  it('ScopedIds keeps figure labels and popover targets pointing at their renamed ids', async () => {
    const html = '<button popovertarget="person-a">A</button><div popover id="person-a"></div><svg aria-labelledby="f-title" aria-describedby="f-desc"><title id="f-title">T</title></svg><p id="f-desc">D</p>';
    const root = await render(ScopedIds, { prefix: 'sec' }, html);
    expect(root.querySelector('button')!.getAttribute('popovertarget')).toBe('sec--person-a');
    expect(root.querySelector('[popover]')!.id).toBe('sec--person-a');
    expect(root.querySelector('svg')!.getAttribute('aria-labelledby')).toBe('sec--f-title');
    expect(root.querySelector('svg')!.getAttribute('aria-describedby')).toBe('sec--f-desc');
  });
});
