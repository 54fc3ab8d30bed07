// How cost grows with the corpus: build time, dist/ size, index size and search latency per N sections.
import { serve } from '../serve.mjs';
import { buildCorpus } from './scale.mjs';
import { openSearch, timeSearch } from './search.mjs';
import { kb } from './table.mjs';

const SIZES = (process.env.BENCH_SCALE ?? '10,100,1000').split(',').map(Number);
/** Per-section build cost at the largest N may be at most this many times that at the smallest. */
const LINEAR_SLACK = 1.5;

export async function buildScaling({ browser }) {
  const rows = [];
  const perSection = [];
  for (const n of SIZES) {
    const built = buildCorpus(n);
    const site = await serve({ root: built.dist, port: 0 });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openSearch(page, site.url, '/explainer-1/part-1/');
    const latency = await timeSearch(page, 'sanctions');
    await context.close();
    await site.close();
    built.cleanup();
    perSection.push(built.seconds / n);
    rows.push({
      sections: n,
      explainers: built.explainers,
      'build time': `${built.seconds.toFixed(1)} s`,
      'per section': `${((1000 * built.seconds) / n).toFixed(0)} ms`,
      'dist size': kb(built.distBytes),
      'index size': kb(built.indexBytes),
      'search latency': `${Math.round(latency)} ms`,
    });
  }
  const growth = perSection.at(-1) / perSection[0];
  return {
    title: `Scaling: synthetic corpora (per-section build cost grows ${growth.toFixed(2)}× from ${SIZES[0]} to ${SIZES.at(-1)} sections; limit ${LINEAR_SLACK}×)`,
    rows,
    failed: growth > LINEAR_SLACK ? 'build cost grows faster than linearly' : undefined,
  };
}
