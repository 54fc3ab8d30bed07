// The understanding components rendered alone through Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Quote from '../../src/components/mdx/Quote.astro';
import Mention from '../../src/components/mdx/Mention.astro';
import PercentFigure from '../../src/components/mdx/PercentFigure.astro';
import CapFigure from '../../src/components/mdx/CapFigure.astro';
import StatFigure from '../../src/components/mdx/StatFigure.astro';
import KeyTakeaways from '../../src/components/KeyTakeaways.astro';
import Timeline from '../../src/components/Timeline.astro';
import ChangeLog from '../../src/components/ChangeLog.astro';
import Corrections from '../../src/components/Corrections.astro';
import ChangeNote from '../../src/components/ChangeNote.astro';
import On from '../../src/components/mdx/On.astro';
import SectionTopics from '../../src/components/SectionTopics.astro';
import PersonCard from '../../src/components/PersonCard.astro';
import ScopedIds from '../../src/components/ScopedIds.astro';
import SectionAnswer from '../../src/components/SectionAnswer.astro';
import Context from '../../src/components/mdx/Context.astro';
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
    for (const name of ['Quote', 'Mention', 'Context', 'PercentFigure', 'CapFigure', 'StatFigure']) expect(mdxComponentNames).toContain(name);
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

  it('PercentFigure draws 100 cells as accessible SVG with a title, one legend, a text alternative and a source', async () => {
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
    const described = svg.getAttribute('aria-describedby')!.split(' ').map((id) => root.querySelector(`#${id}`)!.textContent);
    expect(described).toEqual(['Russia and the United States: 88 in 100; The rest of the world: 12 in 100.', 'Of every 100 warheads, 88 are theirs.']);
    expect(root.querySelector('path.on')!.getAttribute('data-cells')).toBe('88');
    expect(root.querySelector('path.on')!.getAttribute('d')!.match(/M/g)).toHaveLength(88);
    expect(root.querySelector('path:not(.on)')!.getAttribute('d')!.match(/M/g)).toHaveLength(12);
    // The number is drawn once, big; the legend below names the two series and repeats no number.
    expect(svg.querySelectorAll('text').map((text) => text.textContent)).toEqual(['88%']);
    expect(root.querySelectorAll('.legend li').map((li) => li.textContent)).toEqual(['Russia and the United States', 'The rest of the world']);
    expect(root.querySelector('figcaption .source')!.textContent).toBe('Source: the report');
  });

  it('CapFigure sets the cap beside the number it is compared with, as two labelled bars on one scale', async () => {
    const root = await render(CapFigure, {
      value: 12,
      label: 'Resident fare cap',
      compare: 19,
      compareLabel: 'Full fare',
      max: 20,
      step: 5,
      prefix: '£',
      unit: 'for a return trip',
      title: 'A fare cap',
      description: 'The cap is £12; the full fare £19.',
      source: 'the council',
    });
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('A fare cap');
    expect(svg.querySelectorAll('.tick-label').map((t) => t.textContent)).toEqual(['£0', '£5', '£10', '£15', '£20']);
    expect(svg.querySelectorAll('.bar-label').map((t) => t.textContent)).toEqual(['Full fare: £19 for a return trip', 'Resident fare cap: £12 for a return trip']);
    // Each bar ends at its value on the scale: the £10 tick is halfway to the £20 tick.
    const ticks = svg.querySelectorAll('line.tick').map((l) => Number(l.getAttribute('x1')));
    const end = (kind: string) => { const r = svg.querySelector(`.${kind} rect`)!; return Number(r.getAttribute('x')) + Number(r.getAttribute('width')); };
    expect(end('cap')).toBeCloseTo(ticks[0]! + ((ticks[4]! - ticks[0]!) * 12) / 20);
    expect(end('compare')).toBeCloseTo(ticks[0]! + ((ticks[4]! - ticks[0]!) * 19) / 20);
    expect(root.querySelector('figcaption .description')!.textContent).toBe('The cap is £12; the full fare £19.');
    expect(root.querySelector('figcaption .source')!.textContent).toBe('Source: the council');
  });

  it('StatFigure shows one number as a plain card under its title, with its source and no drawing', async () => {
    const root = await render(StatFigure, { value: 60, prefix: 'US$', unit: 'per barrel', title: 'A price cap', source: 'the report' });
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('.figure-title')!.textContent).toBe('A price cap');
    expect(root.querySelector('.stat')!.textContent).toBe('US$60 per barrel');
    expect(root.querySelector('figcaption')!.textContent!.trim()).toBe('Source: the report');
  });
});

