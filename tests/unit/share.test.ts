// Share links, previews and text fragments: the pure modules behind them.
import { describe, expect, it } from 'vitest';
import { headingAnchorLabel } from '../../src/lib/heading-anchors';
import { bylineNames, jsonLdText, newsArticle, shareImagePath, socialMetaTags } from '../../src/lib/share/meta';
import { shareTargets } from '../../src/lib/share/targets';
import { encodeTerm, quoteUrl, textDirective } from '../../src/lib/text-fragment';
import { renderShareImage, titleSize } from '../../src/lib/share/image';
import { pngSize } from '../support/png';

const site = { name: 'The Explainer', locale: 'en_GB', lang: 'en', origin: 'https://news.example/' };

describe('text fragments', () => {
  it('quotes a short passage whole', () => {
    expect(textDirective('  the first  call ')).toBe('text=the%20first%20call');
  });

  it('encodes the characters a text directive uses as syntax', () => {
    expect(encodeTerm('low-level, talks & more')).toBe('low%2Dlevel%2C%20talks%20%26%20more');
  });

  it('quotes a long passage by its first and last words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective(text)).toBe('text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('uses first and last words when the selection spans paragraphs, however short', () => {
    expect(textDirective('end of one.\n\nStart of two')).toBe('text=end%20of%20one.,Start%20of%20two');
    expect(textDirective('a b', true)).toBe('text=a,b');
  });

  it('gives nothing for an empty selection', () => {
    expect(textDirective(' \n ')).toBeUndefined();
    expect(quoteUrl('https://x.example/a/', '   ')).toBeUndefined();
  });

  it('builds the link on the page URL, dropping any fragment it had', () => {
    expect(quoteUrl('https://x.example/a/#heading', 'Putin said')).toBe('https://x.example/a/#:~:text=Putin%20said');
  });
});

describe('plain share links', () => {
  const url = 'https://news.example/story/part/';
  const targets = shareTargets(url, 'Part: a story?');

  it('offers email and a few networks, each with the URL filled in', () => {
    expect(targets.map((t) => t.name)).toEqual(['Email', 'Bluesky', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
    for (const t of targets) expect(t.href).toContain(encodeURIComponent(url));
  });

  it('fills in the title where the service takes one', () => {
    const email = targets.find((t) => t.name === 'Email')!;
    expect(email.href.startsWith('mailto:?subject=Part%3A%20a%20story%3F&body=')).toBe(true);
    expect(decodeURIComponent(email.href.split('body=')[1]!)).toBe(`Part: a story?\n\n${url}`);
    expect(targets.find((t) => t.name === 'X')!.href).toContain('text=Part%3A%20a%20story%3F');
  });

  it('opens web pages in a new tab and mail in the mail app', () => {
    expect(targets.filter((t) => !t.external).map((t) => t.name)).toEqual(['Email']);
    for (const t of targets.filter((t) => t.external)) expect(t.href.startsWith('https://')).toBe(true);
  });

  it('credits the original’s outlet in the email alone, where given', () => {
    const email = shareTargets(url, 'Part', 'Based on reporting by Reuters.').find((t) => t.name === 'Email')!;
    expect(decodeURIComponent(email.href.split('body=')[1]!)).toBe(`Part\n\n${url}\n\nBased on reporting by Reuters.`);
  });

  it('refuses a relative URL', () => {
    expect(() => shareTargets('/story/', 'x')).toThrow(/absolute/);
  });
});

describe('social meta tags', () => {
  const page = { title: 'Part', description: 'About the part.', url: 'https://news.example/story/part/' };
  const fallback = { path: '/og.png', alt: 'The site' };
  const get = (tags: ReturnType<typeof socialMetaTags>, key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

  it('describes an article with its dates, section, tags and image, every URL absolute', () => {
    const tags = socialMetaTags(
      page,
      {
        image: { path: shareImagePath('story', 'part'), alt: 'Card' },
        article: { published: new Date('2025-01-24'), modified: new Date('2025-01-25'), section: 'Story', tags: ['a', 'b'] },
      },
      site,
      fallback,
    );
    expect(get(tags, 'og:type')).toEqual(['article']);
    expect(get(tags, 'og:url')).toEqual([page.url]);
    expect(get(tags, 'og:image')).toEqual(['https://news.example/story/part/og.png']);
    expect(get(tags, 'og:image:width')).toEqual(['1200']);
    expect(get(tags, 'og:image:height')).toEqual(['630']);
    expect(get(tags, 'og:image:alt')).toEqual(['Card']);
    expect(get(tags, 'article:published_time')).toEqual(['2025-01-24']);
    expect(get(tags, 'article:modified_time')).toEqual(['2025-01-25']);
    expect(get(tags, 'article:section')).toEqual(['Story']);
    expect(get(tags, 'article:tag')).toEqual(['a', 'b']);
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(get(tags, 'twitter:image')).toEqual(['https://news.example/story/part/og.png']);
    expect(tags.filter((t) => t.key.startsWith('og:') || t.key.startsWith('article:')).every((t) => t.attr === 'property')).toBe(true);
    expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attr === 'name')).toBe(true);
  });

  it('describes any other page as a website with the site card', () => {
    const tags = socialMetaTags(page, {}, site, fallback);
    expect(get(tags, 'og:type')).toEqual(['website']);
    expect(get(tags, 'og:image')).toEqual(['https://news.example/og.png']);
    expect(get(tags, 'article:published_time')).toEqual([]);
  });
});

describe('JSON-LD', () => {
  const article = newsArticle(
    {
      url: 'https://news.example/story/part/',
      headline: 'Part',
      description: 'About the part.',
      published: new Date('2025-01-24'),
      modified: new Date('2025-01-24'),
      imagePath: '/story/part/og.png',
      tags: ['a'],
      explainer: { headline: 'Story', path: '/story/' },
      source: { title: 'The report' },
    },
    site,
  );

  it('is a NewsArticle with the facts a search engine reads', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Part',
      description: 'About the part.',
      datePublished: '2025-01-24',
      dateModified: '2025-01-24',
      image: { url: 'https://news.example/story/part/og.png', width: 1200, height: 630 },
      publisher: { '@type': 'Organization', name: 'The Explainer', logo: { url: 'https://news.example/icon-512.png' } },
      isPartOf: { name: 'Story', url: 'https://news.example/story/' },
      isBasedOn: { '@type': 'NewsArticle', headline: 'The report' },
    });
  });

  it('names the original as the explainer gives it: authors, publisher, date and address', () => {
    const based = newsArticle(
      {
        ...{ url: 'https://news.example/story/', headline: 'Story', description: 'D.', published: new Date('2025-01-24'), modified: new Date('2025-01-24') },
        ...{ imagePath: '/story/og.png', tags: [], explainer: { headline: 'Story', path: '/story/' } },
        source: { title: 'The report', outlet: 'The Associated Press', byline: 'By Jane Doe and John Roe', date: new Date('2025-01-23'), url: 'https://apnews.com/article/x' },
      },
      site,
    )['isBasedOn'];
    expect(based).toEqual({
      '@type': 'NewsArticle',
      headline: 'The report',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe' },
      ],
      publisher: { '@type': 'Organization', name: 'The Associated Press' },
      datePublished: '2025-01-23',
      url: 'https://apnews.com/article/x',
    });
    expect(article['isBasedOn']).toEqual({ '@type': 'NewsArticle', headline: 'The report' });
  });

  it('reads the names out of a byline', () => {
    expect(bylineNames('By Jane Doe, John Roe and Mary Poe.')).toEqual(['Jane Doe', 'John Roe', 'Mary Poe']);
    expect(bylineNames('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('cannot be closed early by text inside it', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('heading anchors', () => {
  it('names the link after the heading', () => {
    expect(headingAnchorLabel(' Pressure\n tactics ')).toBe('Link to this section: Pressure tactics');
  });
});

describe('share images', () => {
  it('shrinks long titles so they fit, never below legible', () => {
    const sizes = [10, 30, 60, 100, 200].map((n) => titleSize('word '.repeat(n / 5).trim()));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(48);
  });

  it('renders a 1200x630 PNG, different for a different title', async () => {
    const card = { kicker: 'An explainer', title: 'A section', siteName: 'The Explainer' };
    const a = Buffer.from(await renderShareImage(card));
    const b = Buffer.from(await renderShareImage({ ...card, title: 'Another section' }));
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(a.equals(b)).toBe(false);
  });
});
