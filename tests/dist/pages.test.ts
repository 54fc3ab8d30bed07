// The built site, read as files: every section is there, with every word of the source.
import { describe, expect, it } from 'vitest';
import { page, pagePaths, visibleText } from '../support/dist';
import { explainerSlugs, sectionSlugs, sourcePassages } from '../support/source';

const explainers = explainerSlugs();

describe.each(explainers)('explainer %s', (explainer) => {
  const slugs = sectionSlugs(explainer);
  const passages = sourcePassages(explainer);

  it('has an overview, a full story and a page per section', () => {
    const paths = pagePaths();
    expect(paths).toContain(`/${explainer}/`);
    expect(paths).toContain(`/${explainer}/full-story/`);
    for (const slug of slugs) expect(paths).toContain(`/${explainer}/${slug}/`);
  });

  it('has the four sections of the first explainer in order', () => {
    if (explainer !== 'trump-putin-call') return;
    expect(slugs).toEqual(['call-prospects', 'pressure-tactics', 'arms-control', 'other-countries']);
  });

  it('carries every paragraph, quote, caption and credit of the source across its section pages', () => {
    const text = slugs.map((s) => visibleText(page(`/${explainer}/${s}/`).querySelector('article')!)).join(' ');
    const missing = passages.filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
    expect(passages.length).toBeGreaterThan(10);
  });

  it('carries every paragraph of the source on the full-story page, each section under its slug', () => {
    const root = page(`/${explainer}/full-story/`);
    const text = visibleText(root.querySelector('article')!);
    expect(passages.filter((p) => !text.includes(p))).toEqual([]);
    expect(root.querySelectorAll('article section[id]').map((s) => s.id)).toEqual(slugs);
  });

  it('splits the source into sections in source order', () => {
    const texts = slugs.map((s) => visibleText(page(`/${explainer}/${s}/`).querySelector('article .article-body')!));
    let at = 0;
    const outOfOrder = passages.slice(1).filter((p) => {
      const found = texts.findIndex((t, i) => i >= at && t.includes(p));
      if (found < 0) return true;
      at = found;
      return false;
    });
    expect(outOfOrder).toEqual([]);
    expect(at).toBe(slugs.length - 1);
  });

  it('links each section to the previous and next, and marks it current in the section list', () => {
    slugs.forEach((slug, i) => {
      const root = page(`/${explainer}/${slug}/`);
      expect(root.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(i > 0 ? `/${explainer}/${slugs[i - 1]}/` : undefined);
      expect(root.querySelector('a[rel=next]')?.getAttribute('href')).toBe(i < slugs.length - 1 ? `/${explainer}/${slugs[i + 1]}/` : undefined);
      expect(root.querySelector('[aria-current=page]')?.getAttribute('href')).toBe(`/${explainer}/${slug}/`);
      expect(visibleText(root.querySelector('article header')!)).toContain(`Section ${i + 1} of ${slugs.length}`);
    });
  });

  it('lists the sections on the overview with a summary and reading time each', () => {
    const root = page(`/${explainer}/`);
    const items = root.querySelectorAll('nav[aria-label="Sections of this explainer"] li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(slugs.map((s) => `/${explainer}/${s}/`));
    for (const li of items) expect(visibleText(li)).toMatch(/\. \d+ min read$/);
    expect(root.querySelector(`a[href="/${explainer}/full-story/"]`)).not.toBeNull();
    expect(root.querySelectorAll('time[datetime]').length).toBeGreaterThan(0);
  });
});

describe('trump-putin-call content', () => {
  const headings = (slug: string) =>
    page(`/trump-putin-call/${slug}/`).querySelectorAll('.article-body h2').map((h) => visibleText(h));

  it('keeps the article’s own subheads where they fall', () => {
    expect(headings('call-prospects')).toContain('To break the silence');
    expect(headings('pressure-tactics')).toContain('Pressure tactics');
    expect(headings('arms-control')).toContain('Other questions, other countries');
  });

  it('shows the three photo captions as honest notes, with no image', () => {
    const figures = ['call-prospects', 'pressure-tactics'].flatMap((s) =>
      page(`/trump-putin-call/${s}/`).querySelectorAll('article figure.photo'),
    );
    expect(figures).toHaveLength(4); // a pair of photos, one more in call prospects, one in pressure tactics
    for (const f of figures) {
      expect(f.querySelector('img')).toBeNull();
      expect(f.text).toContain('Photo not reproduced');
    }
  });

  it('dates the explainer by the text and names its source', () => {
    const root = page('/trump-putin-call/');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-24');
    const meta = visibleText(root.querySelector('.article-meta')!);
    expect(meta).toContain('ABC News');
    expect(meta).toContain('Reuters');
  });

  it('lists the explainer on the home page and the 404 page', () => {
    for (const path of ['/', '/404.html']) {
      expect(page(path).querySelector('a[href="/trump-putin-call/"]')).not.toBeNull();
    }
  });
});
