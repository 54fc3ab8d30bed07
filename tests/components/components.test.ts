// Components rendered on their own through Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Photo from '../../src/components/mdx/Photo.astro';
import PhotoGroup from '../../src/components/mdx/PhotoGroup.astro';
import SectionNav from '../../src/components/SectionNav.astro';
import SectionPager from '../../src/components/SectionPager.astro';
import ArticleMeta from '../../src/components/ArticleMeta.astro';
import SourceCredit from '../../src/components/SourceCredit.astro';
import InShort from '../../src/components/InShort.astro';
import SourcePhotos from '../../src/components/SourcePhotos.astro';
import Corrections from '../../src/components/Corrections.astro';
import ScopedIds from '../../src/components/ScopedIds.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props = {}, slots = {}, locals = {}) =>
  parse(await container.renderToString(component, { props, slots, locals }));
/** Renders as on a page in `lang`: src/middleware.ts sets Astro.locals.lang for every page. */
const renderIn = (lang: string, component: Parameters<AstroContainer['renderToString']>[0], props = {}) => render(component, props, {}, { lang });

const section = (slug: string, title: string) => ({
  slug,
  title,
  question: `What about ${title}?`,
  summary: `About ${title}.`,
  url: `/x/${slug}/`,
  fullStoryUrl: `/x/full-story/#${slug}`,
  minutes: 2,
  order: 1,
});

describe('Photo', () => {
  it('without an image, renders nothing in the text: its caption and credit go to the section’s credit area', async () => {
    const html = await container.renderToString(Photo, { props: { caption: 'Putin speaks in Moscow.', credit: 'Ramil Sitdikov via Reuters' } });
    expect(html.trim()).toBe('');
  });

  it('with an image, shows it with its alt text, caption and credit', async () => {
    const html = await render(Photo, { src: '/p.jpg', alt: 'Two leaders', width: 800, height: 600, caption: 'c', credit: 'd' });
    const img = html.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Two leaders');
    expect(img?.getAttribute('width')).toBe('800');
    expect(html.querySelector('figcaption')?.text.replace(/\s+/g, ' ').trim()).toBe('c d');
    expect(html.text).not.toContain('not reproduced');
  });

  it('groups photos shown side by side', async () => {
    const html = await render(PhotoGroup, {}, { default: '<figure>a</figure><figure>b</figure>' });
    expect(html.querySelectorAll('.photo-group > figure')).toHaveLength(2);
  });

  it('renders no group when none of its photos is reproduced', async () => {
    expect((await container.renderToString(PhotoGroup, { slots: { default: '\n\n' } })).trim()).toBe('');
  });
});

