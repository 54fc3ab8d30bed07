// Over the fixture explainer's built pages: takeaways, timeline, figures, people cards, quotes,
// topics, reading time and the change log are where they belong, with links that go where they say.
// (That every quote is word for word in its source is a generic check, in pages.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardId, personId } from '../../src/lib/people';
import { topicSlug } from '../../src/lib/topics';
import { personPath } from '../../src/lib/urls';
import { page, pagePaths, visibleText } from '../support/dist';
import { fixtureSite } from '../support/served';
import { cardsOf, explainerData, sectionsOf } from '../support/source';

const { dist, content } = fixtureSite();
const EXPLAINER = 'ferry-strike';
const BASE = `/${EXPLAINER}/`;
const at = (path: string) => page(path, dist);
const meta = explainerData(content, EXPLAINER);
const sections = sectionsOf(content, EXPLAINER);
const SECTIONS = sections.map((s) => `${BASE}${s.slug}/`);
const cards = cardsOf(content, EXPLAINER);
const iso = (d: Date | string | number) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

describe('the overview', () => {
  const root = at(BASE);

  it('opens with 3 to 5 key takeaways of at most 12 words, each with a small link to its section, before the sections', () => {
    const section = root.querySelector('section[aria-labelledby="key-takeaways"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Key takeaways');
    const items = section.querySelectorAll('li');
    const title = (slug: string) => sections.find((s) => s.slug === slug)!.data.title;
    expect(items.map((li) => [li.querySelector('.point')!.textContent, li.querySelector('a')!.textContent, li.querySelector('a')!.getAttribute('href')])).toEqual(
      meta.takeaways.map((t: { text: string; section: string }) => [t.text, title(t.section), `${BASE}${t.section}/`]),
    );
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(root.toString().indexOf('key-takeaways')).toBeLessThan(root.toString().indexOf('id="sections"'));
  });

  it('has a timeline of the dated events, oldest first, as precise as the report, each linking to its section', () => {
    const items = root.querySelectorAll('section[aria-labelledby="timeline"] ol > li');
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2005', '2019', '2024-11', '2025-03-03', '2025-03']);
    items.forEach((li, i) => expect(li.querySelector('a')!.getAttribute('href')).toBe(`${BASE}${meta.timeline[i].section}/`));
    expect(items.map((li) => li.querySelector('time')!.textContent)).toEqual(['2005', '2019', 'November 2024', '3 March 2025', 'The days after the vote']);
  });

  it('shows its reading time, its dates, and a change log whose last entry carries the updated date', () => {
    expect(visibleText(root.querySelector('header.explainer-header')!)).toMatch(/\d+ min read/);
    // The explainer's own dates (the credit's <time> is the original report's).
    expect(root.querySelectorAll('header time').filter((t) => !t.closest('.source-credit')).map((t) => t.getAttribute('datetime'))).toEqual(['2025-03-04', '2025-03-05']);
    const log = root.querySelector('section[aria-labelledby="changes"]')!;
    expect(log.querySelector('h2')!.textContent).toBe('Updates');
    const entries = log.querySelectorAll('li');
    expect(entries).toHaveLength(2);
    expect(entries.at(-1)!.hasAttribute('data-last-change')).toBe(true);
    expect(entries.at(-1)!.querySelector('time')!.getAttribute('datetime')).toBe(iso(meta.updated));
  });

  it('lists the slip it mended in the source as a source note in small print, not as a correction', () => {
    const notes = root.querySelector('[data-source-notes]')!;
    expect(visibleText(notes)).toBe('Source notes: we fixed 1 typographic slip in the original report: “the the school boat” to “the school boat”.');
    expect(visibleText(root.querySelector('main')!)).not.toMatch(/Correct/);
  });

  it('links to the people page', () => {
    expect(root.querySelector('a[href="/people/"]')).not.toBeNull();
  });
});

