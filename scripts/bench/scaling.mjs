// How cost grows with the corpus, on synthetic corpora of realistic text (scripts/corpus.mjs): build
// time, dist/ and index size per N sections; and search as readers meet it at each N, our dialog side by
// side with Pagefind's own Default UI on the same index, in the same run: keystroke to first result, cold
// and warm, for a rare word, a common word and two words, and what a first search downloads.
import { serve } from '../serve.mjs';
import { addDefaultUi } from './default-ui.mjs';
import { DEFAULT_UI, KEY_DELAY_MS, ourUi, readerSession } from './keystroke.mjs';
import { pageTypes } from './pages.mjs';
import { buildCorpus } from './scale.mjs';
import { kb } from './table.mjs';

const SIZES = (process.env.BENCH_SCALE ?? '100,1000').split(',').map(Number);
/** Fresh readers per query kind and UI; each also makes two warm searches. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Per-section build cost at the largest N may be at most this many times that at the smallest. */
const LINEAR_SLACK = 1.5;
/** The parts a search index of 10,000 sections is in (partCount in src/lib/search/parts.ts). */
const LARGE_SITE_PARTS = 4;
/** The search goals (issue 10), checked on the corpus of this many sections; bytes at every size. */
const BUDGET_SECTIONS = 1000;
const BUDGET = { firstResultMs: 300, ratioToDefaultUi: 1, firstSearchBytes: 150 * 1024 };

const KINDS = /** @type {const} */ (['rare', 'common', 'twoWords']);
const KIND_NAMES = { rare: 'rare word', common: 'common word', twoWords: 'two words' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const ms = (value) => `${Math.round(value)} ms`;

/**
 * Every query kind searched first by RUNS fresh readers per UI (cold), each of whom then searches the
 * other two kinds (warm). The two UIs take turns, so load on the machine falls on both alike.
 */
async function searchSideBySide(browser, siteUrl, sectionPath, queries) {
  const uis = [ourUi(sectionPath), DEFAULT_UI];
  const result = Object.fromEntries(uis.map((ui) => [ui.name, Object.fromEntries(KINDS.map((k) => [k, { cold: [], warm: [], bytes: undefined }]))]));
  let retried = 0;
  let stalled = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const [i, kind] of KINDS.entries()) {
      const later = [KINDS[(i + 1) % 3], KINDS[(i + 2) % 3]];
      for (const ui of run % 2 ? [...uis].reverse() : uis) {
        const session = await readerSession(browser, siteUrl, ui, queries[kind], later.map((k) => queries[k]), run === 0);
        const mine = result[ui.name];
        mine[kind].cold.push(session.cold.ms);
        later.forEach((k, j) => mine[k].warm.push(session.warm[j].ms));
        if (session.bytes) mine[kind].bytes = session.bytes;
        retried += session.retried;
        stalled += session.stalled ? 1 : 0;
      }
    }
  }
  const [ours, theirs] = uis.map((ui) => result[ui.name]);
  return { ours, theirs, retried, stalled };
}

