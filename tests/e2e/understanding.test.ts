// In real Chromium against the served build: the pages this feature adds or changes pass axe in
// light and dark schemes, people cards open in place without JavaScript, and Pagefind can filter
// quotations by speaker.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { fileFor, pagePaths } from '../support/dist';
import { serve } from '../../scripts/serve.mjs';

const BASE = '/trump-putin-call/';
const SECTIONS = ['call-prospects', 'pressure-tactics', 'arms-control', 'other-countries'].map((s) => `${BASE}${s}/`);
const PAGES = [BASE, ...SECTIONS, `${BASE}full-story/`, ...pagePaths().filter((p) => p.startsWith('/people/') || p.startsWith('/topics/'))];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
const site = () => inject('siteUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const violationsOf = async (page: import('playwright-core').Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );

describe('accessibility (axe-core)', () => {
  it('covers the pages this feature adds: people, topics and every topic page', () => {
    expect(PAGES).toContain('/people/');
    expect(PAGES).toContain('/topics/');
    expect(PAGES.filter((p) => p.startsWith('/topics/') && p !== '/topics/').length).toBeGreaterThanOrEqual(5);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations on the overview, sections, full story, people and topic pages in the ${colorScheme} scheme`, async () => {
      const { page, errors } = await openPage(browser, { colorScheme });
      const found: Record<string, string[]> = {};
      for (const path of PAGES) {
        await page.goto(site() + path);
        const violations = await violationsOf(page);
        if (violations.length) found[path] = violations;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`finds no violations with a person card open, in the ${colorScheme} scheme`, async () => {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(site() + SECTIONS[1]);
      await page.locator('button.mention').first().click();
      await expect.poll(() => page.locator('#person-donald-trump').isVisible()).toBe(true);
      expect(await violationsOf(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('people cards', () => {
  it('open in place from the first mention and close again, with JavaScript turned off', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(site() + SECTIONS[3]);
    const card = page.locator('#person-andriy-yermak');
    expect(await card.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Andriy Yermak' }).click();
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('.role-text').textContent()).toBe('the head of the office of the President of Ukraine');
    await card.getByRole('button', { name: 'Close' }).click();
    expect(await card.isVisible()).toBe(false);
    await page.context().close();
  });

  it('close with Escape and hand focus back to the mention', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(site() + SECTIONS[1]);
    const mention = page.getByRole('button', { name: 'Dmitry Peskov' });
    await mention.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('#person-dmitry-peskov');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dmitry Peskov');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('open inside the full story too, where ids are scoped per section', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}${BASE}full-story/`);
    await page.locator('#arms-control button.mention', { hasText: 'Daryl Kimball' }).click();
    await expect.poll(() => page.locator('#arms-control--person-daryl-kimball').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('search by speaker (Pagefind filter)', () => {
  let dir: string;
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the sections where a person is quoted, from the speaker marked on each quotation', async () => {
    // Index the built section pages on their own, as the site's search integration will.
    dir = mkdtempSync(join(tmpdir(), 'speaker-index-'));
    const { index } = await pagefind.createIndex();
    for (const path of SECTIONS) {
      const { errors } = await index!.addHTMLFile({ url: path, content: readFileSync(fileFor(path)!, 'utf8') });
      expect(errors).toEqual([]);
    }
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>speaker index</title>');
    const server = await serve({ root: dir, port: 0 });
    close = server.close;

    const { page } = await openPage(browser);
    await page.goto(`${server.url}/`);
    // A string, not a function: Vite rewrites import() inside functions it transforms.
    const result = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const urls = async (speaker) => {
        const search = await pf.search(null, { filters: { speaker } });
        return (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url).sort();
      };
      return {
        speakers: Object.keys((await pf.filters()).speaker ?? {}).sort(),
        peskov: await urls('Dmitry Peskov'),
        trump: await urls('Donald Trump'),
      };
    })()`)) as { speakers: string[]; peskov: string[]; trump: string[] };
    expect(result.speakers).toEqual(['Andriy Yermak', 'Daryl Kimball', 'Dmitry Peskov', 'Donald Trump', 'Joseph Webster', 'Mike Waltz', 'Vladimir Putin']);
    expect(result.peskov).toEqual([`${BASE}pressure-tactics/`]);
    expect(result.trump).toEqual([SECTIONS[0], SECTIONS[1], SECTIONS[3]].sort());
    await page.context().close();
  });
});