describe('explainer components', () => {
  it('KeyTakeaways lists each point as text with a small link to its section, and nothing when there are none', async () => {
    const root = await render(KeyTakeaways, {
      takeaways: [
        { text: 'One point.', href: '/x/a/', section: 'First part' },
        { text: 'Two.', href: '#b', section: 'Second part' },
      ],
    });
    expect(root.querySelector('h2')!.textContent).toBe('Key takeaways');
    expect(root.querySelectorAll('li').map((li) => li.querySelector('.point')!.textContent)).toEqual(['One point.', 'Two.']);
    expect(root.querySelectorAll('li .point a')).toHaveLength(0);
    expect(root.querySelectorAll('li a').map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['First part', '/x/a/', 'Read more in “First part”'],
      ['Second part', '#b', 'Read more in “Second part”'],
    ]);
    expect((await render(KeyTakeaways, { takeaways: [] })).querySelector('section')).toBeNull();
  });

  it('Timeline is an ordered list of <time datetime> entries, each event linking to its section; events dated alike share one date', async () => {
    const root = await render(Timeline, {
      events: [
        { when: '2016', what: 'An election.', href: '/x/a/', section: 'A' },
        { when: '2022-02', what: 'Praise.', href: '/x/a/', section: 'A' },
        { when: '2025-01', what: 'Talks.', href: '/x/a/', section: 'A' },
        { when: '2025-01', what: 'Threats.', href: '/x/b/', section: 'B' },
        { when: '2025-03', label: 'The days after', what: 'A vote.', href: '/x/b/', section: 'B' },
      ],
    });
    const items = root.querySelectorAll('ol > li');
    expect(items.map((li) => [li.querySelector('time')!.getAttribute('datetime'), li.querySelector('time')!.textContent])).toEqual([
      ['2016', '2016'],
      ['2022-02', 'February 2022'],
      ['2025-01', 'January 2025'],
      ['2025-03', 'The days after'],
    ]);
    expect(items[2]!.querySelectorAll('.what a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['In “A”', '/x/a/'],
      ['In “B”', '/x/b/'],
    ]);
  });

  it('ChangeLog lists changes oldest first and marks the last as the latest', async () => {
    const root = await render(ChangeLog, {
      changes: [
        { date: new Date('2025-01-24'), what: 'Published.' },
        { date: new Date('2025-02-03'), what: 'Added a section.' },
      ],
    });
    expect(root.querySelector('h2')!.textContent).toBe('Updates');
    const last = root.querySelector('li[data-last-change]')!;
    expect(last.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-03');
    expect(last.textContent).toContain('Added a section.');
    expect(root.querySelectorAll('li[data-last-change]')).toHaveLength(1);
  });

  it('Corrections gives the slips mended in the source as one line of source notes, counted, not as corrections', async () => {
    const root = await render(Corrections, { corrections: [{ from: 'second. term', to: 'second term' }, { from: 'Association. .', to: 'Association.' }] });
    const notes = root.querySelector('p[data-source-notes]')!;
    expect(notes.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Source notes: we fixed 2 typographic slips in the original report: “second. term” to “second term”; “Association. .” to “Association.”.',
    );
    expect(root.textContent).not.toMatch(/Correct/);
  });

  it('ChangeNote says when a page was updated and what changed, and nothing without a change', async () => {
    const root = await render(ChangeNote, { change: { date: new Date('2025-02-03T00:00:00Z'), what: 'Added the envoy’s reply.' } });
    expect(root.querySelector('p[data-change-note]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Updated 3 February 2025: Added the envoy’s reply.');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-03');
    expect((await render(ChangeNote, { change: undefined })).querySelector('p')).toBeNull();
  });

  it('On shows the date a relative day means beside the words, marked as added', async () => {
    const root = await render(On, { date: '2025-01-23' }, 'on Thursday');
    expect(root.textContent!.replace(/\s+/g, ' ')).toBe('on Thursday (23 January 2025)');
    expect(root.querySelector('[data-added] time')!.getAttribute('datetime')).toBe('2025-01-23');
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
  const tactics = section('pressure-tactics', 'Pressure tactics');
  const said = '“We don’t see any particular new elements here,” spokesman Dmitry Peskov said Thursday.';
  const person = {
    name: 'Dmitry Peskov',
    id: 'dmitry-peskov',
    kind: 'person',
    role: 'spokesman',
    namedAs: ['Peskov'],
    explainer: { url: '/x/', headline: 'A headline', lang: 'en' },
    sections: [tactics, section('talks', 'Talks')],
    introduction: { sentence: said, section: tactics },
    quotes: [
      { text: 'We don’t see any particular new elements here,', sentence: said, section: tactics },
      { text: 'Nothing new,', sentence: '“Nothing new,” he said later.', section: section('talks', 'Talks') },
    ],
  } as unknown as PersonView;
  const text = (el: { textContent: string } | null) => el?.textContent.replace(/\s+/g, ' ').trim();

  it('PersonCard as a popover: role word for word, the sentence that introduces them with their first quote, section links, Close first', async () => {
    const root = await render(PersonCard, { person, variant: 'popover', current: 'pressure-tactics' });
    const card = root.querySelector('[popover]')!;
    expect(card.id).toBe('person-dmitry-peskov');
    expect(card.querySelector('.role-text')!.textContent).toBe('spokesman');
    // The first quote sits in the introducing sentence: the sentence shows once, the quote set apart.
    expect(text(card.querySelector('.introduced'))).toBe(`Introduced and first quoted in Pressure tactics: ${said}`);
    expect(card.querySelector('.introduced q.said')!.textContent).toBe('We don’t see any particular new elements here,');
    expect(card.querySelector('.first-quote')).toBeNull();
    expect(card.textContent).not.toMatch(/Quoted \d|Named in the report/);
    expect(card.querySelectorAll('.named a').map((a) => [a.textContent, a.getAttribute('aria-current')])).toEqual([
      ['Pressure tactics', 'page'],
      ['Talks', undefined],
    ]);
    expect(card.querySelector('.more a')!.getAttribute('href')).toBe('/people/dmitry-peskov/');
    const close = card.querySelector('.card-head button.close')!;
    expect([close.getAttribute('popovertarget'), close.getAttribute('popovertargetaction')]).toEqual(['person-dmitry-peskov', 'hide']);
  });

  it('PersonCard gives the first quote its own sentence when another sentence introduces them', async () => {
    const introduced = { ...person, introduction: { sentence: 'The Kremlin’s spokesman, Dmitry Peskov, spoke.', section: tactics } } as PersonView;
    const card = (await render(PersonCard, { person: introduced, variant: 'popover' })).querySelector('[popover]')!;
    expect(text(card.querySelector('.introduced'))).toBe('Introduced in Pressure tactics: The Kremlin’s spokesman, Dmitry Peskov, spoke.');
    expect(text(card.querySelector('.first-quote'))).toBe(`First quoted in Pressure tactics: ${said}`);
  });

  it('PersonCard shows the editors’ description beside the role word for word, marked as theirs, on both variants', async () => {
    const described = { ...person, description: 'Press secretary to the Russian president' } as PersonView;
    for (const variant of ['popover', 'page'] as const) {
      const root = await render(PersonCard, { person: described, variant });
      expect(root.querySelector('.role-text')!.textContent).toBe('spokesman');
      expect(text(root.querySelector('.description'))).toBe('Our description: Press secretary to the Russian president');
      expect(root.querySelector('.description .ours')!.textContent).toBe('Our description:');
    }
    expect((await render(PersonCard, { person, variant: 'page' })).querySelector('.description')).toBeNull();
  });

  it('PersonCard in a popover never repeats the sentence the reader tapped: it shows the next quote instead', async () => {
    const card = (await render(PersonCard, { person, variant: 'popover', current: 'pressure-tactics', tapped: [said] })).querySelector('[popover]')!;
    expect(card.textContent).not.toContain('We don’t see any particular new elements here');
    expect(card.querySelector('.introduced')).toBeNull();
    expect(text(card.querySelector('.first-quote'))).toBe('Also quoted in Talks: “Nothing new,” he said later.');
    // On the people page nothing was tapped: every quote stays.
    const page = await render(PersonCard, { person, variant: 'page', tapped: [said] });
    expect(page.querySelectorAll('.quotes li')).toHaveLength(2);
  });

  it('SectionAnswer marks the editors’ answer as theirs, out of search, and shows nothing without one', async () => {
    const root = await render(SectionAnswer, { text: 'Not yet: both sides say they are ready, but no date is set.' });
    const answer = root.querySelector('[data-answer]')!;
    expect(text(answer)).toBe('Our answer Not yet: both sides say they are ready, but no date is set.');
    expect(answer.querySelector('.label')!.textContent).toBe('Our answer');
    expect(answer.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect((await render(SectionAnswer, {})).querySelector('[data-answer]')).toBeNull();
  });

  it('Context sets the editors’ note apart from the report, labelled, with its source named and linked', async () => {
    const root = await render(Context, { source: 'U.S. Department of State', href: 'https://www.state.gov/new-start/' }, '<p>New START limits deployed warheads.</p>');
    const aside = root.querySelector('aside[data-context]')!;
    expect(aside.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(text(aside.querySelector('.label'))).toBe('Context, added by the editors');
    expect(text(aside.querySelector('.note'))).toBe('New START limits deployed warheads.');
    const link = aside.querySelector('.source a')!;
    expect([text(link), link.getAttribute('href')]).toEqual(['Source: U.S. Department of State', 'https://www.state.gov/new-start/']);
    expect(link.getAttribute('rel')!.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    const plain = (await render(Context, { source: 'OPEC' }, '<p>Note.</p>')).querySelector('.source')!;
    expect([text(plain), plain.querySelector('a')]).toEqual(['Source: OPEC', null]);
  });

  it('PersonCard on the people page: each quote in its sentence with its section, no headline unless asked', async () => {
    const root = await render(PersonCard, { person, variant: 'page' });
    expect(root.querySelector('[popover]')).toBeNull();
    expect(root.querySelector('.in-explainer')).toBeNull();
    const quotes = root.querySelectorAll('.quotes li');
    expect(quotes.map((li) => text(li))).toEqual([`${said} in Pressure tactics`, '“Nothing new,” he said later. in Talks']);
    expect(quotes.map((li) => li.querySelector('q')!.textContent)).toEqual(['We don’t see any particular new elements here,', 'Nothing new,']);
    expect(quotes[1]!.querySelector('a')!.getAttribute('href')).toBe('/x/talks/');
    expect(text((await render(PersonCard, { person, variant: 'page', showExplainer: true })).querySelector('.in-explainer'))).toBe('A headline');
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
