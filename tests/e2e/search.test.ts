// Search as a reader meets it, in real Chromium against the served build: the header dialog, the
// keyboard, the search page and its URL, highlighting on arrival, and what must never happen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

const site = inject('siteUrl');
const EXPLAINER = '/trump-putin-call';
const SECTION = `${EXPLAINER}/pressure-tactics/`;
const SECTIONS = ['call-prospects', 'pressure-tactics', 'arms-control', 'other-countries'].map((s) => `${EXPLAINER}/${s}/`);

const browser = useBrowser();
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.context().close()));
});

/** A page that records every URL it requests, as site paths. */
async function tracked(options: Parameters<typeof openPage>[1] = {}) {
  const { page, errors } = await openPage(browser(), options);
  opened.push(page);
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
  // The summary names the term once the search has finished ("3 sections mention “oil”").
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
  it('loads no Pagefind file on first view of a section page, and loads it when search opens', async () => {
    const { page, errors, pagefind } = await tracked();
    await page.goto(`${site}${SECTION}`, { waitUntil: 'networkidle' });
    expect(pagefind()).toEqual([]);
    // The header control is a button once scripts run (a plain link to /search/ before).
    const button = page.getByRole('button', { name: 'Search' });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await dialog(page).and(page.locator('[open]')).waitFor();
    await search(page, 'oil');
    const loaded = pagefind().map((u) => u.split('?')[0]);
    expect(loaded).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind-component-ui.js',
        '/pagefind/pagefind-component-ui.css',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/wasm.en.pagefind',
      ]),
    );
    expect(errors).toEqual([]);
  });

  it('opens with Ctrl+K and Cmd+K, not "/", and Escape closes it and returns focus', async () => {
    const { page, errors, pagefind } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await page.keyboard.press('/');
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
      await expect(dialog(page).evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
      await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).resolves.toBe(
        await link.getAttribute('href'),
      );
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
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  });

  it('finds "tariffs" in Pressure tactics first, with excerpt and heading sub-results', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}${EXPLAINER}/`);
    await openWithShortcut(page);
    await search(page, 'tariffs');
    expect(await firstResultPath(page)).toBe(SECTION);
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-result-title').textContent()).resolves.toBe('Pressure tactics');
    await expect(first.locator('.search-result-excerpt mark').first().textContent()).resolves.toMatch(/tariffs/i);
    const headings = await first.locator('.search-result-heading').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(headings).toContain(`${SECTION}?pagefind-highlight=tariffs#pressure-tactics`);
    expect(errors).toEqual([]);
  });

  it('finds "Zelenskyy" in Other countries first', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'Zelenskyy');
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/other-countries/`);
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'tariffs');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"][aria-live]')].some((r) => r.textContent === '1 section mentions “tariffs”'),
    );
  });

  it('says what to try when nothing matches', async () => {
    const { page } = await tracked();
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'xylophone');
    const summary = await page.locator('pagefind-summary').textContent();
    expect(summary).toMatch(/No section mentions “xylophone”\. Try a single word, a surname, a broader topic, or another spelling\./);
    expect(await resultLinks(page).count()).toBe(0);
  });

  it('moves through results with the arrow keys, and Enter opens one with the words highlighted', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}${EXPLAINER}/`);
    await openWithShortcut(page);
    await search(page, 'tariffs');
    await resultLinks(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const href = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await expect(href()).resolves.toBe(`${SECTION}?pagefind-highlight=tariffs`);
    await page.keyboard.press('ArrowDown');
    await expect(href()).resolves.toMatch(/#pressure-tactics$/);
    await page.keyboard.press('ArrowUp');
    await expect(href()).resolves.toBe(`${SECTION}?pagefind-highlight=tariffs`);
    await Promise.all([page.waitForURL(`**${SECTION}?pagefind-highlight=tariffs`), page.keyboard.press('Enter')]);
    const marks = page.locator('[data-pagefind-body] mark.search-highlight');
    await marks.first().waitFor();
    const marked = await marks.allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toBe('tariffs');
    await expect(marks.first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('lands a heading sub-result on that heading, highlighted', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'tariffs');
    const heading = page.locator('.search-result-heading[href$="#pressure-tactics"]');
    await Promise.all([page.waitForURL(`**${SECTION}?pagefind-highlight=tariffs#pressure-tactics`), heading.click()]);
    await expect(page.locator('h2#pressure-tactics').isVisible()).resolves.toBe(true);
    await page.locator('mark.search-highlight').first().waitFor();
  });

  it('highlights the page’s own spelling when found through an alias', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/`);
    await openWithShortcut(page);
    await search(page, 'Zelensky');
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/other-countries/`);
    await Promise.all([page.waitForURL(`**${EXPLAINER}/other-countries/**`), resultLinks(page).first().click()]);
    await page.locator('mark.search-highlight').first().waitFor();
    expect(await page.locator('mark.search-highlight').allTextContents()).toContain('Zelenskyy');
  });
});

