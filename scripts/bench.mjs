// `npm run bench`: measures the built site in Chromium, one table per measurement. Speed and size
// are measured here and never in tests. Builds first when dist/ has no search index.
//
// A measurement is a function ({ browser, siteUrl, dist }) => { title, rows, failed? } (rows: objects
// with the same keys; `failed` says which budget was missed); add one by listing it in MEASUREMENTS.
// BENCH_ONLY=pageWeight,lighthouse runs some of them; BENCH_SCALE=10,100 sets the scaling corpora.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { lighthouse, pageWeight } from './bench/pages.mjs';
import { buildScaling } from './bench/scaling.mjs';
import { firstSearchBytes, pagefindSize, searchLatency } from './bench/search.mjs';
import { printTable } from './bench/table.mjs';
import { serve } from './serve.mjs';

const ALL = [pageWeight, searchLatency, firstSearchBytes, pagefindSize, lighthouse, buildScaling];
const only = process.env.BENCH_ONLY?.split(',');
const MEASUREMENTS = only ? ALL.filter((m) => only.includes(m.name)) : ALL;

const dist = resolve(process.env.EXPLAINER_DIST ?? 'dist');
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(resolve(dist, 'pagefind'))) {
  console.log(`No search index in ${dist}: building first.`);
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const site = await serve({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  console.log(`Measuring ${dist} served at ${site.url}, Chromium ${browser.version()}, Node ${process.version}`);
  const failures = [];
  for (const measure of MEASUREMENTS) {
    const { title, rows, failed } = await measure({ browser, siteUrl: site.url, dist });
    printTable(title, rows);
    if (failed) failures.push(`${measure.name}: ${failed}`);
  }
  console.log(failures.length ? `\nBudgets missed:\n${failures.join('\n')}` : '\nAll budgets met.');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await browser.close();
  await site.close();
}
