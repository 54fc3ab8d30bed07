// Over the built site: takeaways, timeline, figures, people cards, quotes, topics, reading time and
// the change log are on the pages for this explainer, with links that go where they say.
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalise, page, pagePaths, visibleText } from '../support/dist';
import { topicSlug } from '../../src/lib/topics';
import { cardId, personId } from '../../src/lib/people';

const DIR = 'content/explainers/trump-putin-call';
const BASE = '/trump-putin-call/';
const SECTIONS = ['call-prospects', 'pressure-tactics', 'arms-control', 'other-countries'].map((s) => `${BASE}${s}/`);
const meta = parseFrontmatter(readFileSync(`${DIR}/index.mdx`, 'utf8')).frontmatter as {
  updated: Date | string;
  takeaways: { text: string; section: string }[];
  timeline: { when: string | number | Date; section: string }[];
  corrections: { from: string; to: string }[];
};
const people = (parseYaml(readFileSync(`${DIR}/people.yaml`, 'utf8')) as { people: { name: string; kind: string; role?: string; namedAs?: string[] }[] }).people;
const source = readFileSync(`${DIR}/source.txt`, 'utf8');
const flatSource = normalise(source);
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The source's paragraphs as readers should get them: corrections applied, photo rows split. */
function sourceParts(): string[] {
  let text = source;
  for (const c of meta.corrections) text = text.replace(c.from, c.to);
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.split(' | '))
    .map(normalise)
    .filter(Boolean);
}

describe('the overview', () => {
  const root = page(BASE);

  it('opens with 3 to 5 key takeaways of at most 12 words, each linking to its section', () => {
    const section = root.querySelector('section[aria-labelledby="key-takeaways"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Key takeaways');
    const links = section.querySelectorAll('li a');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeLessThanOrEqual(5);
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(meta.takeaways.map((t) => [t.text, `${BASE}${t.section}/`]));
    for (const a of links) expect(a.textContent.split(/\s+/).length).toBeLessThanOrEqual(12);
    // The takeaways come before the list of sections.
    expect(root.toString().indexOf('key-takeaways')).toBeLessThan(root.toString().indexOf('id="sections"'));
  });

  it('has a timeline of the dated events the report mentions, oldest first, each linking to its section', () => {
    const items = root.querySelectorAll('section[aria-labelledby="timeline"] ol > li');
    const datetimes = items.map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(datetimes).toEqual(meta.timeline.map((t) => iso(t.when as Date | string)));
    for (const year of ['2016', '2018', '2022-02', '2022', '2025-01-20', '2026']) expect(datetimes).toContain(year);
    items.forEach((li, i) => expect(li.querySelector('a')!.getAttribute('href')).toBe(`${BASE}${meta.timeline[i]!.section}/`));
    expect(items[3]!.querySelector('time')!.textContent).toBe('February 2022');
  });

  it('shows its reading time, and a change log whose last entry carries the updated date', () => {
    expect(visibleText(root.querySelector('header.explainer-header')!)).toMatch(/\d+ min read/);
    const log = root.querySelector('section[aria-labelledby="changes"]')!;
    expect(log.querySelector('h2')!.textContent).toBe('How this explainer has changed');
    const entries = log.querySelectorAll('li');
    expect(entries.at(-1)!.hasAttribute('data-last-change')).toBe(true);
    expect(entries.at(-1)!.querySelector('time')!.getAttribute('datetime')).toBe(iso(meta.updated));
    expect(root.querySelector('header time')!.getAttribute('datetime')! <= iso(meta.updated)).toBe(true);
  });

  it('links to the people page', () => {
    expect(root.querySelectorAll('a').some((a) => a.getAttribute('href') === '/people/')).toBe(true);
  });
});

