// Search as a reader meets it, in real Chromium against the served fixture explainer: the header
// dialog, the keyboard, the search page and its URL, highlighting on arrival, and what must never happen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';
import { fixtureSite } from '../support/served';
import { explainerSlugs } from '../support/source';

const site = inject('fixtureSiteUrl');
const EXPLAINER = '/ferry-strike';
const SECTION = `${EXPLAINER}/who-pays/`;
const SECTIONS = ['the-vote', 'who-pays', 'life-on-the-island', 'talks'].map((s) => `${EXPLAINER}/${s}/`);

const browser = useBrowser();

/** A page that records every URL it requests, as site paths. */
async function tracked(options: Parameters<typeof openPage>[1] = {}) {
  const { page, errors } = await openPage(browser(), options);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url().replace(site, '')));
  return { page, errors, requested, pagefind: () => requested.filter((u) => u.startsWith('/pagefind/')) };
}

const dialog = (page: Page) => page.locator('pagefind-modal.search-dialog dialog');
const resultLinks = (page: Page) => page.locator('.search-result-link');
const pathOf = (href: string | null) => new URL(href ?? '', site).pathname;

async function openWithShortcut(page: Page, chord = 'Control+k') {
  await page.keyboard.press(chord);
  await dialog(page).and(page.locator('[open]')).waitFor();
}

/** Types into the focused search box and waits for the first result of that search. */
async function search(page: Page, term: string) {
  await page.keyboard.type(term);
  // The summary names the term once the search has finished ("3 sections mention “ferry”").
  await page.waitForFunction(
    (t) =>
      [...document.querySelectorAll('pagefind-summary')].some(
        (s) => s.textContent?.includes(`“${t}”`) && !s.textContent.startsWith('Searching'),
      ),
    term,
  );
}

async function firstResultPath(page: Page) {
  await resultLinks(page).first().waitFor();
  return pathOf(await resultLinks(page).first().getAttribute('href'));
}

