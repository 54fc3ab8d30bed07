// Lighthouse (mobile preset, its default) against the served build: median of N runs per page. Each
// page gets a fresh Chromium, launched by playwright-core (the project's one launcher) with a DevTools
// port for Lighthouse to drive.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchChromium } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A port nothing listens on yet, for Chromium's DevTools endpoint. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<Record<string, number>>} median score (0-100) per category */
export async function lighthouseScores(url, runs = 3) {
  const port = await freePort();
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      results.push(lhr);
    }
    return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(100 * median(results.map((r) => r.categories[c].score ?? 0)))]));
  } finally {
    await browser.close();
  }
}