describe('the full story', () => {
  const root = page(`${BASE}full-story/`);

  it('opens with the key takeaways, linking to the sections on the page', () => {
    const links = root.querySelectorAll('section[aria-labelledby="key-takeaways"] li a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(meta.takeaways.map((t) => `#${t.section}`));
    for (const a of links) expect(root.querySelector(a.getAttribute('href')!)).not.toBeNull();
    expect(root.toString().indexOf('key-takeaways')).toBeLessThan(root.toString().indexOf('<section id="call-prospects"'));
  });

  it('keeps every mention pointing at a card, and every figure at its labels, with ids scoped per section', () => {
    for (const button of root.querySelectorAll('button.mention')) {
      const target = button.getAttribute('popovertarget')!;
      expect(target).toMatch(/^[a-z-]+--person-/);
      expect(root.querySelector(`[id="${target}"]`)?.hasAttribute('popover'), target).toBe(true);
    }
    for (const svg of root.querySelectorAll('figure svg')) {
      expect(root.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`)?.tagName).toBe('TITLE');
      expect(root.querySelector(`[id="${svg.getAttribute('aria-describedby')}"]`)).not.toBeNull();
    }
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('every source paragraph still reaches readers word for word', () => {
  const parts = sourceParts();
  it('on the full story', () => {
    const text = visibleText(page(`${BASE}full-story/`).querySelector('main')!);
    for (const p of parts) expect(text, p).toContain(p);
  });
  it('on the section pages', () => {
    const text = SECTIONS.map((s) => visibleText(page(s).querySelector('article')!)).join(' ');
    for (const p of parts.slice(1)) expect(text, p).toContain(p);
  });
});

describe('section pages', () => {
  it('each show their reading time and their topics as links to topic pages', () => {
    for (const path of SECTIONS) {
      const root = page(path);
      expect(visibleText(root.querySelector('header.explainer-header')!), path).toMatch(/\d+ min read/);
      const links = root.querySelectorAll('nav[aria-label="Topics of this section"] a');
      expect(links.length, path).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).toBe(`/topics/${topicSlug(a.textContent)}/`);
        expect(pagePaths()).toContain(a.getAttribute('href'));
      }
    }
  });

  it('open a card at the first mention of each person or organisation, and only there', () => {
    for (const path of SECTIONS) {
      const root = page(path);
      const buttons = root.querySelectorAll('article button.mention');
      expect(buttons.length, path).toBeGreaterThan(0);
      const targets = buttons.map((b) => b.getAttribute('popovertarget')!);
      expect(new Set(targets).size, `${path}: one mention button per card`).toBe(targets.length);
      for (const b of buttons) {
        const card = root.querySelector(`#${b.getAttribute('popovertarget')}`)!;
        expect(card.hasAttribute('popover'), path).toBe(true);
        expect(card.querySelector('.name')!.textContent).toBe(b.getAttribute('data-person'));
        expect(card.closest('[data-pagefind-ignore]'), 'cards stay out of the search index').not.toBeNull();
      }
      // The first time the text names someone with a card, the name is their mention button:
      // mark the buttons, drop the cards and figures, strip the tags, and look.
      const text = root
        .querySelector('.article-body')!
        .toString()
        .replace(/<div class="mention-cards"[\s\S]*$/, '')
        .replace(/<figure[\s\S]*?<\/figure>/g, '')
        .replace(/<button[^>]*>([^<]*)<\/button>/g, '[[$1]]')
        .replace(/<[^>]+>/g, '');
      for (const b of buttons) {
        const card = people.find((p) => p.name === b.getAttribute('data-person'))!;
        const first = Math.min(...[card.name, ...(card.namedAs ?? [])].map((t) => text.indexOf(t)).filter((i) => i >= 0));
        expect(text.slice(first - 2, first), `${path}: ${card.name}`).toBe('[[');
      }
    }
  });

  it('mark quotations with their speaker, exactly as the source has them', () => {
    const speakers = new Set<string>();
    let count = 0;
    for (const path of SECTIONS) {
      for (const q of page(path).querySelectorAll('article q[data-speaker]')) {
        count++;
        speakers.add(q.getAttribute('data-speaker')!);
        expect(q.getAttribute('data-pagefind-filter')).toBe('speaker[data-speaker]');
        expect(flatSource, q.textContent).toContain(normalise(q.textContent));
        expect(people.map((p) => p.name)).toContain(q.getAttribute('data-speaker'));
      }
    }
    expect(count).toBeGreaterThanOrEqual(20);
    expect([...speakers].sort()).toEqual(
      ['Andriy Yermak', 'Daryl Kimball', 'Dmitry Peskov', 'Donald Trump', 'Joseph Webster', 'Mike Waltz', 'Vladimir Putin'].sort(),
    );
  });

  it('draw the two figures as accessible SVG with a title, a text alternative and the source below', () => {
    const expectFigure = (path: string, kind: string, says: RegExp) => {
      const figure = page(path).querySelector(`figure[data-figure="${kind}"]`)!;
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!.textContent).toMatch(says);
      expect(figure.querySelector(`#${svg.getAttribute('aria-describedby')}`)!.textContent).toMatch(says);
      expect(figure.querySelector('figcaption .source')!.textContent).toMatch(/^Source: .*Trump and Putin signal/);
      return svg;
    };
    const waffle = expectFigure(`${BASE}arms-control/`, 'percent', /88/);
    expect(waffle.querySelector('path.on')!.getAttribute('data-cells')).toBe('88');
    const cap = expectFigure(`${BASE}pressure-tactics/`, 'cap', /US\$60 per barrel/);
    expect(cap.querySelector('.cap-value')!.textContent).toBe('US$60 per barrel');
    expect(flatSource).toContain('88% of the world’s nuclear warheads');
    expect(flatSource).toContain('price cap of US$60 per barrel of Russian oil exports sent by sea in 2022');
  });
});