describe('the full story', () => {
  const root = at(`${BASE}full-story/`);

  it('opens with the key takeaways, linking to the sections on the page', () => {
    const links = root.querySelectorAll('section[aria-labelledby="key-takeaways"] li a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(meta.takeaways.map((t: { section: string }) => `#${t.section}`));
    for (const a of links) expect(root.querySelector(a.getAttribute('href')!)).not.toBeNull();
    expect(root.toString().indexOf('key-takeaways')).toBeLessThan(root.toString().indexOf('<section id="the-vote"'));
  });

  it('keeps every mention pointing at its card, and every figure at its labels, with ids scoped per section', () => {
    const mentions = root.querySelectorAll('button.mention');
    expect(mentions.length).toBeGreaterThan(0);
    for (const button of mentions) {
      const target = button.getAttribute('popovertarget')!;
      expect(target).toMatch(/^[a-z-]+--person-/);
      expect(root.querySelector(`[id="${target}"]`)?.hasAttribute('popover'), target).toBe(true);
    }
    const figures = root.querySelectorAll('figure svg');
    expect(figures).toHaveLength(2);
    for (const svg of figures) {
      expect(svg.getAttribute('aria-labelledby')).toMatch(/^[a-z-]+--/);
      expect(root.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`)?.tagName).toBe('TITLE');
      for (const id of svg.getAttribute('aria-describedby')!.split(' ')) expect(root.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });
});

describe('section pages', () => {
  it('each show their reading time and their topics as links to topic pages', () => {
    for (const [i, path] of SECTIONS.entries()) {
      const root = at(path);
      expect(visibleText(root.querySelector('header.explainer-header')!), path).toMatch(/\d+ min read/);
      const links = root.querySelectorAll('nav[aria-label="Topics of this section"] a');
      expect(links.map((a) => a.textContent), path).toEqual(sections[i]!.data.topics);
      for (const a of links) expect(a.getAttribute('href')).toBe(`/topics/${topicSlug(a.textContent)}/`);
    }
  });

  it('open a card at the first mention of each person or organisation, and only there', () => {
    for (const path of SECTIONS) {
      const root = at(path);
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
        const card = cards.find((p) => p.name === b.getAttribute('data-person'))!;
        const first = Math.min(...[card.name, ...(card.namedAs ?? [])].map((t) => text.indexOf(t)).filter((i) => i >= 0));
        expect(text.slice(first - 2, first), `${path}: ${card.name}`).toBe('[[');
      }
    }
  });

  it('open a card at a first mention the editor left unmarked, with the same button a <Mention> makes', () => {
    const island = sections.find((s) => s.slug === 'life-on-the-island')!;
    expect(readFileSync(join(content, EXPLAINER, island.file), 'utf8')).not.toContain('<Mention of');
    const root = at(`${BASE}life-on-the-island/`);
    const button = root.querySelector('article button.mention[data-person="Priya Raman"]')!;
    expect(button.textContent).toBe('Priya Raman');
    expect(button.getAttribute('popovertarget')).toBe(cardId('Priya Raman'));
    const card = root.querySelector(`#${cardId('Priya Raman')}`)!;
    expect(card.hasAttribute('popover')).toBe(true);
    // Her introduction is read from the mention the page marked: her own page gives that sentence (the
    // card on the page itself leaves out the sentence the reader tapped).
    expect(visibleText(at(personPath(personId('Priya Raman'))).querySelector('[data-card="Priya Raman"]')!)).toMatch(/said Priya Raman, an economist at the Island Trade Council\./);
    // The element an editor's <Mention of> renders, attribute for attribute.
    const marked = at(`${BASE}who-pays/`).querySelector('article button.mention[data-person="Ines Calloway"]')!;
    expect(Object.keys(button.attributes).sort()).toEqual(Object.keys(marked.attributes).sort());
    expect(button.getAttribute('class')).toBe(marked.getAttribute('class'));
  });

  it('mark each quotation with its speaker, for the people page and the search filter', () => {
    const quotes = SECTIONS.flatMap((path) => at(path).querySelectorAll('article q[data-speaker]'));
    expect(quotes).toHaveLength(7);
    for (const q of quotes) expect(q.getAttribute('data-pagefind-filter')).toBe('speaker[data-speaker]');
    expect([...new Set(quotes.map((q) => q.getAttribute('data-speaker')))].sort()).toEqual(
      ['Declan Hurst', 'Ines Calloway', 'Nadia Kowalczyk', 'Priya Raman', 'Sorcha Mulvaney'],
    );
  });

  it('draw the two figures as accessible SVG with a title, a text alternative and the explainer’s report named as the source', () => {
    const expectFigure = (path: string, kind: string, says: RegExp) => {
      const figure = at(path).querySelector(`figure[data-figure="${kind}"]`)!;
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!.textContent).toMatch(says);
      const described = svg.getAttribute('aria-describedby')!.split(' ').map((id) => figure.querySelector(`[id="${id}"]`)!.textContent);
      expect(described.join(' ')).toMatch(says);
      expect(figure.querySelector('figcaption .source')!.textContent).toBe(`Source: the report “${meta.source.title}”`);
      return svg;
    };
    const waffle = expectFigure(`${BASE}life-on-the-island/`, 'percent', /64/);
    expect(waffle.querySelector('path.on')!.getAttribute('data-cells')).toBe('64');
    const cap = expectFigure(`${BASE}who-pays/`, 'cap', /£12.*£19|£19.*£12/);
    expect(cap.querySelectorAll('.bar-label').map((t) => t.textContent)).toEqual(['Full fare: £19 for a return trip', 'Resident fare cap: £12 for a return trip']);
  });
});

describe('the people pages', () => {
  /** A person's own page, where cards in sections link. */
  const person = (name: string) => at(personPath(personId(name))).querySelector('main')!;

  it('list every person and organisation on the index, linking to a page of their own, with the role word for word as the report gives it', () => {
    const index = at('/people/');
    for (const p of cards) {
      const line = index.querySelector(`.names a[href="${personPath(personId(p.name))}"]`)?.parentNode;
      expect(line, p.name).toBeDefined();
      if (p.role) expect(line!.querySelector('.about')!.textContent).toContain(p.role);
      expect(person(p.name).querySelector('h1')!.textContent).toBe(p.name);
      if (p.role) expect(person(p.name).querySelector('.role-text')!.textContent).toBe(p.role);
    }
    expect(cards.map((c) => c.name).sort()).toEqual(
      ['Declan Hurst', 'Ferry Workers’ Union', 'Ines Calloway', 'Kestrel Line', 'Nadia Kowalczyk', 'Priya Raman', 'Sorcha Mulvaney'],
    );
  });

  it('lists the sections that name each one, and everything each person is quoted saying in its sentence, with no headline repeated', () => {
    const calloway = person('Ines Calloway');
    expect(calloway.querySelectorAll('.named a').map((a) => a.getAttribute('href'))).toEqual([`${BASE}who-pays/`]);
    expect(calloway.querySelectorAll('.quotes q').map((q) => q.textContent)).toEqual(['The subsidy is public money, and the public is entitled to ask where it goes,']);
    expect(calloway.querySelector('.quotes .sentence')!.textContent).toBe('“The subsidy is public money, and the public is entitled to ask where it goes,” said Ines Calloway, the mayor of Kestrel Bay.');
    expect(visibleText(calloway)).not.toContain(meta.headline);
    expect(person('Sorcha Mulvaney').querySelectorAll('.quotes q')).toHaveLength(3);
    const line = person('Kestrel Line');
    expect(line.querySelectorAll('.named a').map((a) => a.textContent)).toEqual(['The vote', 'Who pays', 'Life on the island']);
    // Each card in a section links here, to the right entry.
    const card = at(`${BASE}talks/`).querySelector(`#${cardId('Nadia Kowalczyk')}`)!;
    expect(card.querySelector('.more a')!.getAttribute('href')).toBe('/people/nadia-kowalczyk/');
  });

  it('gives each card in a section the sentence that introduces them and their first quote in its sentence, never the sentence it is opened from', () => {
    const said = '“If the crossing stops for longer than a week, we will be in a very different conversation,” said Nadia Kowalczyk, the island’s harbour master.';
    const card = at(`${BASE}talks/`).querySelector(`#${cardId('Nadia Kowalczyk')}`)!;
    expect(card.querySelector('.role-text')!.textContent).toBe('the island’s harbour master');
    // Her one quote is in the very sentence the reader tapped her name in, right above the card.
    expect(visibleText(card)).not.toContain('If the crossing stops');
    expect(card.querySelector('.introduced, .first-quote')).toBeNull();
    expect(card.textContent).not.toMatch(/Named in the report|Quoted \d/);
    // Her own page, opened from no sentence, gives it.
    expect(visibleText(person('Nadia Kowalczyk'))).toContain(said);
    // Mulvaney is tapped in her introduction in The vote: her card there gives her first quote, in another sentence.
    const mulvaney = at(`${BASE}the-vote/`).querySelector(`#${cardId('Sorcha Mulvaney')}`)!;
    expect(mulvaney.querySelector('.introduced')).toBeNull();
    expect(visibleText(mulvaney.querySelector('.first-quote')!)).toBe('First quoted in The vote: “We have tried every other door, and every other door has been shut,” Mulvaney said outside the union hall on Monday.');
  });

  it('shows the editors’ description beside the role word for word, marked as theirs, in cards and on the people page', () => {
    for (const name of cards.filter((c) => c.description).map((c) => c.name)) {
      const card = cards.find((c) => c.name === name)!;
      for (const root of [person(name), at(`${BASE}the-vote/`).querySelector(`#${cardId(name)}`)].filter((el) => el !== null)) {
        const entry = root!.querySelector(`[data-card="${name}"]`) ?? root!;
        expect(visibleText(entry.querySelector('.description')!), name).toBe(`Our description: ${card.description}`);
        if (card.role) expect(entry.querySelector('.role-text')!.textContent, name).toBe(card.role);
      }
    }
    expect(cards.filter((c) => c.description).length).toBeGreaterThan(0);
  });
});

describe('the editors’ additions', () => {
  it('answer each section’s question right under it, marked as ours and out of search, on its page and in the full story', () => {
    const answered = sections.filter((s) => s.data.answer);
    expect(answered.length).toBeGreaterThan(0);
    for (const s of sections) {
      const root = at(`${BASE}${s.slug}/`);
      const answer = root.querySelector('header.explainer-header h1 + [data-answer]');
      if (!s.data.answer) {
        expect(root.querySelector('[data-answer]'), s.slug).toBeNull();
        continue;
      }
      expect(visibleText(answer!), s.slug).toBe(`Our answer ${s.data.answer.text}`);
      expect(answer!.closest('[data-pagefind-ignore]'), s.slug).not.toBeNull();
      const inFull = at(`${BASE}full-story/`).querySelector(`section#${s.slug} .section-question + [data-answer]`);
      expect(visibleText(inFull!), s.slug).toBe(`Our answer ${s.data.answer.text}`);
    }
  });

  it('set a Context note apart from the report: labelled as ours, its source named and linked, out of search, no paragraph of the report', () => {
    const root = at(`${BASE}who-pays/`);
    const notes = root.querySelectorAll('article aside[data-context]');
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(visibleText(note.querySelector('.label')!)).toBe('Context, added by the editors');
    expect(visibleText(note.querySelector('.note')!)).toBe('A subsidy is public money paid to a company to run a service that fares alone would not pay for.');
    const source = note.querySelector('.source a')!;
    expect([visibleText(source), source.getAttribute('href')]).toEqual(['Source: Kestrel Bay Council', 'https://council.example/ferry-subsidy']);
    expect(note.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(root.querySelectorAll('.article-body > p').map((p) => visibleText(p))).not.toContain(visibleText(note.querySelector('.note p')!));
  });

  it('give a topic page the description its explainer writes, and none where it writes none', () => {
    const described = Object.entries(meta.topicDescriptions ?? {});
    expect(described.length).toBeGreaterThan(0);
    for (const [topic, line] of described) {
      expect(visibleText(at(`/topics/${topicSlug(topic)}/`).querySelector('.topic-description')!), topic).toBe(line);
      const listed = at('/topics/').querySelector(`main li a[href="/topics/${topicSlug(topic)}/"]`)!.parentNode!;
      expect(visibleText(listed.querySelector('.topic-description')!), topic).toBe(line);
    }
    expect(at('/topics/talks/').querySelector('.topic-description')).toBeNull();
  });
});

describe('topic pages', () => {
  const topics = new Map<string, string[]>();
  for (const path of SECTIONS) {
    for (const a of at(path).querySelectorAll('nav[aria-label="Topics of this section"] a')) {
      topics.set(a.getAttribute('href')!, [...(topics.get(a.getAttribute('href')!) ?? []), path]);
    }
  }

  it('exist for each topic the sections name, listing exactly those sections with their summaries', () => {
    expect([...topics.keys()].sort()).toEqual(['fares-and-subsidy', 'ferry-strike', 'island-life', 'island-transport', 'talks'].map((t) => `/topics/${t}/`));
    expect(topics.get('/topics/ferry-strike/')).toEqual([SECTIONS[0], SECTIONS[1], SECTIONS[3]]);
    for (const [href, listed] of topics) {
      const root = at(href);
      expect(root.querySelectorAll('.topic-sections h2 a').map((a) => a.getAttribute('href')), href).toEqual(listed);
      for (const li of root.querySelectorAll('.topic-sections li')) {
        const summary = at(li.querySelector('h2 a')!.getAttribute('href')!).querySelector('meta[name="description"]')!.getAttribute('content');
        expect(li.querySelector('.summary')!.textContent).toBe(summary);
      }
    }
  });

  it('are all listed on /topics/', () => {
    const listed = at('/topics/').querySelectorAll('main li a').map((a) => a.getAttribute('href')!);
    expect(listed.sort()).toEqual(pagePaths(dist).filter((p) => /^\/topics\/.+\//.test(p)));
    expect(listed).toEqual(expect.arrayContaining([...topics.keys()]));
  });
});
