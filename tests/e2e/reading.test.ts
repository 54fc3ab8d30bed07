// A reader in Chromium on the fixture explainer: from the home page through every section with
// "next" without JavaScript, light and dark, a section of the full story by its slug, print, the skip
// link, and the keyboard alone with a visible focus ring everywhere.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { FIXTURE_SITE } from '../support/sites';

const site = inject('fixtureSiteUrl');
const browser = useBrowser();
const BASE = '/ferry-strike/';
const SLUGS = ['the-vote', 'who-pays', 'life-on-the-island', 'talks'];

describe('reading the explainer', () => {
  it('goes from the home page through every section with "next", without JavaScript', async () => {
    const { page, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}/`);
    await page.getByRole('link', { name: /Kestrel Bay ferry crews vote to strike/ }).first().click();
    await page.waitForURL(`${site}${BASE}`);
    await page.getByRole('link', { name: /Start reading/ }).click();
    await page.waitForURL(`${site}${BASE}${SLUGS[0]}/`);
    for (let i = 1; i < SLUGS.length; i++) {
      await page.locator('a[rel=next]').click();
      await page.waitForURL(`${site}${BASE}${SLUGS[i]}/`);
      await expect.poll(() => page.locator('article header').innerText()).toContain(` · ${i + 1} of ${SLUGS.length}`);
    }
    await expect.poll(() => page.locator('a[rel=next]').count()).toBe(0);
    await expect.poll(() => page.locator('article header').innerText()).toContain('Talks · 4 of 4');
    await expect.poll(() => page.locator('h1').innerText()).toBe('When do the two sides meet again?');
    expect(errors).toEqual([]);
  });

  it.each([
    ['light', 'rgb(253, 252, 249)'],
    ['dark', 'rgb(19, 19, 21)'],
  ] as const)('follows the reader’s %s scheme', async (colorScheme, background) => {
    const { page } = await openPage(browser(), { colorScheme });
    await page.goto(`${site}${BASE}${SLUGS[0]}/`);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  });

  it('aligns table columns as the Markdown says, with no CSP violation', async () => {
    const { page, errors } = await openPage(browser());
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${site}${BASE}${SLUGS[1]}/`);
    const cells = page.locator('article table tr').last().locator('td');
    await expect.poll(() => cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).textAlign))).toEqual(['left', 'right']);
    expect(await page.locator('article table [style]').count()).toBe(0);
    expect([...errors, ...violations]).toEqual([]);
  });

  it('opens the full story at a section by its slug', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}${BASE}full-story/#${SLUGS[2]}`);
    await expect.poll(() => page.locator(`section#${SLUGS[2]}`).evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(40);
  });

  it('prints the article without site chrome, ending with the address to read it online', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}${BASE}${SLUGS[0]}/`);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.site-header').waitFor({ state: 'hidden' });
    await page.locator('.pager').waitFor({ state: 'hidden' });
    await page.locator('article .article-body').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.printed-from').innerText()).toBe(`Read online: ${FIXTURE_SITE.origin}${BASE}${SLUGS[0]}/`);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.printed-from').waitFor({ state: 'hidden' });
  });

  it('moves focus to the main content with the skip link', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}${BASE}${SLUGS[0]}/`);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('the keyboard', () => {
  it('reaches the skip link, the site and section navigation, each with a visible focus ring', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${BASE}${SLUGS[1]}/`);
    const seen: { text: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '), outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    const texts = seen.map((s) => s.text);
    expect(texts[0]).toBe('Skip to content');
    expect(texts.some((t) => /Next.*Life on the island/.test(t))).toBe(true);
    expect(texts.indexOf('Life on the island')).toBeGreaterThan(0);
    for (const s of seen) expect(s.outline, s.text).toMatch(/^solid [1-9]/);
  });

  it('opens and closes search, and copies the link, all from the keyboard with focus rings', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    await page.goto(`${site}${BASE}${SLUGS[1]}/`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent?.trim() ?? '', search: el.hasAttribute('data-search-button'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (match(f)) return f;
      }
      throw new Error('never reached by Tab');
    };

    const searchButton = await tabTo((f) => f.search);
    expect(searchButton.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    await page.locator('dialog.search-dialog[open] input').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.search-dialog[open]'));
    await expect.poll(async () => (await focused()).search).toBe(true);

    const copy = await tabTo((f) => f.text === 'Copy link');
    expect(copy.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('[data-copy-status]')?.textContent ?? ''));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${BASE}${SLUGS[1]}/`);
    expect(errors).toEqual([]);
  });
});
