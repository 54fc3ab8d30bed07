// A reader in Chromium: from the home page to the first section, then "next" to the last.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { sectionSlugs } from '../support/source';

const site = inject('siteUrl');
const slugs = sectionSlugs('trump-putin-call');
const browser = useBrowser();

describe('reading the explainer', () => {
  it('goes from the home page through every section with "next", without JavaScript', async () => {
    const { page, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}/`);
    await page.getByRole('link', { name: /Trump and Putin signal/ }).first().click();
    await page.waitForURL(`${site}/trump-putin-call/`);
    await page.getByRole('link', { name: /Start reading/ }).click();
    await page.waitForURL(`${site}/trump-putin-call/${slugs[0]}/`);
    for (let i = 1; i < slugs.length; i++) {
      expect(await page.locator('h1').count()).toBe(1);
      await page.locator('a[rel=next]').click();
      await page.waitForURL(`${site}/trump-putin-call/${slugs[i]}/`);
      expect(await page.locator('article header').innerText()).toContain(`SECTION ${i + 1} OF ${slugs.length}`);
    }
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe('Other countries');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px screen without sideways scrolling, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser(), { viewport: { width: 320, height: 640 }, colorScheme });
      for (const path of ['/', '/trump-putin-call/', `/trump-putin-call/${slugs[1]}/`, '/trump-putin-call/full-story/']) {
        await page.goto(`${site}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} ${colorScheme}`).toBeLessThanOrEqual(0);
      }
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'light' ? 'rgb(253, 252, 249)' : 'rgb(19, 19, 21)');
      await page.context().close();
    }
  });

  it('opens the full story at a section by its slug', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}/trump-putin-call/full-story/#${slugs[2]}`);
    const top = await page.locator(`section#${slugs[2]}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.context().close();
  });

  it('prints the article without site chrome', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}/trump-putin-call/${slugs[0]}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    expect(await page.locator('article .article-body').isVisible()).toBe(true);
    expect(await page.locator('.printed-from').innerText()).toMatch(/^Read online: https:\/\/\S+\/trump-putin-call\/call-prospects\/$/);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.printed-from').isVisible()).toBe(false);
    await page.context().close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}/trump-putin-call/${slugs[0]}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});
