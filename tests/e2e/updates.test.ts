// Updates a returning reader can follow, in real Chromium on the fixture explainer with an update that
// names a section: a first visit marks nothing; a visit remembered from before the update marks the changed
// section on the overview and on the section itself, moving nothing on screen; "Mark as read" clears it for
// good. The visit lives in the reader's localStorage only. The changed section is read from the page.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';
import { visitKey } from '../../src/lib/last-visit';

const site = inject('fixtureSiteUrl');
const browser = useBrowser();
const EXPLAINER = 'ferry-strike';
const OVERVIEW = `/${EXPLAINER}/`;
const KEY = visitKey(EXPLAINER);

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const unread = (page: Page) => page.locator('[data-unread]').count();
const marks = (page: Page) => page.locator('.since-visit');
/**
 * Where the page's text stands on the first screen: the top and left of every element in <main> that starts
 * there, the marks themselves aside. The same with and without marks means the marks moved nothing shown.
 */
const firstScreen = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.since-visit'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.top < innerHeight)
      .map((r) => `${Math.round(r.top)},${Math.round(r.left)}`),
  );
};
/** A page seen on a first visit: nothing marked, the visit recorded. */
async function firstVisit(path: string) {
  const opened = await openPage(browser());
  await opened.page.goto(`${site}${path}`);
  await expect.poll(() => stored(opened.page)).not.toBeNull();
  return opened;
}
const toBottom = (page: Page) => page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));

describe('changes since the last visit', () => {
  it('marks nothing on a first visit, and remembers it', async () => {
    const { page, errors } = await firstVisit(OVERVIEW);
    await toBottom(page);
    await page.waitForTimeout(200);
    expect(await unread(page)).toBe(0);
    expect(await marks(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('marks what changed since a visit before the update, on the overview and the section, until marked as read', async () => {
    const { page, errors } = await firstVisit(OVERVIEW);
    const unmarked = await firstScreen(page);
    // The reader last came before the fixture's update (5 March 2025).
    const before = Date.parse('2025-03-01T12:00:00Z');
    await page.evaluate(([key, visit]) => localStorage.setItem(key!, visit!), [KEY, JSON.stringify({ at: before, from: before, seen: [], ids: [] })]);
    await page.reload();

    const changed = page.locator('li[data-changed]');
    expect(await changed.count()).toBeGreaterThan(0);
    await expect.poll(() => unread(page)).toBe(await changed.count());
    expect(await page.locator('li[data-unread]').count()).toBe(await changed.count());
    expect(await firstScreen(page)).toEqual(unmarked);
    await toBottom(page);
    await expect.poll(() => changed.first().locator('.since-visit').count()).toBe(1);
    expect(await changed.first().locator('.since-visit').innerText()).toContain('Changed since your last visit');
    expect(await axeViolations(page, OVERVIEW)).toEqual([]);

    // The section it links to, in the same visit: its change note is marked too.
    const section = (await changed.first().locator('a').first().getAttribute('href'))!;
    await page.goto(`${site}${section}`);
    const note = page.locator('.change-note[data-changed]');
    await expect.poll(() => note.getAttribute('data-unread')).toBe('');
    expect(await firstScreen(page)).toEqual(await firstScreen((await firstVisit(section)).page));
    // The note is on the first screen: its mark waits until the place it takes is off screen.
    expect(await marks(page).count()).toBe(0);
    await toBottom(page);
    await expect.poll(() => marks(page).count()).toBe(1);
    expect(await axeViolations(page, section)).toEqual([]);
    await marks(page).getByRole('button', { name: 'Mark as read' }).click();
    expect(await marks(page).count()).toBe(0);
    expect(await unread(page)).toBe(0);

    for (const path of [section, OVERVIEW]) {
      await page.goto(`${site}${path}`);
      await page.waitForLoadState('load');
      await toBottom(page);
      await page.waitForTimeout(200);
      expect(await unread(page), path).toBe(0);
      expect(await marks(page).count(), path).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('shows nothing without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}${OVERVIEW}`);
    expect(await page.getByText('Changed since your last visit').count()).toBe(0);
    expect(await page.getByText('Mark as read').isVisible()).toBe(false);
  });
});