describe('SourcePhotos', () => {
  const photos = [
    { caption: 'Crews gather outside the hall.', credit: 'Mara Quinn/Island Gazette', shown: false },
    { caption: 'The ferry leaves the harbour.', credit: 'Tom Ashby/Island Gazette', shown: false },
  ];

  it('lists each photo not reproduced, caption and credit word for word, under a label kept out of search', async () => {
    const html = await render(SourcePhotos, { photos });
    const label = html.querySelector('p.label')!;
    expect(label.text).toBe('Photos in the original report (not reproduced here)');
    expect(html.querySelector('ul')?.getAttribute('aria-labelledby')).toBe(label.id);
    expect(label.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(html.querySelectorAll('li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Crews gather outside the hall. Mara Quinn/Island Gazette',
      'The ferry leaves the harbour. Tom Ashby/Island Gazette',
    ]);
    // The captions themselves are searchable: nothing around them is ignored by Pagefind.
    expect(html.querySelector('ul')?.closest('[data-pagefind-ignore]')).toBeNull();
  });

  it('names the section of each photo where asked, scopes its label’s id in the full story, and renders nothing without photos', async () => {
    const html = await render(SourcePhotos, { photos: [{ ...photos[0]!, section: { title: 'The vote', url: '/x/the-vote/' } }], scope: 'the-vote' });
    expect(html.querySelector('.label')?.id).toBe('the-vote--source-photos-label');
    const link = html.querySelector('li a')!;
    expect(link.getAttribute('href')).toBe('/x/the-vote/');
    expect(link.text).toBe('in “The vote”');
    expect((await container.renderToString(SourcePhotos, { props: { photos: [] } })).trim()).toBe('');
  });
});

describe('SectionNav', () => {
  it('lists every section in order and marks the current one', async () => {
    const html = await render(SectionNav, { sections: [section('a', 'A'), section('b', 'B')], current: 'b' });
    const links = html.querySelectorAll('nav ol li a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/x/a/', '/x/b/']);
    expect(links[0]?.getAttribute('aria-current')).toBeUndefined();
    expect(links[1]?.getAttribute('aria-current')).toBe('page');
    expect(html.querySelector('nav')?.getAttribute('aria-label')).toBe('Sections');
  });

  it('on a long explainer, lists the sections around the current one and links to the whole list, so a page stays small', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => section(`s${i + 1}`, `Part ${i + 1}`));
    const around = await render(SectionNav, { sections: many, current: 's1000', allUrl: '/x/#sections' });
    const links = around.querySelectorAll('nav ol li a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/x/s997/', '/x/s998/', '/x/s999/', '/x/s1000/', '/x/s1001/', '/x/s1002/', '/x/s1003/']);
    expect(links.map((a) => a.getAttribute('data-number'))).toEqual(['997', '998', '999', '1,000', '1,001', '1,002', '1,003']);
    expect(around.querySelector('[aria-current=page]')?.getAttribute('href')).toBe('/x/s1000/');
    expect(around.querySelector('.all a')?.getAttribute('href')).toBe('/x/#sections');
    expect(around.querySelector('.all a')?.text).toBe('All 2,000 sections');
    expect(around.toString().length).toBeLessThan(4_000);
    // At either end, the window keeps its size.
    const first = await render(SectionNav, { sections: many, current: 's1', allUrl: '/x/#sections' });
    expect(first.querySelectorAll('nav ol li a').map((a) => a.getAttribute('href'))).toEqual(['/x/s1/', '/x/s2/', '/x/s3/', '/x/s4/', '/x/s5/', '/x/s6/', '/x/s7/']);
    // Twelve sections are all listed, with no link to a longer list.
    const twelve = await render(SectionNav, { sections: many.slice(0, 12), current: 's12', allUrl: '/x/#sections' });
    expect(twelve.querySelectorAll('nav ol li a')).toHaveLength(12);
    expect(twelve.querySelector('.all')).toBeNull();
  });

  it('shows summaries and reading time when detailed', async () => {
    const html = await render(SectionNav, { sections: [section('a', 'A')], detailed: true });
    expect(html.querySelector('.summary')?.text).toContain('About A.');
    expect(html.querySelector('.minutes')?.text).toBe('2 min read');
  });
});