describe('the search page', () => {
  it('restores a search from ?q= and keeps the URL in step with typing, without reloading', async () => {
    const { page, errors } = await tracked();
    await page.goto(`${site}/search/?q=tariffs`);
    expect(await firstResultPath(page)).toBe(SECTION);
    await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe('tariffs');
    await expect(page.getByRole('searchbox', { name: 'Search the explainers' }).inputValue()).resolves.toBe('tariffs');
    await expect(page.locator('pagefind-input label').isVisible()).resolves.toBe(true);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.locator('pagefind-input input').fill('');
    await page.locator('pagefind-input input').focus();
    await search(page, 'oil');
    await page.waitForURL(`${site}/search/?q=oil`);
    await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
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
    await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe(payload);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('narrows results with the section, topic and person filters', async () => {
    const { page } = await tracked();
    await page.goto(`${site}/search/?q=Trump`);
    await resultLinks(page).first().waitFor();
    expect(await resultLinks(page).count()).toBeGreaterThan(1);
    // One explainer: no explainer filter, since it could not tell results apart.
    const filters = await page.locator('pagefind-filter-dropdown').evaluateAll((els) => els.map((e) => e.getAttribute('filter')));
    expect(filters).toEqual(['section', 'topics', 'people']);
    await page.locator('pagefind-filter-dropdown[filter="people"] button[role="combobox"]').click();
    await page.getByRole('option', { name: /Daryl Kimball/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result-link').length === 1);
    expect(await firstResultPath(page)).toBe(`${EXPLAINER}/arms-control/`);
  });

  it('says plainly that search needs JavaScript, and links to every section, when scripts are off', async () => {
    const { page, pagefind } = await tracked({ javaScriptEnabled: false });
    await page.goto(`${site}/search/`);
    const notice = page.locator('main p', { hasText: 'Search needs JavaScript' });
    await expect(notice.isVisible()).resolves.toBe(true);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(SECTIONS));
    await expect(page.locator('main p', { hasText: 'Loading search' }).isVisible()).resolves.toBe(false);
    // The header's control is a plain link to this page.
    await expect(page.locator('header a[href="/search/"]').isVisible()).resolves.toBe(true);
    expect(pagefind()).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe with search in use, in the %s scheme', (colorScheme) => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
  const violations = async (page: Page, where: string) =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
      (v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
    );

  it('finds no violation in the open dialog with results, nor on the search page with results', async () => {
    const { page, errors } = await tracked({ colorScheme });
    await page.goto(`${site}${SECTION}`);
    await openWithShortcut(page);
    await search(page, 'tariffs');
    await resultLinks(page).first().waitFor();
    const found = await violations(page, 'dialog');
    await page.goto(`${site}/search/?q=Trump`);
    await resultLinks(page).first().waitFor();
    found.push(...(await violations(page, 'search page')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
