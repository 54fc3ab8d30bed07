// An explainer's age and changes in real Chromium, on the fixture explainers: past three weeks, the top of
// every page says how old it is, from the reader's clock and in the page's language (none the day after, nor
// a week after; the bare date without JavaScript); relative days carry their date; a changed section says
// what changed at its top.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';

const site = inject('fixtureSiteUrl');
const browser = useBrowser();
const EXPLAINER = '/ferry-strike/';
const PAGES = [EXPLAINER, `${EXPLAINER}the-vote/`, `${EXPLAINER}full-story/`];
// The fixture explainer's published date, 2025-03-04, and days after it.
const after = (days: number) => new Date(Date.UTC(2025, 2, 4 + days, 12));

/** The dates line at the top of the page, as a reader sees it. */
const dates = (page: Page) => page.locator('header.explainer-header .article-meta .dates').innerText();

async function openAt(time: Date | undefined, javaScriptEnabled = true) {
  const opened = await openPage(browser(), { javaScriptEnabled });
  if (time) await opened.page.clock.setFixedTime(time);
  return opened;
}

describe('the age line', () => {
  it('says nothing the day after publishing, nor a week after', async () => {
    for (const days of [1, 7]) {
      const { page, errors } = await openAt(after(days));
      for (const path of PAGES) {
        await page.goto(`${site}${path}`);
        await page.waitForLoadState('load');
        expect(await dates(page), `${days} days, ${path}`).toBe('Published 4 March 2025 · Updated 5 March 2025');
        expect(await page.locator('[data-age]').isHidden()).toBe(true);
      }
      expect(errors).toEqual([]);
    }
  });

  it('says how old it is at the top of every page, two years and a week after', async () => {
    const { page, errors } = await openAt(after(2 * 365 + 7));
    for (const path of PAGES) {
      await page.goto(`${site}${path}`);
      await expect.poll(() => dates(page), { message: path }).toBe('Published 4 March 2025, 2 years ago · Updated 5 March 2025');
      expect(await page.locator('[data-age]').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('does not move the page when it appears on a phone: the build’s age holds its place', async () => {
    const height = async (blockLater: boolean) => {
      const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
      await page.clock.setFixedTime(after(2 * 365 + 7));
      // Without the script fetched after the first view, the page is as first painted.
      if (blockLater) await page.route(/\/_astro\/later[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${site}${EXPLAINER}the-vote/`, { waitUntil: 'networkidle' });
      if (!blockLater) await expect.poll(() => page.locator('[data-age]').isVisible()).toBe(true);
      return page.locator('header.explainer-header .article-meta').evaluate((el) => el.getBoundingClientRect().height);
    };
    expect(await height(false)).toBe(await height(true));
  });

  it('keeps the build’s words when the reader’s age is the same, without formatting them again', async () => {
    const { page, errors } = await openAt(undefined);
    // Counts the formatters the page makes: the first one loads the language's data, a long task on a phone.
    await page.addInitScript(() => {
      const Native = Intl.RelativeTimeFormat;
      const made = { count: 0 };
      Object.assign(window, { formattersMade: made });
      const Counted = class extends Native {
        constructor(...args: ConstructorParameters<typeof Native>) {
          super(...args);
          made.count++;
        }
      };
      Object.defineProperty(Intl, 'RelativeTimeFormat', { value: Counted, configurable: true, writable: true });
    });
    await page.goto(`${site}${EXPLAINER}`);
    await expect.poll(() => page.locator('[data-age]').isVisible()).toBe(true);
    const built = await page.locator('[data-age]').getAttribute('data-age-built');
    expect(built).toMatch(/^\d+ (week|month|year)$/);
    const [value, unit] = built!.split(' ');
    const ago = new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(-Number(value), unit as Intl.RelativeTimeFormatUnit);
    expect(await dates(page)).toBe(`Published 4 March 2025, ${ago} · Updated 5 March 2025`);
    expect(await page.evaluate(() => (window as unknown as { formattersMade: { count: number } }).formattersMade.count)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('counts weeks at five weeks', async () => {
    const { page } = await openAt(after(35));
    await page.goto(`${site}${EXPLAINER}`);
    await expect.poll(() => dates(page)).toBe('Published 4 March 2025, 5 weeks ago · Updated 5 March 2025');
  });

  it('speaks the page’s language', async () => {
    const { page } = await openAt(after(2 * 365 + 7));
    await page.goto(`${site}/biblioteka-tykhorichchia/`);
    await expect.poll(() => dates(page)).toMatch(/^Опубліковано 3 березня 2025 р\., 2 роки тому/);
  });

  it('leaves the full date standing without JavaScript', async () => {
    const { page } = await openAt(undefined, false);
    await page.goto(`${site}${EXPLAINER}`);
    expect(await dates(page)).toBe('Published 4 March 2025 · Updated 5 March 2025');
  });
});

describe('relative days', () => {
  it('carry the date they mean, beside the report’s own words', async () => {
    const { page } = await openAt(undefined);
    await page.goto(`${site}${EXPLAINER}the-vote/`);
    const paragraph = page.locator('article .article-body p', { hasText: 'Mulvaney said outside the union hall' }).first();
    expect(await paragraph.innerText()).toContain('Mulvaney said outside the union hall on Monday (3 March 2025).');
    expect(await paragraph.locator('time').getAttribute('datetime')).toBe('2025-03-03');
    // Smaller than the words around it.
    const size = (selector: string) => paragraph.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.on-date')).toBeLessThan(await size('xpath=.'));
  });
});

describe('the change note', () => {
  it('stands at the top of the section a change touched, and of its part of the full story, and nowhere else', async () => {
    const { page } = await openAt(undefined);
    const note = 'Updated 5 March 2025: Added the harbour master’s warning about a longer stoppage.';
    await page.goto(`${site}${EXPLAINER}talks/`);
    const top = page.locator('header.explainer-header [data-change-note]');
    expect(await top.innerText()).toBe(note);
    // Above the reporting.
    const [noteBottom, firstParagraph] = await Promise.all([
      top.evaluate((el) => el.getBoundingClientRect().bottom),
      page.locator('article .article-body p').first().evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(noteBottom).toBeLessThan(firstParagraph);
    await page.goto(`${site}${EXPLAINER}full-story/`);
    expect(await page.locator('section#talks [data-change-note]').innerText()).toBe(note);
    expect(await page.locator('[data-change-note]').count()).toBe(1);
    for (const path of [EXPLAINER, `${EXPLAINER}the-vote/`]) {
      await page.goto(`${site}${path}`);
      expect(await page.locator('[data-change-note]').count(), path).toBe(0);
    }
  });
});