describe('the search dialog', () => {
  it('loads no Pagefind file on first view of a section page, its UI and engine when search opens, and the index with the first search', async () => {
    const { page, errors, pagefind } = await tracked();
    await page.goto(`${site}${SECTION}`, { waitUntil: 'networkidle' });
    expect(pagefind()).toEqual([]);
    const loaded = () => pagefind().map((u) => u.split('?')[0]!);
    // The header control is a button once scripts run (a plain link to /search/ before).
    await page.getByRole('button', { name: 'Search' }).click();
    await dialog(page).and(page.locator('[open]')).waitFor();
    // Opened, nothing typed yet: the UI, the engine and its worker.
    await expect
      .poll(loaded)
      .toEqual(
        expect.arrayContaining([
          '/pagefind/pagefind-component-ui.js',
          '/pagefind/pagefind-component-ui.css',
          '/pagefind/pagefind.js',
          '/pagefind/pagefind-worker.js',
        ]),
      );
    // The first search: the engine's wasm and the part of the index it needs.
    await search(page, 'ferry');
    await expect.poll(loaded).toContain('/pagefind/wasm.en.pagefind');
    expect(loaded().some((u) => u.startsWith('/pagefind/index/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens with Ctrl+K and Cmd+K, not "/", and Escape closes it and returns focus', async () => {
    const { page, errors, pagefind } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await page.keyboard.press('/');
    // Give a wrongly bound shortcut the time to open the dialog (a test of absence cannot poll).
    await page.waitForTimeout(300);
    expect(await dialog(page).count()).toBe(0);
    expect(pagefind()).toEqual([]);

    const link = page.locator('.section-nav a').first();
    for (const chord of ['Control+k', 'Meta+k']) {
      await link.focus();
      await openWithShortcut(page, chord);
      // Focus is in the search box, which has a visible label.
      const focused = await page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        const label = input.labels?.[0];
        const box = label?.getBoundingClientRect();
        return {
          inDialog: Boolean(input.closest('dialog[open]')),
          type: input.type,
          label: label?.textContent,
          labelVisible: Boolean(label?.checkVisibility()) && (box?.width ?? 0) > 20 && (box?.height ?? 0) > 10,
        };
      });
      expect(focused).toEqual({ inDialog: true, type: 'search', label: 'Search the explainers', labelVisible: true });
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      const href = await link.getAttribute('href');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(href);
    }
    expect(errors).toEqual([]);
  });

  it('returns focus to the header button it was opened from', async () => {
    const { page } = await tracked();
    await page.goto(`${site}${SECTION}`);
    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    await dialog(page).and(page.locator('[open]')).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('finds "subsidy" in Who pays first, with excerpt and heading sub-results', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}${EXPLAINER}/`);
    await openWithShortcut(page);
    await search(page, 'subsidy');
    expect(await firstResultPath(page)).toBe(SECTION);
    const first = page.locator('.search-result').first();
    await expect.poll(() => first.locator('.search-result-title').textContent()).toBe('Who pays');
    await expect.poll(() => first.locator('.search-result-excerpt mark').first().textContent()).toMatch(/subsidy/i);
    const headings = () => first.locator('.search-result-heading').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect.poll(headings).toContain(`${SECTION}?pagefind-highlight=subsidy#the-subsidy-question`);
    expect(errors).toEqual([]);
  });

  it('finds "Kowalczyk" in Talks first', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'Kowalczyk');
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/talks/`);
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'subsidy');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"][aria-live]')].some((r) => r.textContent === '1 section mentions “subsidy”'),
    );
  });

  it('says what to try when nothing matches', async () => {
    const { page } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'xylophone');
    await expect
      .poll(() => page.locator('pagefind-summary').textContent())
      .toMatch(/No section mentions “xylophone”\. Try a single word, a surname, a broader topic, or another spelling\./);
    expect(await resultLinks(page).count()).toBe(0);
  });

  it('moves through results with the arrow keys, and Enter opens one with the words highlighted', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}${EXPLAINER}/`);
    await openWithShortcut(page);
    await search(page, 'subsidy');
    await resultLinks(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const href = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await expect.poll(href).toBe(`${SECTION}?pagefind-highlight=subsidy`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(href).toMatch(/#the-subsidy-question$/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(href).toBe(`${SECTION}?pagefind-highlight=subsidy`);
    await Promise.all([page.waitForURL(`**${SECTION}?pagefind-highlight=subsidy`), page.keyboard.press('Enter')]);
    const marks = page.locator('[data-pagefind-body] mark.search-highlight');
    await marks.first().waitFor({ state: 'visible' });
    const marked = await marks.allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toBe('subsidy');
    expect(errors).toEqual([]);
  });

  it('lands a heading sub-result on that heading, highlighted', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'subsidy');
    const heading = page.locator('.search-result-heading[href$="#the-subsidy-question"]');
    await Promise.all([page.waitForURL(`**${SECTION}?pagefind-highlight=subsidy#the-subsidy-question`), heading.click()]);
    await page.locator('h2#the-subsidy-question').waitFor({ state: 'visible' });
    await page.locator('mark.search-highlight').first().waitFor();
  });

  it('highlights the page’s own spelling when found through an alias', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'Kowalczik');
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/talks/`);
    await Promise.all([page.waitForURL(`**${EXPLAINER}/talks/**`), resultLinks(page).first().click()]);
    await page.locator('mark.search-highlight').first().waitFor();
    expect(await page.locator('mark.search-highlight').allTextContents()).toContain('Kowalczyk');
  });
});

describe('the search page', () => {
  it('restores a search from ?q= and keeps the URL in step with typing, without reloading', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}/search/?q=subsidy`);
    expect(await firstResultPath(page)).toBe(SECTION);
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search the explainers' }).inputValue()).toBe('subsidy');
    await page.locator('pagefind-input label').waitFor({ state: 'visible' });
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.locator('pagefind-input input').fill('');
    await page.locator('pagefind-input input').focus();
    await search(page, 'bread');
    await page.waitForURL(`${site}/search/?q=bread`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a query as text and runs none of it', async () => {
    const { page, errors } = await tracked();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`${site}/search/?q=${encodeURIComponent(payload)}`);
    await page.waitForFunction((p) => document.querySelector('pagefind-summary')?.textContent?.includes(p), payload);
    await expect.poll(() => page.locator('pagefind-input input').inputValue()).toBe(payload);
    // Give an injected image the time to load and fire (a test of absence cannot poll).
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('narrows results with the section, topic and person filters', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/search/?q=Mulvaney`);
    await resultLinks(page).first().waitFor();
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(1);
    // An explainer filter only where there is more than one explainer to tell apart in this page's
    // language: Pagefind keeps one index per language.
    const content = fixtureSite().content;
    const explainers = explainerSlugs(content).filter((slug) => !/^lang:\s*(?!en\b)/m.test(readFileSync(join(content, slug, 'index.mdx'), 'utf8'))).length;
    const filters = await page.locator('pagefind-filter-dropdown').evaluateAll((els) => els.map((e) => e.getAttribute('filter')));
    expect(filters).toEqual([...(explainers > 1 ? ['explainer'] : []), 'section', 'topics', 'people']);
    await page.locator('pagefind-filter-dropdown[filter="people"] button[role="combobox"]').click();
    await page.getByRole('option', { name: /Priya Raman/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result-link').length === 1);
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/life-on-the-island/`);
  });

  it('says plainly that search needs JavaScript, and links to every section, when scripts are off', async () => {
    const { page, pagefind } = await tracked({ javaScriptEnabled: false });
    await page.goto(`${site}/search/`);
    await page.locator('main p', { hasText: 'Search needs JavaScript' }).waitFor({ state: 'visible' });
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(SECTIONS));
    expect(await page.locator('main p', { hasText: 'Loading search' }).isHidden()).toBe(true);
    // The header's control is a plain link to this page.
    await page.locator('header a[href="/search/"]').waitFor({ state: 'visible' });
    expect(pagefind()).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe with search in use, in the %s scheme', (colorScheme) => {
  it('finds no violation in the open dialog with results, nor on the search page with results', async () => {
    const { page, errors } = await tracked({ colorScheme });
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'subsidy');
    await resultLinks(page).first().waitFor();
    const found = await axeViolations(page, 'dialog');
    await page.goto(`${site}/search/?q=Mulvaney`);
    await resultLinks(page).first().waitFor();
    found.push(...(await axeViolations(page, 'search page')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
