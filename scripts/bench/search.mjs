// Search as a reader meets it, measured in Chromium against the served build: how long from the last
// keystroke to the first result on screen, what a first search downloads, and what dist/pagefind weighs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { kb } from './table.mjs';

const SECTION = '/trump-putin-call/pressure-tactics/';
/** Typing speed of a brisk reader; Pagefind's box waits 150 ms after the last key before searching. */
const KEY_DELAY_MS = 80;
const COLD_TERMS = ['tariffs', 'Zelenskyy', 'nuclear', 'Kremlin', 'sanctions'];
const WARM_TERMS = ['oil', 'China', 'Putin', 'Ukraine', 'treaty'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

/** Which part of search a file under /pagefind/ (or our own chunk) belongs to. */
function searchPart(path) {
  if (/^\/_astro\/search-ui[.-]/.test(path) || /pagefind-component-ui\./.test(path)) return 'UI (Component UI and its loader)';
  if (path.endsWith('/pagefind-highlight.js')) return 'highlight script (on pages opened from a result)';
  if (/pagefind(-worker)?\.js$|\/wasm\./.test(path)) return 'engine (script, worker, wasm)';
  if (path.startsWith('/pagefind/')) return 'index (entry, meta, chunks, filters, fragments)';
  return undefined;
}

/** Records, inside the page, when the last key went down and when a result of that search was first painted. */
function installRecorder() {
  const bench = { lastKey: 0, shown: 0 };
  window.__searchBench = bench;
  document.addEventListener('keydown', () => {
    bench.lastKey = performance.now();
    bench.shown = 0;
  }, true);
  new MutationObserver((records) => {
    if (bench.shown || !bench.lastKey) return;
    // Pagefind first shows placeholders, then swaps in each result as its data arrives.
    const added = records.some((r) =>
      [...r.addedNodes].some((n) => n instanceof Element && (n.matches('.search-result') || n.querySelector('.search-result'))),
    );
    if (!added) return;
    // Painted: the frame after the result entered the DOM, if it is on screen.
    requestAnimationFrame(() => {
      const result = document.querySelector('.search-result');
      if (!bench.shown && result?.checkVisibility()) bench.shown = performance.now();
    });
  }).observe(document.body, { childList: true, subtree: true });
}

export async function timeSearch(page, term, delay = KEY_DELAY_MS) {
  await page.keyboard.type(term, { delay });
  await page.waitForFunction(() => window.__searchBench.shown > 0, null, { timeout: 30_000 });
  return page.evaluate(() => window.__searchBench.shown - window.__searchBench.lastKey);
}

export async function openSearch(page, siteUrl, section = SECTION) {
  await page.goto(`${siteUrl}${section}`, { waitUntil: 'networkidle' });
  await page.evaluate(installRecorder);
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal dialog[open] input').waitFor();
}

/**
 * Milliseconds from the last keystroke to the first result on screen. Cold: a fresh browser with
 * nothing cached opens search and types (Pagefind loads while the reader types), or types in one go,
 * leaving no time to load first. Warm: the same reader's next search in the open dialog.
 */
export async function searchLatency({ browser, siteUrl }) {
  const series = { cold: [], coldAtOnce: [], warm: [] };
  for (const [i, term] of COLD_TERMS.entries()) {
    for (const atOnce of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await openSearch(page, siteUrl);
      if (atOnce) {
        series.coldAtOnce.push(await timeSearch(page, term, 0));
      } else {
        series.cold.push(await timeSearch(page, term));
        await page.locator('pagefind-modal input').fill('');
        series.warm.push(await timeSearch(page, WARM_TERMS[i]));
      }
      await context.close();
    }
  }
  const row = (name, values) => ({ search: name, median: ms(median(values)), min: ms(Math.min(...values)), max: ms(Math.max(...values)), runs: values.length });
  return {
    title: `Search: last keystroke to first visible result (includes the box's 150 ms wait after typing)`,
    rows: [
      row(`cold, typed at ${KEY_DELAY_MS} ms a key`, series.cold),
      row('cold, typed at once', series.coldAtOnce),
      row(`warm, typed at ${KEY_DELAY_MS} ms a key`, series.warm),
    ],
  };
}

/** Response bodies a first search downloads after the section page has loaded, as sent (compressed as a CDN would). */
export async function firstSearchBytes({ browser, siteUrl, dist }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${SECTION}`, { waitUntil: 'networkidle' });
  await page.evaluate(installRecorder);
  // Context-wide, so the requests Pagefind's worker makes are counted too.
  const pending = [];
  context.on('requestfinished', (request) => pending.push(transferred(request, dist)));
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal dialog[open] input').waitFor();
  await timeSearch(page, 'tariffs');
  await page.waitForLoadState('networkidle');
  const requests = await Promise.all(pending);
  await context.close();

  const parts = new Map();
  for (const r of requests) {
    const part = searchPart(r.path) ?? r.path;
    const p = parts.get(part) ?? { files: 0, bytes: 0 };
    p.files += 1;
    p.bytes += r.bytes;
    parts.set(part, p);
  }
  const rows = [...parts].map(([part, p]) => ({ part, requests: p.files, transferred: kb(p.bytes) }));
  const total = [...parts.values()].reduce((sum, p) => ({ files: sum.files + p.files, bytes: sum.bytes + p.bytes }), { files: 0, bytes: 0 });
  rows.push({ part: 'total', requests: total.files, transferred: kb(total.bytes) });
  return { title: 'Search: bytes downloaded for a first search ("tariffs"), after the page itself (bodies, compressed as sent)', rows };
}

/** A finished request's path and body bytes as sent. Chromium reports no size for a worker's own script: that one is compressed here as the server does. */
async function transferred(request, dist) {
  const path = new URL(request.url()).pathname;
  const { responseBodySize } = await request.sizes();
  if (responseBodySize > 0) return { path, bytes: responseBodySize };
  const file = readFileSync(join(dist, path));
  return { path, bytes: /\.(js|css|json)$/.test(path) ? brotliCompressSync(file).length : file.length };
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The size of dist/pagefind on disk, and brotli-compressed where a host would compress it. */
export async function pagefindSize({ dist }) {
  const dir = join(dist, 'pagefind');
  const parts = new Map();
  for (const file of filesUnder(dir)) {
    const path = `/pagefind/${relative(dir, file).split('\\').join('/')}`;
    const part = searchPart(path) ?? 'other';
    const size = statSync(file).size;
    // Pagefind gzips its own index and wasm files; hosts compress only the text ones.
    const compressed = /\.(js|css|json)$/.test(file) ? brotliCompressSync(readFileSync(file)).length : size;
    const p = parts.get(part) ?? { files: 0, size: 0, compressed: 0 };
    p.files += 1;
    p.size += size;
    p.compressed += compressed;
    parts.set(part, p);
  }
  const rows = [...parts].map(([part, p]) => ({ part, files: p.files, 'on disk': kb(p.size), compressed: kb(p.compressed) }));
  const total = [...parts.values()].reduce((s, p) => ({ files: s.files + p.files, size: s.size + p.size, compressed: s.compressed + p.compressed }), { files: 0, size: 0, compressed: 0 });
  rows.push({ part: 'total', files: total.files, 'on disk': kb(total.size), compressed: kb(total.compressed) });
  return { title: 'Search: dist/pagefind', rows };
}