describe('SectionPager', () => {
  it('links previous and next with rel', async () => {
    const html = await render(SectionPager, { previous: section('a', 'A'), next: section('c', 'C'), overviewUrl: '/x/' });
    expect(html.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/x/a/');
    expect(html.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/x/c/');
  });

  it('leads back to the overview at either end', async () => {
    const html = await render(SectionPager, { previous: undefined, next: undefined, overviewUrl: '/x/' });
    expect(html.querySelector('a[rel]')).toBeNull();
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/x/', '/x/']);
  });
});

describe('ArticleMeta', () => {
  const explainer = {
    headline: 'H',
    summary: 'S',
    published: new Date('2025-01-24'),
    updated: new Date('2025-01-24'),
    source: { title: 'The report', cites: ['ABC News', 'Fox News'], photos: ['Carlos Barria/Reuters'] },
    corrections: [],
  };

  it('shows the published date as a <time> and the reading time on one line', async () => {
    const html = await render(ArticleMeta, { explainer, readingTime: '3 min read' });
    expect(html.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-24');
    // Old when built: the build's age holds its place unseen (styled hidden) until the reader's own is written.
    const age = html.querySelector('.age');
    expect(age?.classList.contains('reserved')).toBe(true);
    expect(age?.text).toMatch(/^, \d+ (months|years?) ago$/);
    age?.remove();
    expect(html.querySelector('.dates')?.text).not.toContain('Updated');
    expect(html.querySelectorAll('p')).toHaveLength(1);
    expect(html.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe('Published 24 January 2025 · 3 min read');
  });

  it('shows the updated date only when it differs', async () => {
    const html = await render(ArticleMeta, { explainer: { ...explainer, updated: new Date('2025-01-25') } });
    expect(html.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2025-01-24', '2025-01-25']);
  });
});

describe('SourceCredit', () => {
  const source = { title: 'The report', cites: ['ABC News', 'Fox News'], photos: ['Carlos Barria/Reuters', 'Pool via Reuters'] };

  it('credits the report, the outlets it cites and the photos in one paragraph, word for word', async () => {
    const html = await render(SourceCredit, { source, placement: 'end' });
    const credits = html.querySelectorAll('p.source-credit');
    expect(credits).toHaveLength(1);
    expect(credits[0]!.classList.contains('end')).toBe(true);
    expect(credits[0]!.text.replace(/\s+/g, ' ').trim()).toBe(
      'Based on the report “The report”, which cites ABC News and Fox News. Photos: Carlos Barria/Reuters; Pool via Reuters. How this explainer is made',
    );
  });

  it('ends with a link to how the explainer is made, in the page’s language', async () => {
    const en = (await render(SourceCredit, { source })).querySelector('a.how-made')!;
    expect([en.getAttribute('href'), en.text]).toEqual(['/how-explainers-are-made/', 'How this explainer is made']);
    const uk = (await renderIn('uk', SourceCredit, { source })).querySelector('a.how-made')!;
    expect([uk.getAttribute('href'), uk.text]).toEqual(['/uk/how-explainers-are-made/', 'Як зроблено це пояснення']);
  });

  it('names the photo credits it is given (a section’s own), and none when it is given none', async () => {
    const own = await render(SourceCredit, { source, placement: 'end', photos: ['Pool via Reuters'] });
    expect(own.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe('Based on the report “The report”, which cites ABC News and Fox News. Photos: Pool via Reuters. How this explainer is made');
    const none = await render(SourceCredit, { source, placement: 'end', photos: [] });
    expect(none.querySelector('p')?.text).not.toContain('Photos:');
  });

  it('names the report alone when it cites nobody and has no photos', async () => {
    const html = await render(SourceCredit, { source: { title: 'The report', cites: [], photos: [] } });
    expect(html.querySelector('p')?.text.trim()).toBe('Based on the report “The report”. How this explainer is made');
  });

  const original = {
    ...source,
    outlet: 'The Associated Press',
    byline: 'By Jane Doe and John Roe',
    date: new Date('2025-01-23'),
    url: 'https://apnews.com/article/trump-putin-call',
  };
  const credits = { contributors: ['Associated Press writer Sam Poe contributed to this report.'], copyright: { year: '2025', holder: 'The Associated Press' } };

  it('names the original’s outlet, byline and date, links its title, and ends with its contributors and copyright', async () => {
    const html = await render(SourceCredit, { source: original, credits, placement: 'end' });
    const credit = html.querySelector('p.source-credit')!;
    expect(credit.text.replace(/\s+/g, ' ').trim()).toBe(
      'Based on the report “The report” by The Associated Press, which cites ABC News and Fox News. By Jane Doe and John Roe, 23 January 2025. ' +
        'Associated Press writer Sam Poe contributed to this report. Photos: Carlos Barria/Reuters; Pool via Reuters. © 2025 The Associated Press. How this explainer is made',
    );
    const link = credit.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://apnews.com/article/trump-putin-call');
    expect(link.text).toBe('The report');
    expect(credit.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-23');
  });

  it('gives each detail of the original on its own: outlet without link, date without byline', async () => {
    const outletOnly = await render(SourceCredit, { source: { title: 'The report', cites: [], photos: [], outlet: 'Reuters' } });
    expect(outletOnly.querySelector('p')?.text.trim()).toBe('Based on the report “The report” by Reuters. How this explainer is made');
    expect(outletOnly.querySelector('a:not(.how-made)')).toBeNull();
    const dateOnly = await render(SourceCredit, { source: { title: 'The report', cites: [], photos: [], date: new Date('2025-01-23') } });
    expect(dateOnly.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe('Based on the report “The report”. First published 23 January 2025. How this explainer is made');
  });

  it('renders exactly as before without the original’s details or credits in the source', async () => {
    const before = await container.renderToString(SourceCredit, { props: { source, placement: 'end' } });
    expect(await container.renderToString(SourceCredit, { props: { source, credits: { contributors: [] }, placement: 'end' } })).toBe(before);
    expect(before).not.toMatch(/<a (?!class="how-made")|<time/);
  });

  it('credits the original in Ukrainian', async () => {
    const html = await renderIn('uk', SourceCredit, { source: { title: 'Звіт', cites: [], photos: [], outlet: 'Суспільне' }, credits });
    expect(html.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe(
      'На основі матеріалу «Звіт» (Суспільне). Associated Press writer Sam Poe contributed to this report. © 2025 The Associated Press. Як зроблено це пояснення',
    );
  });
});

describe('InShort', () => {
  it('lists the points under a label, kept out of search, and renders nothing without points', async () => {
    const html = await render(InShort, { points: [{ text: 'One.', paragraph: 1 }, { text: 'Two.', paragraph: 3 }] });
    const box = html.querySelector('section.in-short')!;
    expect(box.getAttribute('aria-labelledby')).toBe(box.querySelector('.label')!.id);
    expect(box.querySelector('.label')!.text).toBe('In short');
    expect(box.querySelectorAll('li').map((li) => li.text)).toEqual(['One.', 'Two.']);
    expect(box.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect((await render(InShort, { points: [] })).text.trim()).toBe('');
  });
});

describe('Corrections', () => {
  it('lists each mended slip as a source note, not a correction, and nothing when there is none', async () => {
    const html = await render(Corrections, { corrections: [{ from: 'second. term', to: 'second term' }] });
    const note = html.querySelector('[data-source-notes]')!;
    expect(note.text.replace(/\s+/g, ' ').trim()).toBe('Source notes: we fixed 1 typographic slip in the original report: “second. term” to “second term”.');
    expect(note.text).not.toMatch(/Correct/);
    expect((await render(Corrections, { corrections: [] })).text.trim()).toBe('');
  });
});

describe('ScopedIds', () => {
  it('prefixes ids and in-page links so sections can share a page', async () => {
    const html = await render(ScopedIds, { prefix: 'arms' }, { default: '<h2 id="talks">T</h2><a href="#talks">x</a><a href="/y/#z">y</a>' });
    expect(html.querySelector('h2')?.id).toBe('arms--talks');
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#arms--talks', '/y/#z']);
  });
});

describe('in the page’s language', () => {
  const explainer = {
    published: new Date('2025-01-24'),
    updated: new Date('2025-02-03'),
    source: { title: 'Звіт', cites: ['ABC News', 'Fox News'], photos: [] },
  };

  it('ArticleMeta writes dates and lists in Ukrainian, each <time> inside its sentence', async () => {
    const html = await renderIn('uk', ArticleMeta, { explainer });
    expect(html.querySelector('.age')?.text).toMatch(/тому$/);
    html.querySelector('.age')?.remove();
    expect(html.querySelector('.dates')?.text.replace(/\s+/g, ' ').trim()).toBe('Опубліковано 24 січня 2025 р. · Оновлено 3 лютого 2025 р.');
    expect(html.querySelectorAll('.dates time').map((t) => t.getAttribute('datetime'))).toEqual(['2025-01-24', '2025-02-03']);
    const credit = await renderIn('uk', SourceCredit, { source: explainer.source });
    expect(credit.querySelector('.source-credit')?.text.trim()).toBe('На основі матеріалу «Звіт», який посилається на ABC News і Fox News. Як зроблено це пояснення');
  });

  it('SectionNav and SectionPager label themselves and reading time in Ukrainian', async () => {
    const nav = await renderIn('uk', SectionNav, { sections: [section('a', 'A')], detailed: true });
    expect(nav.querySelector('nav')?.getAttribute('aria-label')).toBe('Розділи');
    expect(nav.querySelector('.minutes')?.text).toBe('2 хв читання');
    const pager = await renderIn('uk', SectionPager, { previous: undefined, next: section('b', 'B'), overviewUrl: '/x/' });
    expect(pager.querySelector('nav')?.getAttribute('aria-label')).toBe('Попередній і наступний розділ');
    expect(pager.querySelectorAll('.dir').map((d) => d.text)).toEqual(['Назад', 'Наступний']);
  });

  it('Corrections keeps the marked-up slips where the Ukrainian sentence puts them', async () => {
    const html = await renderIn('uk', Corrections, { corrections: [{ from: 'другий. термін', to: 'другий термін' }] });
    const note = html.querySelector('[data-source-notes]')!;
    expect(note.text.replace(/\s+/g, ' ').trim()).toBe('Примітки до джерела: ми виправили 1 друкарську помилку в оригіналі матеріалу: «другий. термін» на «другий термін».');
    expect(note.querySelectorAll('code').map((c) => c.text)).toEqual(['другий. термін', 'другий термін']);
  });
});
