// Every explainer's pages are there, in order, with what the content check found of its source and nothing invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { checkContent } from '../../../src/lib/content-check';
import { creditsOf } from '../../../src/lib/content/source-furniture';
import { fileFor, normalise, page, pagePaths, reportText, visibleText } from '../dist';
import { useTranslations } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import { howMadePath } from '../../../src/lib/urls';
import { SITE } from '../../../src/site';
import { cardsOf, explainerData, explainerSlugs, sectionsOf, sourceText, textOfPage } from '../source';
import type { SiteCheck } from './index';

export const pageChecks: SiteCheck[] = [
  {
    name: 'has an overview, a full story and a page per section for every explainer',
    run({ dist, content }) {
      const paths = pagePaths(dist);
      const expected = explainerSlugs(content).flatMap((e) => [`/${e}/`, `/${e}/full-story/`, ...sectionsOf(content, e).map((s) => `/${e}/${s.slug}/`)]);
      expect(expected.filter((p) => !paths.includes(p))).toEqual([]);
    },
  },
  {
    name: 'lists every explainer on the home page and the 404 page',
    run({ dist, content }) {
      for (const path of ['/', '/404.html']) {
        for (const e of explainerSlugs(content)) expect(page(path, dist).querySelector(`a[href="/${e}/"]`), `${path} → /${e}/`).not.toBeNull();
      }
    },
  },
  {
    name: 'shows on its section page, and on the full story, each paragraph of the source the content check found there',
    run({ dist, content }) {
      // The content check proves each source reaches its sections word for word and in order
      // (src/lib/content/coverage-rules.ts); here the built pages must show what it accepted.
      const { problems, coverage } = checkContent(content);
      expect(problems).toEqual([]);
      for (const e of explainerSlugs(content)) {
        const covered = coverage[e];
        if (explainerData(content, e).source?.file === undefined) continue;
        expect(covered?.length, e).toBeGreaterThan(0);
        const sectionText = new Map(sectionsOf(content, e).map((s) => [s.slug, reportText(page(`/${e}/${s.slug}/`, dist).querySelector('article .article-body')!)]));
        expect(covered!.filter((p) => !sectionText.get(p.section)?.includes(p.text)), e).toEqual([]);
        const fullStory = reportText(page(`/${e}/full-story/`, dist).querySelector('article')!);
        expect(covered!.filter((p) => !fullStory.includes(p.text)), `/${e}/full-story/`).toEqual([]);
      }
    },
  },
  {
    name: 'credits the source in full: one line at the end of each section, in the header of the overview and full story',
    run({ dist, content }) {
      for (const e of explainerSlugs(content)) {
        const { source } = explainerData(content, e);
        const credits = source.file ? creditsOf(readFileSync(join(content, e, source.file), 'utf8')) : { contributors: [] };
        const parts = [source.title, source.outlet, source.byline?.replace(/\.$/, ''), ...(source.cites ?? []), ...credits.contributors];
        if (credits.copyright) parts.push(`© ${credits.copyright.year} ${credits.copyright.holder}`);
        const complete = (credit: HTMLElement, where: string, photos: readonly string[]) => {
          const text = visibleText(credit);
          for (const part of [...parts, ...photos]) if (part) expect(text, where).toContain(part);
          // The original's title links to it exactly where index.mdx gives its address.
          expect(credit.querySelector('a:not(.how-made)')?.getAttribute('href'), where).toBe(source.url);
        };
        for (const s of sectionsOf(content, e)) {
          const path = `/${e}/${s.slug}/`;
          const article = page(path, dist).querySelector('article')!;
          const credits = article.querySelectorAll('.source-credit');
          expect(credits, path).toHaveLength(1);
          expect(credits[0]!.tagName, path).toBe('P');
          // A section's credit names the credits of its own photos, and no photo credit where it had no photo.
          const own = [...new Set(s.photos.map((p) => p.credit))];
          complete(credits[0]!, path, own);
          const t = textOfPage(content, path);
          const text = visibleText(credits[0]!);
          if (own.length > 0) expect(text, path).toContain(t('explainer.photos', { credits: own.join('; ') }));
          else expect(text, path).not.toContain(t('explainer.photos', { credits: '\u0000' }).split('\u0000')[0]);
          // After the reporting, not above it.
          const html = article.toString();
          expect(html.indexOf('class="source-credit'), path).toBeGreaterThan(html.lastIndexOf('class="article-body'));
          expect(article.querySelector('header .source-credit'), path).toBeNull();
        }
        for (const path of [`/${e}/`, `/${e}/full-story/`]) {
          const credit = page(path, dist).querySelector('article header .source-credit');
          expect(credit, path).not.toBeNull();
          complete(credit!, path, source.photos ?? []);
        }
      }
    },
  },
  {
    name: 'keeps photos it does not reproduce out of the reading flow, each caption and credit after its section’s credit, in its part of the full story and at the overview’s foot',
    run({ dist, content }) {
      const listed = (root: HTMLElement | null) => root?.querySelectorAll('.source-photos li').map((li) => visibleText(li)) ?? [];
      const line = (p: { caption: string; credit: string }) => normalise(`${p.caption} ${p.credit}`);
      for (const e of explainerSlugs(content)) {
        const overview: string[] = [];
        for (const s of sectionsOf(content, e)) {
          const path = `/${e}/${s.slug}/`;
          const t = textOfPage(content, path);
          const article = page(path, dist).querySelector('article')!;
          const body = article.querySelector('.article-body')!;
          const absent = s.photos.filter((p) => !p.shown);
          // In the text: only photos with an image, and no note, empty figure or empty group where one was not reproduced.
          expect(body.querySelectorAll('figure.photo').filter((f) => !f.querySelector('img')), path).toEqual([]);
          expect(body.querySelectorAll('figure.photo img'), path).toHaveLength(s.photos.length - absent.length);
          expect(body.querySelectorAll('.photo-group').filter((g) => !g.querySelector('img')), path).toEqual([]);
          expect(visibleText(body), path).not.toContain(t('photo.notReproduced'));
          for (const p of absent) expect(visibleText(body), path).not.toContain(normalise(p.caption));
          // After the credit: every one, word for word, in the report's order; no list where the section had none.
          expect(listed(article), path).toEqual(absent.map(line));
          if (absent.length > 0) {
            const html = article.toString();
            expect(html.indexOf('class="source-photos'), path).toBeGreaterThan(html.indexOf('class="source-credit'));
            expect(visibleText(article.querySelector('.source-photos')!), path).toContain(t('photo.notReproduced'));
          }
          const part = page(`/${e}/full-story/`, dist).querySelector(`article section[id="${s.slug}"]`);
          expect(listed(part), `/${e}/full-story/#${s.slug}`).toEqual(absent.map(line));
          overview.push(...absent.map((p) => `${line(p)} ${t('photo.inSection', { title: s.data.title })}`));
        }
        expect(listed(page(`/${e}/`, dist).querySelector('article')), `/${e}/`).toEqual(overview.map(normalise));
      }
    },
  },
  {
    name: 'links every page’s footer and every credit line to how the explainer is made, in the page’s language, on a page each language has',
    run({ dist }) {
      for (const lang of Object.keys(LANGUAGES)) {
        const path = howMadePath(lang, SITE.lang);
        expect(fileFor(path, dist), path).toBeDefined();
        const root = page(path, dist);
        expect(root.querySelector('html')?.getAttribute('lang'), path).toBe(lang);
        expect(visibleText(root.querySelector('h1')!), path).toBe(useTranslations(lang)('howMade.title'));
      }
      for (const path of pagePaths(dist)) {
        const root = page(path, dist);
        const lang = root.querySelector('html')!.getAttribute('lang')!;
        const expected = howMadePath(lang, SITE.lang);
        expect(root.querySelector(`footer.site-footer a[href="${expected}"]`), path).not.toBeNull();
        for (const credit of root.querySelectorAll('.source-credit')) {
          expect(credit.querySelector('a.how-made')?.getAttribute('href'), path).toBe(expected);
          expect(visibleText(credit.querySelector('a.how-made')!), path).toBe(useTranslations(lang)('howMade.link'));
        }
      }
    },
  },
  {
    name: 'gives no section a subhead that repeats its title',
    run({ dist, content }) {
      const words = (text: string) => text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
      for (const e of explainerSlugs(content)) {
        for (const s of sectionsOf(content, e)) {
          const path = `/${e}/${s.slug}/`;
          const subheads = page(path, dist).querySelectorAll('article .article-body :is(h2, h3, h4)').map((h) => visibleText(h));
          expect(subheads.filter((h) => words(h) === words(s.data.title)), path).toEqual([]);
        }
      }
    },
  },
  {
    name: 'puts each section on the full-story page under its slug, in order',
    run({ dist, content }) {
      for (const e of explainerSlugs(content)) {
        const root = page(`/${e}/full-story/`, dist);
        expect(root.querySelectorAll('article section[id]').map((s) => s.id), e).toEqual(sectionsOf(content, e).map((s) => s.slug));
      }
    },
  },
  {
    name: 'quotes word for word from the source, each speaker with a card',
    run({ dist, content }) {
      for (const e of explainerSlugs(content)) {
        const source = sourceText(content, e);
        const names = cardsOf(content, e).map((c) => c.name);
        for (const s of sectionsOf(content, e)) {
          for (const q of page(`/${e}/${s.slug}/`, dist).querySelectorAll('article q[data-speaker]')) {
            expect(names, `/${e}/${s.slug}/: “${q.textContent}”`).toContain(q.getAttribute('data-speaker'));
            if (source !== undefined) expect(normalise(source), `/${e}/${s.slug}/`).toContain(normalise(q.textContent));
          }
        }
      }
    },
  },
  {
    name: 'links each section to the previous and next, and marks it current in the section list',
    run({ dist, content }) {
      for (const e of explainerSlugs(content)) {
        const slugs = sectionsOf(content, e).map((s) => s.slug);
        slugs.forEach((slug, i) => {
          const path = `/${e}/${slug}/`;
          const root = page(path, dist);
          expect(root.querySelector('a[rel=prev]')?.getAttribute('href'), path).toBe(i > 0 ? `/${e}/${slugs[i - 1]}/` : undefined);
          expect(root.querySelector('a[rel=next]')?.getAttribute('href'), path).toBe(i < slugs.length - 1 ? `/${e}/${slugs[i + 1]}/` : undefined);
          expect(root.querySelector('[aria-current=page]')?.getAttribute('href'), path).toBe(path);
          const title = sectionsOf(content, e)[i]!.data.title as string;
          expect(visibleText(root.querySelector('article header')!), path).toContain(textOfPage(content, path)('section.kicker', { title, position: i + 1, total: slugs.length }));
        });
      }
    },
  },
  {
    name: 'lists the sections on each overview with a summary and reading time each, and links the full story',
    run({ dist, content }) {
      for (const e of explainerSlugs(content)) {
        const root = page(`/${e}/`, dist);
        const t = textOfPage(content, `/${e}/`);
        const items = root.querySelectorAll(`nav[aria-label="${t('overview.sectionsLabel')}"] li`);
        expect(items.map((li) => li.querySelector('a')?.getAttribute('href')), e).toEqual(sectionsOf(content, e).map((s) => `/${e}/${s.slug}/`));
        const readingTimes = Array.from({ length: 120 }, (_, n) => t('explainer.readingTime', { count: n + 1 }));
        const summaries = sectionsOf(content, e).map((s) => String(s.data.summary));
        items.forEach((li, i) => {
          expect(visibleText(li), e).toContain(summaries[i]);
          expect(readingTimes.some((time) => visibleText(li).endsWith(` ${time}`)), `${e}: ${visibleText(li)}`).toBe(true);
        });
        expect(root.querySelector(`a[href="/${e}/full-story/"]`), e).not.toBeNull();
        expect(root.querySelector('time')?.getAttribute('datetime'), e).toBe(isoDay(explainerData(content, e).published));
      }
    },
  },
  {
    name: 'shows every sentence on people cards and people pages word for word from the source',
    run({ dist, content }) {
      const sentences = (root: ReturnType<typeof page>) => root.querySelectorAll('[data-card] .sentence').map((s) => normalise(s.textContent));
      for (const e of explainerSlugs(content)) {
        const source = sourceText(content, e);
        if (source === undefined) continue;
        const flat = normalise(source);
        const shown = sectionsOf(content, e).flatMap((s) => sentences(page(`/${e}/${s.slug}/`, dist)));
        expect(shown.length, e).toBeGreaterThan(0);
        expect(shown.filter((sentence) => !flat.includes(sentence)), e).toEqual([]);
      }
      const sources = explainerSlugs(content).flatMap((e) => sourceText(content, e) ?? []).map(normalise);
      for (const path of pagePaths(dist).filter((p) => /^\/people\/[^/]*\D[^/]*\//.test(p))) {
        expect(sentences(page(path, dist)).filter((sentence) => !sources.some((text) => text.includes(sentence))), path).toEqual([]);
      }
    },
  },
];

const isoDay = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
