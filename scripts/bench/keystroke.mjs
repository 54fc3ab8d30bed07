// Keystroke to first result, and the bytes a first search downloads, for a search UI in Chromium: our
// dialog (the site's own UI over Pagefind's JS API) or Pagefind's Default UI on the same index.
// Times are taken inside the page: from the last keydown to the frame that first paints a result of
// that search, so the box's debounce is included.
import { request as httpRequest } from 'node:http';
import { DEFAULT_UI_PATH } from './default-ui.mjs';
import { searchPart } from './search.mjs';

/** Typing speed of a brisk reader. */
export const KEY_DELAY_MS = 80;

/**
 * A search UI as the bench drives it: the page it lives on, how a reader starts searching there, where to
 * type, and what a rendered result is (with its title filled in, not a placeholder). A first search's
 * bytes are counted from `start` on, or from the page load when the page is nothing but search.
 * `debounce` reads, on the open page, how long the box waits after a key before it searches.
 * @typedef {{ name: string, load: (page: import('playwright-core').Page, siteUrl: string) => Promise<unknown>, start: (page: import('playwright-core').Page) => Promise<void>, debounce: (page: import('playwright-core').Page) => Promise<number>, input: string, result: string, countPageLoad: boolean }} SearchUi
 */

/** @param {string} sectionPath a section page, where a reader opens search from the header */
export function ourUi(sectionPath) {
  return /** @type {SearchUi} */ ({
    name: 'ours',
    input: 'dialog.search-dialog[open] input[data-search-input]',
    result: '.search-result .search-result-title',
    // Search loads when the reader opens it, so the section page itself is not counted.
    countPageLoad: false,
    load: (page, siteUrl) => page.goto(`${siteUrl}${sectionPath}`, { waitUntil: 'networkidle' }),
    start: async (page) => {
      await page.keyboard.press('Control+k');
      await page.locator('dialog.search-dialog[open] input[data-search-input]').waitFor({ timeout: 60_000 });
    },
    // The UI writes its debounce on the box (data-debounce), so the bench never keeps a copy of it.
    debounce: (page) => page.evaluate(() => Number(document.querySelector('dialog.search-dialog input[data-search-input]')?.getAttribute('data-debounce'))),
  });
}

export const DEFAULT_UI = /** @type {SearchUi} */ ({
  name: 'Pagefind Default UI',
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result-link',
  // The page is nothing but search: everything it loads besides its HTML is search.
  countPageLoad: true,
  load: (page, siteUrl) => page.goto(`${siteUrl}${DEFAULT_UI_PATH}`, { waitUntil: 'networkidle' }),
  start: (page) => page.locator('.pagefind-ui__search-input').click(),
  // PagefindUI's default (debounceTimeoutMs), which this page keeps.
  debounce: async () => 300,
});

/** Records, inside the page, the keydowns of the current search and when a result of it was first painted. */
function installRecorder(resultSelector) {
  const bench = { keys: [], shown: 0 };
  window.__searchBench = bench;
  document.addEventListener('keydown', (e) => {
    if (e.key.length === 1) bench.keys.push(performance.now());
    bench.shown = 0;
  }, true);
  new MutationObserver((records) => {
    if (bench.shown || bench.keys.length === 0) return;
    const added = records.some((r) =>
      [...r.addedNodes, r.target].some((n) => n instanceof Element && (n.matches(resultSelector) || n.querySelector(resultSelector))),
    );
    if (!added) return;
    // Painted: the frame after the result entered the DOM, if it is on screen and has its text.
    requestAnimationFrame(() => {
      const result = document.querySelector(resultSelector);
      if (!bench.shown && result?.checkVisibility() && result.textContent?.trim()) bench.shown = performance.now();
    });
    // Installed before the page's own scripts run, when there is no body yet: the document is watched.
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Types `term` into the open UI and returns milliseconds from the last keystroke to the first painted
 * result, and the longest pause between keys (a pause longer than the debounce would search a prefix).
 */
async function timeSearch(page, ui, term) {
  await page.evaluate(() => {
    window.__searchBench.keys = [];
    window.__searchBench.shown = 0;
  });
  await page.locator(ui.input).pressSequentially(term, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => window.__searchBench.shown > 0, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const { keys, shown } = window.__searchBench;
    const gaps = keys.slice(1).map((t, i) => t - keys[i]);
    return { ms: shown - keys.at(-1), longestPause: Math.max(0, ...gaps) };
  });
}

/** Empties the box and waits until the UI has no result on screen. */
async function clear(page, ui) {
  await page.locator(ui.input).fill('');
  await page.waitForFunction((selector) => ![...document.querySelectorAll(selector)].some((r) => r.checkVisibility()), ui.result, { timeout: 10_000 });
}

/** Bytes of a finished request's body as sent (compressed). Chromium reports none for a worker's own script: that one is asked for again, the same way. */
async function bodyBytes(request) {
  const { responseBodySize } = await request.sizes();
  if (responseBodySize > 0) return responseBodySize;
  const headers = await request.allHeaders();
  return new Promise((resolve, reject) => {
    const req = httpRequest(request.url(), { headers: { 'accept-encoding': headers['accept-encoding'] ?? 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * One reader on a fresh page (nothing cached): opens search and types `first` (the cold search), then
 * each of `later` in turn, clearing the box between (warm searches: the engine is loaded, the word's own
 * index chunk and fragments may not be). With `countBytes`, also what the first search downloaded.
 * A session where a pause between two keys outlasted the box's debounce (the machine stalled the
 * typing) has searched a prefix too, so it is measured again, up to `attempts` times; `retried` counts these.
 */
export async function readerSession(browser, siteUrl, ui, first, later, countBytes, attempts = 2) {
  for (let attempt = 1; ; attempt++) {
    const session = await oneSession(browser, siteUrl, ui, first, later, countBytes);
    const pauses = [session.cold, ...session.warm].map((s) => s.longestPause);
    if (Math.max(...pauses) < session.debounce || attempt === attempts) return { ...session, retried: attempt - 1, stalled: Math.max(...pauses) >= session.debounce };
  }
}

async function oneSession(browser, siteUrl, ui, first, later, countBytes) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // Context-wide, so the requests Pagefind's worker makes are counted too.
  const finished = [];
  let counting = countBytes && ui.countPageLoad;
  context.on('requestfinished', (request) => {
    if (counting && request.resourceType() !== 'document') finished.push(request);
  });
  try {
    await page.addInitScript(installRecorder, ui.result);
    await ui.load(page, siteUrl);
    if (countBytes) counting = true;
    await ui.start(page);
    const debounce = await ui.debounce(page);
    const cold = await timeSearch(page, ui, first);
    let bytes;
    if (countBytes) {
      await page.waitForLoadState('networkidle');
      counting = false;
      const sizes = await Promise.all(finished.map(bodyBytes));
      const parts = {};
      finished.forEach((request, i) => {
        const part = searchPart(new URL(request.url()).pathname) ?? 'other';
        parts[part] = (parts[part] ?? 0) + sizes[i];
      });
      bytes = { requests: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), parts, files: finished.map((r, i) => [new URL(r.url()).pathname, sizes[i]]) };
    }
    const warm = [];
    for (const term of later) {
      await clear(page, ui);
      warm.push(await timeSearch(page, ui, term));
    }
    return { cold, warm, bytes, debounce };
  } finally {
    await context.close();
  }
}
