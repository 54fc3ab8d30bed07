// People cards in real Chromium, on the fixture explainer: axe-core with a card open in light and
// dark; cards open in place and close again without JavaScript; Escape hands focus back to the
// mention; cards work inside the full story. (Axe over every page is in every-page.test.ts; the
// quote-speaker search filter is checked on the shipped index in search-index.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';

const site = inject('fixtureSiteUrl');
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