describe('the people page', () => {
  const root = page('/people/');

  it('has a card for every person and organisation, with the role word for word from the report', () => {
    for (const p of people) {
      const card = root.querySelector(`#${personId(p.name)}`)!;
      expect(card, p.name).not.toBeNull();
      expect(card.querySelector('h3')!.textContent).toBe(p.name);
      if (p.role) {
        expect(card.querySelector('.role-text')!.textContent).toBe(p.role);
        expect(flatSource).toContain(p.role);
      }
    }
    const expected = ['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Andriy Yermak', 'Dmitry Peskov', 'Mike Waltz', 'Daryl Kimball', 'Joseph Webster', 'Joe Biden', 'OPEC', 'G7', 'Kremlin', 'Atlantic Council', 'Arms Control Association'];
    expect(root.querySelectorAll('article.person h3').map((h) => h.textContent).sort()).toEqual(expected.sort());
  });

  it('lists the sections that name each one, and everything each person is quoted saying', () => {
    const peskov = root.querySelector('#dmitry-peskov')!;
    expect(peskov.querySelectorAll('.named a').map((a) => a.getAttribute('href'))).toEqual([`${BASE}pressure-tactics/`]);
    expect(peskov.querySelectorAll('.quotes q').map((q) => q.textContent)).toEqual(['We don’t see any particular new elements here,']);
    const yermak = root.querySelector('#andriy-yermak')!;
    expect(yermak.querySelectorAll('.quotes q')).toHaveLength(3);
    const kremlin = root.querySelector('#kremlin')!;
    expect(kremlin.querySelectorAll('.named a').map((a) => a.textContent)).toEqual(['Call prospects', 'Pressure tactics', 'Arms control']);
    // Each card in a section links here, to the right entry.
    const card = page(`${BASE}other-countries/`).querySelector(`#${cardId('Andriy Yermak')}`)!;
    expect(card.querySelector('.more a')!.getAttribute('href')).toBe('/people/#andriy-yermak');
  });
});

describe('topic pages', () => {
  const topics = new Map<string, string[]>();
  for (const path of SECTIONS) {
    for (const a of page(path).querySelectorAll('nav[aria-label="Topics of this section"] a')) {
      topics.set(a.getAttribute('href')!, [...(topics.get(a.getAttribute('href')!) ?? []), path]);
    }
  }

  it('exist for each topic the sections name, listing exactly those sections with their summaries', () => {
    for (const slug of ['ukraine-war', 'sanctions-and-tariffs', 'oil', 'nuclear-arms-control', 'china']) expect(topics.has(`/topics/${slug}/`)).toBe(true);
    for (const [href, sections] of topics) {
      const root = page(href);
      const links = root.querySelectorAll('.topic-sections h2 a').map((a) => a.getAttribute('href'));
      expect(links, href).toEqual(sections);
      for (const li of root.querySelectorAll('.topic-sections li')) {
        const summary = page(li.querySelector('h2 a')!.getAttribute('href')!).querySelector('header .summary')!.textContent;
        expect(li.querySelector('.summary')!.textContent).toBe(summary);
      }
    }
  });

  it('are all listed on /topics/', () => {
    const listed = page('/topics/').querySelectorAll('main li a').map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual([...topics.keys()].sort());
  });
});
