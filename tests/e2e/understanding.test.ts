// People cards in real Chromium, on the fixture explainer: axe-core with a card open in light and
// dark; cards open in place and close again without JavaScript; Escape hands focus back to the
// mention; cards work inside the full story. On the real site, generically, on a 390×844 phone (a
// bottom sheet) and a 1440×900 screen: every card opened from a name low on the screen is wholly on
// screen with Close reachable, and Escape and a tap outside close it without following a link. (Axe
// over every page is in every-page.test.ts; the quote-speaker search filter is checked on the shipped
// index in search-index.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';
import { page as builtPage } from '../support/dist';
import { realSite } from '../support/served';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('fixtureSiteUrl');

/** The mention buttons on the real site's section pages, as built: the cards the walk below opens. */
const mentionCount = () => {
  const { content, dist } = realSite();
  return explainerSlugs(content).reduce((n, e) => n + sectionsOf(content, e).reduce((m, s) => m + builtPage(`/${e}/${s.slug}/`, dist).querySelectorAll('article button.mention').length, 0), 0);
};
const browser = useBrowser();
const BASE = '/ferry-strike/';

describe.each(['light', 'dark'] as const)('a person card open, in the %s scheme', (colorScheme) => {
  it('has no axe violation', async () => {
    const { page, errors } = await openPage(browser(), { colorScheme });
    await page.goto(`${site}${BASE}who-pays/`);
    const mention = page.locator('button.mention').first();
    const card = page.locator(`[id="${await mention.getAttribute('popovertarget')}"]`);
    await mention.click();
    await card.waitFor({ state: 'visible' });
    expect(await axeViolations(page, 'card')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('people cards', () => {
  it('open in place from the first mention and close again, with JavaScript turned off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}${BASE}talks/`);
    const card = page.locator('#person-nadia-kowalczyk');
    expect(await card.isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Nadia Kowalczyk' }).click();
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.role-text').textContent()).toBe('the island’s harbour master');
    await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'hidden' });
  });

  it('close with Escape and hand focus back to the mention', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site}${BASE}who-pays/`);
    const mention = page.getByRole('button', { name: 'Ines Calloway' });
    await mention.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('#person-ines-calloway');
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ines Calloway');
    expect(errors).toEqual([]);
  });

  it('open inside the full story too, where ids are scoped per section', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}${BASE}full-story/`);
    await page.locator('#life-on-the-island button.mention', { hasText: 'Priya Raman' }).click();
    await page.locator('#life-on-the-island--person-priya-raman').waitFor({ state: 'visible' });
  });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
])('people cards at $width×$height, every card on the site', (viewport) => {
  it('open wholly on screen from a name low on the screen, Close reachable, and close on Escape and on a tap outside', async () => {
    const { url, content } = realSite();
    const { width, height } = viewport;
    const { page, errors } = await openPage(browser(), { viewport, hasTouch: true });
    const paths = explainerSlugs(content).flatMap((e) => sectionsOf(content, e).map((s) => `/${e}/${s.slug}/`));
    const low: string[] = [];
    const off: string[] = [];
    const covered: string[] = [];
    for (const path of paths) {
      await page.goto(`${url}${path}`);
      const mentions = page.locator('article button.mention');
      const count = await mentions.count();
      for (let i = 0; i < count; i++) {
        const mention = mentions.nth(i);
        const name = `${path} ${await mention.textContent()}`;
        // Bring the name as low on the screen as the page allows, above any bar fixed to the bottom.
        await mention.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - 110)));
        const at = (await mention.boundingBox())!;
        if (at.y > height / 2) low.push(name);
        await mention.click();
        const card = page.locator(`[id="${await mention.getAttribute('popovertarget')}"]`);
        await card.waitFor({ state: 'visible' });
        const box = (await card.boundingBox())!;
        if (box.x < 0 || box.y < 0 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5) off.push(`${name}: ${JSON.stringify(box)}`);
        // On a phone the name the reader tapped stays in view: the sheet keeps to the screen's far edge.
        if (width < 640 && at.y < box.y + box.height && box.y < at.y + at.height && at.x < box.x + box.width && box.x < at.x + at.width) covered.push(name);
        // Close is on screen and is what a tap at its centre reaches.
        const close = (await card.locator('button.close').boundingBox())!;
        expect(close.y, name).toBeGreaterThanOrEqual(0);
        expect(close.y + close.height, name).toBeLessThanOrEqual(height);
        const reached = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('button.close') !== null, [close.x + close.width / 2, close.y + close.height / 2]);
        expect(reached, `${name}: Close is covered`).toBe(true);
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'hidden' });
        await mention.click();
        await card.waitFor({ state: 'visible' });
        // A tap outside the card: above it (a sheet) or beside it.
        const open = (await card.boundingBox())!;
        const outside = open.y > 40 ? { x: width / 2, y: open.y / 2 } : { x: open.x > 40 ? open.x / 2 : width - 20, y: height - 20 };
        await page.touchscreen.tap(outside.x, outside.y);
        await card.waitFor({ state: 'hidden' });
        expect(page.url(), `${name}: the tap outside only closes the card`).toBe(`${url}${path}`);
      }
    }
    expect(off, 'cards that run off the screen').toEqual([]);
    expect(covered, 'cards that cover the name they were opened from').toEqual([]);
    expect(low.length, 'names tried in the lower half of the screen').toBeGreaterThan(5);
    expect(errors).toEqual([]);
    // Time for each card the content has, opened and closed twice, on a busy machine: any content, any size.
  }, Math.max(60_000, mentionCount() * 4_000));
});

describe('a link to the people page as it was (one page, an entry per person)', () => {
  it('lands on the person’s own page', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site}/people/#sorcha-mulvaney`);
    await page.waitForURL(`${site}/people/sorcha-mulvaney/`);
    expect(await page.locator('h1').innerText()).toBe('Sorcha Mulvaney');
    expect(errors).toEqual([]);
  });
});
