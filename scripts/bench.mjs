// `npm run bench`: measures the built site in Chromium, one table per measurement. Speed and size
// are measured here and never in tests. Builds first when dist/ has no search index.
//
// A measurement is a function ({ browser, siteUrl, dist }) => { title, rows, failed? } or { tables:
// [{ title, rows }], failed? } (rows: objects with the same keys; `failed` says which budget was missed);
// add one by listing it in MEASUREMENTS. BENCH_ONLY=pageWeight,lighthouse runs some of them;
// BENCH_SCALE=100,1000 sets the scaling corpora, BENCH_RUNS=3 the fresh readers per search measured there.
// `npm run bench -- --incremental` measures incremental builds alone (scripts/bench/incremental.mjs; BENCH_SCALE, default 1000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lighthouse, pageWeight } from './bench/pages.mjs';
import { buildScaling } from './bench/scaling.mjs';
import { incrementalBuilds } from './bench/incremental.mjs';
import { launchChromium } from './bench/browser.mjs';
import { pagefindSize } from './bench/search.mjs';
import { printTable } from './bench/table.mjs';
import { serve } from './serve.mjs';
import { localOrigin } from './site-origin.mjs';

const ALL = [pageWeight, pagefindSize, lighthouse, buildScaling];
const only = process.env.BENCH_ONLY?.split(',');
const MEASUREMENTS = only ? ALL.filter((m) => only.includes(m.name)) : ALL;

const dist = resolve(process.env.EXPLAINER_DIST ?? 'dist');

if (process.argv.includes('--incremental')) {
  // Builds only, no browser: the table the README's incremental-build section shows.
  const { title, rows, budgets, listings } = await incrementalBuilds();
  printTable(title, rows);
  if (listings.length > 0) printTable('The largest page of each listing', listings);
  printTable('Publishing budgets (issue 21)', budgets);
  process.exit(budgets.some((b) => b.result === 'FAIL') ? 1 : 0);
}

if (!existsSync(resolve(dist, 'pagefind'))) {
  console.log(`No search index in ${dist}: building first.`);
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    // Built as npm start builds it: for the local address (the bench serves it on a port of its own).
    env: { ...process.env, SITE_URL: process.env.SITE_URL || localOrigin() },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const site = await serve({ root: dist, port: 0 });
const browser = await launchChromium();
try {
  console.log(`Measuring ${dist} served at ${site.url}, Chromium ${browser.version()}, Node ${process.version}`);
  const failures = [];
  for (const measure of MEASUREMENTS) {
    const started = performance.now();
    const result = await measure({ browser, siteUrl: site.url, dist });
    for (const { title, rows } of result.tables ?? [result]) printTable(title, rows);
    console.log(`(${measure.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const { failed } = result;
    if (failed) failures.push(`${measure.name}: ${failed}`);
  }
  console.log(failures.length ? `\nBudgets missed:\n${failures.join('\n')}` : '\nAll budgets met.');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await browser.close();
  await site.close();
}
