// Lighthouse as a Lighthouse user runs it: its own CLI, with its defaults (mobile preset, simulated
// throttling), in a child process that launches a fresh Chromium per run (chrome-launcher, not
// playwright-core) against the served build; median of N runs per page.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { chromiumPath } from './browser.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** What a headless Debian Chromium needs and nothing more: Lighthouse's launcher adds its own defaults. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
const CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** How often a run Lighthouse itself reports as failed (a trace without a navigation start …) is tried again, as its message asks. */
const RETRIES = 2;

/** One run of the CLI, its report as JSON; a failure is one line naming the page, never the report. */
async function runCli(url, retries = RETRIES) {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, url, `--chrome-flags=${CHROME_FLAGS.join(' ')}`, `--only-categories=${CATEGORIES.join(',')}`, '--output=json', '--output-path=stdout', '--quiet'],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout);
  } catch (error) {
    const said = String(error.stderr ?? error.message).trim().split('\n')[0];
    if (retries > 0 && /Please run Lighthouse again/.test(said)) return runCli(url, retries - 1);
    throw new Error(`Lighthouse failed on ${url}: ${said}`);
  }
}

/**
 * @returns {Promise<Record<string, number>>} median score (0-100) per category, and the medians of what
 * the performance score is made of that move on this site (TBT, LCP, CLS), and of Lighthouse's own
 * measure of how fast the machine was (benchmarkIndex: lower when other work loads the CPU).
 */
export async function lighthouseScores(url, runs = 3) {
  const reports = [];
  for (let i = 0; i < runs; i++) reports.push(await runCli(url));
  const audit = (name) => median(reports.map((r) => r.audits[name]?.numericValue ?? NaN));
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(100 * median(reports.map((r) => r.categories[c]?.score ?? 0)))])),
    'TBT ms': Math.round(audit('total-blocking-time')),
    'LCP ms': Math.round(audit('largest-contentful-paint')),
    CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
    'machine (benchmarkIndex)': Math.round(median(reports.map((r) => r.environment.benchmarkIndex))),
  };
}
