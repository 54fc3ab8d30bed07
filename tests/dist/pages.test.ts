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

  it('keeps photos it may not reproduce out of the text, listed after the credit, and a published one in its place with its alt text', () => {
    const vote = at('the-vote/').querySelector('article')!;
    // A pair side by side and one more, in the report: none of them, and no empty group, between the paragraphs.
    expect(vote.querySelectorAll('.article-body figure, .article-body .photo-group')).toHaveLength(0);
    expect(visibleText(vote.querySelector('.article-body')!)).not.toMatch(/not reproduced|Mara Quinn/);
    expect(visibleText(vote.querySelector('.source-photos .label')!)).toBe('Photos in the original report (not reproduced here)');
    expect(vote.querySelectorAll('.source-photos li').map((li) => visibleText(li))).toEqual([
      'Ferry crews gather outside the union hall in Kestrel Bay on Monday, March 3, 2025. Mara Quinn/Island Gazette',
      'The Orrin Island ferry leaves Kestrel Bay harbour on Sunday, March 2, 2025. Mara Quinn/Island Gazette',
      'A crew member ties up the ferry at the Orrin Island pier on Sunday, March 2, 2025. Mara Quinn/Island Gazette',
    ]);
    expect(visibleText(vote.querySelector('.source-credit')!)).toContain('Photos: Mara Quinn/Island Gazette.');
    const [published] = at('who-pays/').querySelectorAll('article .article-body figure.photo');
    expect(published!.querySelector('img')?.getAttribute('alt')).toBe('A line drawn across the bay from Kestrel Bay to Orrin Island');
    expect(published!.text).not.toContain('not reproduced');
    expect(at('who-pays/').querySelector('.source-photos')).toBeNull();
    // A section without photos lists none, and its credit names no photo credit.
    expect(at('talks/').querySelector('.source-photos')).toBeNull();
    expect(visibleText(at('talks/').querySelector('.source-credit')!)).not.toContain('Photos:');
    // The full story keeps them in the vote's part; the overview's foot names the section of each.
    expect(at('full-story/').querySelectorAll('section[id="the-vote"] .source-photos li')).toHaveLength(3);
    expect(at('full-story/').querySelectorAll('section:not([id="the-vote"]) .source-photos')).toHaveLength(0);
    expect(at('').querySelectorAll('.source-photos li a').map((a) => [a.getAttribute('href'), a.text])).toEqual(
      Array.from({ length: 3 }, () => ['/ferry-strike/the-vote/', 'in “The vote”']),
    );
  });

  it('has a page on how its explainers are made, linked from the credit line and the footer', () => {
    const how = page('/how-explainers-are-made/', fixtureSite().dist);
    expect(visibleText(how.querySelector('h1')!)).toBe('How this explainer is made');
    const text = visibleText(how.querySelector('main')!);
    for (const words of ['word for word', 'Our answer', 'In short', 'Context, added by the editors', 'Our description', 'Updates', 'source notes', 'Photos in the original report (not reproduced here)']) {
      expect(text).toContain(words);
    }
    for (const path of ['', 'talks/', 'full-story/']) {
      expect(at(path).querySelector('.source-credit a.how-made')?.getAttribute('href'), path).toBe('/how-explainers-are-made/');
      expect(at(path).querySelector('footer a[href="/how-explainers-are-made/"]'), path).not.toBeNull();
    }
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

  it('credits the original by outlet, byline and date, links it, and ends with its contributor line, copyright and how the explainer is made', () => {
    for (const path of ['', 'who-pays/', 'full-story/']) {
      const credit = at(path).querySelector('.source-credit')!;
      const text = visibleText(credit);
      expect(text, path).toContain('” by Island Gazette, which cites Harbour Radio and Island Gazette.');
      expect(text, path).toContain('By Mara Quinn and Tom Ashby, 3 March 2025.');
      expect(text, path).toContain('Island Gazette writer Tom Ashby contributed to this report.');
      expect(text, path).toMatch(/© 2025 Island Gazette\. How this explainer is made$/);
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