export async function buildScaling({ browser }) {
  const scaling = [];
  const search = [];
  const downloads = [];
  const budgets = [];
  const perSection = [];
  let retried = 0;
  let stalled = 0;
  /** Our search and the Default UI's on `built`'s site as it is now, in rows labelled `label`, with the budgets at `n` sections. */
  async function measureSearch(built, n, label) {
    await addDefaultUi(built.dist);
    const site = await serve({ root: built.dist, port: 0 });
    try {
      const measured = await searchSideBySide(browser, site.url, pageTypes(built.dist).section, built.queries);
      retried += measured.retried;
      stalled += measured.stalled;
      for (const kind of KINDS) {
        const ours = measured.ours[kind];
        const theirs = measured.theirs[kind];
        const [oursCold, theirsCold, oursWarm, theirsWarm] = [ours.cold, theirs.cold, ours.warm, theirs.warm].map(median);
        // Progress on stderr, so a long run shows its numbers as they come.
        console.error(`  search at ${label} sections, ${KIND_NAMES[kind]}: ours ${ms(oursCold)} cold, ${ms(oursWarm)} warm; Default UI ${ms(theirsCold)} cold, ${ms(theirsWarm)} warm; first search ${kb(ours.bytes.bytes)} vs ${kb(theirs.bytes.bytes)}`);
        search.push({
          sections: label,
          query: `${KIND_NAMES[kind]}: "${built.queries[kind]}" (in ${built.inSections[kind].join(' / ')})`,
          'ours cold': ms(oursCold),
          'Default UI cold': ms(theirsCold),
          'ours warm': ms(oursWarm),
          'Default UI warm': ms(theirsWarm),
          'ours / Default (cold, warm)': `${(oursCold / theirsCold).toFixed(2)}, ${(oursWarm / theirsWarm).toFixed(2)}`,
          'ours first search': `${kb(ours.bytes.bytes)} (${ours.bytes.requests})`,
          'Default UI first search': `${kb(theirs.bytes.bytes)} (${theirs.bytes.requests})`,
        });
        for (const [name, bytes] of [['ours', ours.bytes], ['Default UI', theirs.bytes]]) {
          const part = (prefix) => Object.entries(bytes.parts).filter(([p]) => p.startsWith(prefix)).reduce((sum, [, b]) => sum + b, 0);
          downloads.push({ sections: label, query: KIND_NAMES[kind], ui: name, UI: kb(part('UI')), engine: kb(part('engine')), index: kb(part('index')), total: `${kb(bytes.bytes)} (${bytes.requests} requests)` });
        }
        const check = (what, value, limit, shown) =>
          budgets.push({ sections: label, budget: `${KIND_NAMES[kind]}: ${what}`, measured: shown(value), limit: shown(limit), result: value <= limit ? 'PASS' : 'FAIL' });
        if (n === BUDGET_SECTIONS) {
          check('cold keystroke → first result', oursCold, BUDGET.firstResultMs, ms);
          check('warm keystroke → first result', oursWarm, BUDGET.firstResultMs, ms);
          check('cold, ours / Default UI', oursCold / theirsCold, BUDGET.ratioToDefaultUi, (v) => `${v.toFixed(2)}×`);
          check('warm, ours / Default UI', oursWarm / theirsWarm, BUDGET.ratioToDefaultUi, (v) => `${v.toFixed(2)}×`);
        }
        check('first search downloads', ours.bytes.bytes, BUDGET.firstSearchBytes, kb);
      }
    } finally {
      await site.close();
    }
  }

  for (const n of SIZES) {
    const built = buildCorpus(n);
    try {
      await measureSearch(built, n, `${n}`);
      if (n === BUDGET_SECTIONS) {
        // The same site with its index in as many parts as 10,000 sections have: what a reader of a large
        // site fetches and waits for, against the same budgets (the pages are unchanged; only the index is made again).
        built.build({ EXPLAINER_SEARCH_PART_PAGES: String(Math.ceil(n / LARGE_SITE_PARTS)) });
        await measureSearch(built, n, `${n} (index in ${LARGE_SITE_PARTS} parts)`);
      }
    } finally {
      built.cleanup();
    }
    perSection.push(built.seconds / n);
    scaling.push({
      sections: n,
      explainers: built.explainers,
      'build time': `${built.seconds.toFixed(1)} s`,
      'per section': `${((1000 * built.seconds) / n).toFixed(0)} ms`,
      'dist size': kb(built.distBytes),
      'index size': kb(built.indexBytes),
    });
  }
  const growth = perSection.at(-1) / perSection[0];
  const failed = [
    ...(growth > LINEAR_SLACK ? ['build cost grows faster than linearly'] : []),
    ...budgets.filter((b) => b.result === 'FAIL').map((b) => `${b.sections} sections, ${b.budget}: ${b.measured} (limit ${b.limit})`),
  ];
  if (!SIZES.includes(BUDGET_SECTIONS)) budgets.push({ sections: BUDGET_SECTIONS, budget: 'keystroke → first result and ratio to Default UI', measured: 'not measured', limit: '', result: `not checked (BENCH_SCALE has no ${BUDGET_SECTIONS})` });
  return {
    tables: [
      {
        title: `Scaling: synthetic corpora (per-section build cost grows ${growth.toFixed(2)}× from ${SIZES[0]} to ${SIZES.at(-1)} sections; limit ${LINEAR_SLACK}×)`,
        rows: scaling,
      },
      {
        title:
          `Search at scale: last keystroke → first result painted, median of ${RUNS} fresh readers (cold) and ${2 * RUNS} later searches (warm), ` +
          `typed at ${KEY_DELAY_MS} ms a key, debounce included (ours 150 ms; the Default UI's own default, 300 ms, with its preloading while it waits); ` +
          `first search: compressed bodies as sent (requests). Sessions measured again because typing stalled past the debounce: ${retried}` +
          (stalled ? `; still stalled after 2 tries, kept: ${stalled} (the machine is too busy for these numbers)` : ''),
        rows: search,
      },
      { title: 'A first search downloads, by part (compressed bodies as sent; index = entry, meta, filters, chunks, fragments)', rows: downloads },
      { title: 'Search budgets (issue 10)', rows: budgets },
    ],
    failed: failed.length ? failed.join('; ') : undefined,
  };
}
