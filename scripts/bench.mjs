// `npm run bench`: measures the built site in Chromium, one table per measurement. Speed and size
// are measured here and never in tests. Builds first when dist/ has no search index.
//
// A measurement is a function ({ browser, siteUrl, dist }) => { title, rows } (rows: objects with
// the same keys); add one by listing it in MEASUREMENTS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { firstSearchBytes, pagefindSize, searchLatency } from './bench/search.mjs';
import { printTable } from './bench/table.mjs';
import { serve } from './serve.mjs';

const MEASUREMENTS = [searchLatency, firstSearchBytes, pagefindSize];

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
  for (const measure of MEASUREMENTS) {
    const { title, rows } = await measure({ browser, siteUrl: site.url, dist });
    printTable(title, rows);
  }
} finally {
  await browser.close();
  await site.close();
}
