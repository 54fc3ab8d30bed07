// The built site, read as files: every explainer's pages are there in order with what the content
// check found of its source (generic checks over the real content); the fixture explainer keeps its
// subheads, photo notes and source line as written, and credits its original in full.
import { describe, expect, it } from 'vitest';
import { pageChecks, testChecks } from '../support/checks';
import { page, visibleText } from '../support/dist';
import { fixtureSite, realSite } from '../support/served';

describe('the built site', () => testChecks(pageChecks, realSite));

describe('the fixture explainer', () => {
  const at = (path: string) => page(`/ferry-strike/${path}`, fixtureSite().dist);
  const subheads = (slug: string) => at(`${slug}/`).querySelectorAll('.article-body h2').map((h) => visibleText(h));

  it('keeps the report’s own subheads where they fall', () => {
    expect(subheads('the-vote')).toEqual(['Why crews walked out']);
    expect(subheads('who-pays')).toEqual(['The subsidy question']);
    expect(subheads('talks')).toEqual([]);
  });

  it('shows photos it may not reproduce as honest notes with no image, and a published one with its alt text', () => {
    const absent = at('the-vote/').querySelectorAll('article figure.photo');
    expect(absent).toHaveLength(3); // a pair side by side, and one more
    for (const f of absent) {
      expect(f.querySelector('img')).toBeNull();
      expect(f.text).toContain('Photo (not reproduced):');
    }
    const [published] = at('who-pays/').querySelectorAll('article figure.photo');
    expect(published!.querySelector('img')?.getAttribute('alt')).toBe('A line drawn across the bay from Kestrel Bay to Orrin Island');
    expect(published!.text).not.toContain('not reproduced');
  });

  it('follows the first paragraph with its in-short points, and shows none where a section has none', () => {
    const body = at('the-vote/').querySelector('.article-body')!;
    const [first, next] = body.children;
    expect(first!.rawTagName).toBe('p');
    expect(next!.classList.contains('in-short')).toBe(true);
    expect(next!.querySelectorAll('li').map((li) => visibleText(li))).toEqual([
      'The crossing has not seen a strike for twenty years.',
      'Of 212 crew members who voted, 174 backed a two-day walkout.',
      'The dispute is over longer winter shifts without any rise in pay.',
    ]);
    expect(at('talks/').querySelector('.in-short')).toBeNull();
  });

  it('names its source, the news organisations it cites and the photo credits', () => {
    const meta = visibleText(at('').querySelector('.source-credit')!);
    expect(meta).toContain('“Kestrel Bay ferry crews vote to strike. What happens to the island crossing?”');
    expect(meta).toContain('Harbour Radio');
    expect(meta).toContain('Mara Quinn/Island Gazette');
  });

  it('credits the original by outlet, byline and date, links it, and ends with its contributor line and copyright', () => {
    for (const path of ['', 'who-pays/', 'full-story/']) {
      const credit = at(path).querySelector('.source-credit')!;
      const text = visibleText(credit);
      expect(text, path).toContain('” by Island Gazette, which cites Harbour Radio and Island Gazette.');
      expect(text, path).toContain('By Mara Quinn and Tom Ashby, 3 March 2025.');
      expect(text, path).toContain('Island Gazette writer Tom Ashby contributed to this report.');
      expect(text, path).toMatch(/© 2025 Island Gazette\.$/);
      expect(credit.querySelector('a')?.getAttribute('href'), path).toBe('https://island-gazette.example/2025/03/03/ferry-crews-vote-to-strike');
      expect(credit.querySelector('time')?.getAttribute('datetime'), path).toBe('2025-03-03');
    }
  });

  it('names the original in JSON-LD isBasedOn, with its authors, publisher, date and address', () => {
    for (const path of ['', 'who-pays/', 'full-story/']) {
      const ld = JSON.parse(at(path).querySelector('script[type="application/ld+json"]')!.text);
      expect(ld.isBasedOn, path).toEqual({
        '@type': 'NewsArticle',
        headline: 'Kestrel Bay ferry crews vote to strike. What happens to the island crossing?',
        author: [
          { '@type': 'Person', name: 'Mara Quinn' },
          { '@type': 'Person', name: 'Tom Ashby' },
        ],
        publisher: { '@type': 'Organization', name: 'Island Gazette' },
        datePublished: '2025-03-03',
        url: 'https://island-gazette.example/2025/03/03/ferry-crews-vote-to-strike',
      });
    }
  });
});
