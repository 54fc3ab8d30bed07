// The built site, read as files: every explainer's pages are there in order with every word of its
// source (generic checks over the real content); the fixture explainer keeps its subheads, photo
// notes and source line as written.
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
      'It is the first strike on the crossing in twenty years.',
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
});
