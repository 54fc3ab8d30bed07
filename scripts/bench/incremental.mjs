// `npm run bench -- --incremental`: how long a build takes when little has changed, on the scaling
// corpus (scripts/corpus.mjs): cold (empty cache), unchanged, one sentence edited, one topic changed and
// one explainer added, at BENCH_SCALE sections (default 1000). Each build is a real `astro build` in a
// child process; peak memory is the most its process tree held (GNU time, and a sampler for the drawing
// process beside it), and the phases are read off its log.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeCorpus } from '../corpus.mjs';
import { localOrigin } from '../site-origin.mjs';

const SIZES = (process.env.BENCH_SCALE ?? '1000').split(',').map(Number);
const TIME = '/usr/bin/time';

/** Publishing goals (issue 21), checked at every size measured; the bench fails when one is missed. */
export const BUDGETS = {
  oneSentenceSeconds: 30,
  unchangedSeconds: 15,
  coldMsPerSection: 20,
  peakGb: 4,
  /** Cold per-section time at the largest size over that at the smallest. */
  linearity: 1.2,
};

/** Sizes up to this are built cold COLD_RUNS times, and the median counts. */
const SMALL_SECTIONS = 1000;
const COLD_RUNS = 3;

/** The smallest corpus whose listings fill their pages (100 explainers, topics of more than 50 sections): below it a page grows as it fills. */
const FULL_LISTINGS_SECTIONS = 1000;

/** Log lines that end a phase, in order, and the phase each ends. */
const PHASES = [
  [/content checked/, 'start-up and content check'],
  [/generating static routes/, 'content layer and Vite'],
  [/\[build\] Waiting for integration|\[@astrojs\/sitemap\]|sitemap/, 'pages rendered or reused'],
  [/search index:/, 'Pagefind'],
  [/Complete!/, 'the rest (sitemap, id check, publish, dist.changed)'],
];

/** The resident memory of a process and everything it started (the share-image drawing process), in KB, on Linux; 0 elsewhere. */
function treeRssKb(root) {
  try {
    const children = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        // The parent is the second field after the command's closing parenthesis.
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
      } catch {
        // Gone since the folder was listed.
      }
    }
    let kb = 0;
    for (const pending = [root]; pending.length > 0; ) {
      const pid = pending.pop();
      try {
        kb += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4;
      } catch {
        // Gone.
      }
      pending.push(...(children.get(pid) ?? []));
    }
    return kb;
  } catch {
    return 0;
  }
}

/**
 * One `astro build` of `content`; its wall time, peak memory, log phases and how many pages it reused.
 * Peak memory is the larger of GNU time's maximum resident set and the whole process tree's, sampled
 * four times a second: the drawing process runs beside the build, and GNU time never sees it.
 */
function build(env, args = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', ...args];
    const memory = existsSync(TIME);
    const child = spawn(memory ? TIME : command[0], memory ? ['-f', 'peak-rss-kb %M', ...command] : command.slice(1), {
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let treePeakKb = 0;
    const sampler = setInterval(() => {
      treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid));
    }, 250);
    const stamped = [];
    let output = '';
    const take = (chunk) => {
      const at = performance.now() - started;
      output += chunk;
      for (const line of String(chunk).split('\n')) if (line.trim()) stamped.push([at, line]);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      if (status !== 0) return reject(new Error(`build failed:\n${output.slice(-4000)}`));
      const phases = [];
      let from = 0;
      let index = 0;
      for (const [pattern, name] of PHASES) {
        const found = stamped.findIndex(([, line], i) => i >= index && pattern.test(line));
        if (found < 0) continue;
        phases.push(`${name} ${((stamped[found][0] - from) / 1000).toFixed(1)} s`);
        from = stamped[found][0];
        index = found;
      }
      const rss = Math.max(treePeakKb, Number(output.match(/peak-rss-kb (\d+)/)?.[1] ?? 0));
      resolve({
        seconds,
        peakMb: rss / 1024,
        reused: output.match(/\((?:cached|restored)\)/g)?.length ?? 0,
        rendered: output.match(/\(\+\d/g)?.length ?? 0,
        phases,
        changed: output.match(/(\d+) added, (\d+) changed, (\d+) deleted/)?.slice(1, 4).join(' / ') ?? '',
      });
    });
  });
}

/** The largest file of each listing a reader or search downloads whole, in bytes. */
function listingSizes(dist) {
  const largest = (dir, pick) => {
    if (!existsSync(dir)) return 0;
    return Math.max(0, ...readdirSync(dir, { recursive: true }).map(String).filter(pick).map((f) => statSync(join(dir, f)).size));
  };
  return {
    'front page': statSync(join(dist, 'index.html')).size,
    'all explainers (a page)': largest(join(dist, 'explainers'), (f) => f.endsWith('index.html')),
    'a topic (a page)': largest(join(dist, 'topics'), (f) => /^[^/]*\D[^/]*\/(\d+\/)?index\.html$/.test(f)),
    'topics index (a page)': largest(join(dist, 'topics'), (f) => /^(\d+\/)?index\.html$/.test(f)),
    'people index (a page)': largest(join(dist, 'people'), (f) => /^(\d+\/)?index\.html$/.test(f)),
    'a person (a page)': largest(join(dist, 'people'), (f) => /^[^/]*\D[^/]*\/(\d+\/)?index\.html$/.test(f)),
    'search data (a file)': largest(join(dist, 'search-data'), (f) => f.endsWith('.json')),
  };
}

/** A section file of the first explainer in `content`, path and text. */
function firstSection(content) {
  const explainer = readdirSync(content).sort()[0];
  const file = readdirSync(join(content, explainer)).filter((f) => /^\d+-.*\.mdx$/.test(f)).sort()[1];
  const path = join(content, explainer, file);
  return { path, text: readFileSync(path, 'utf8') };
}

export async function incrementalBuilds() {
  const rows = [];
  const budgets = [];
  const coldPerSection = new Map();
  const check = (sections, budget, measured, limit, shown) =>
    budgets.push({ sections, budget, measured: shown(measured), limit: shown(limit), result: measured <= limit ? 'PASS' : 'FAIL' });
  const seconds = (v) => `${v.toFixed(1)} s`;
  const listingBytes = new Map();
  // Every size's files are deleted when the bench ends, not between builds: this machine's ext4 has no
  // journal, and there a file created within 30 s of deleting thousands waits while ext4 passes over
  // their inodes, which no cold build on a fresh checkout meets (README, "The bench").
  const works = [];
  try {
    for (const n of SIZES) {
      const work = mkdtempSync(join(tmpdir(), `explainer-incremental-${n}-`));
      works.push(work);
      const content = join(work, 'content');
      writeCorpus(content, { sections: n });
      const env = { SITE_URL: process.env.SITE_URL || localOrigin(), EXPLAINER_CONTENT: content, EXPLAINER_DIST: join(work, 'dist'), EXPLAINER_CACHE: join(work, 'cache') };
      const row = async (what, result) => {
        const line = {
          sections: n,
          build: what,
          time: `${result.seconds.toFixed(1)} s`,
          'per section': `${((result.seconds * 1000) / n).toFixed(1)} ms`,
          'peak memory': `${(result.peakMb / 1024).toFixed(2)} GB`,
          'routes run / copied from cache': `${result.rendered} / ${result.reused}`,
          'dist.changed (A / M / D)': result.changed,
          'where the time went': result.phases.join('; '),
        };
        console.error(`  ${Object.values(line).join(' | ')}`);
        rows.push(line);
        check(n, `${what}: peak memory`, result.peakMb / 1024, BUDGETS.peakGb, (v) => `${v.toFixed(2)} GB`);
        return result;
      };
      // A small build is measured three times, each from an empty cache, and its median counts: its time
      // moves with the machine's speed by a quarter within an hour here, while one 10,000-section build
      // is long enough to average that out.
      const colds = [];
      for (let run = 0; run < (n <= SMALL_SECTIONS ? COLD_RUNS : 1); run++) {
        // The last build's files set aside, whole, for the end (above).
        const aside = join(work, `set-aside-${run}`);
        mkdirSync(aside, { recursive: true });
        for (const folder of [env.EXPLAINER_CACHE, env.EXPLAINER_DIST, `${env.EXPLAINER_DIST}.changed`]) if (existsSync(folder)) renameSync(folder, join(aside, basename(folder)));
        colds.push(await build(env));
      }
      const median = [...colds].sort((a, b) => a.seconds - b.seconds)[Math.floor(colds.length / 2)];
      const cold = await row(colds.length > 1 ? `cold (empty cache), median of ${colds.map((c) => c.seconds.toFixed(1)).join(', ')} s` : 'cold (empty cache)', median);
      coldPerSection.set(n, (cold.seconds * 1000) / n);
      listingBytes.set(n, listingSizes(env.EXPLAINER_DIST));
      check(n, 'cold build per section', (cold.seconds * 1000) / n, BUDGETS.coldMsPerSection, (v) => `${v.toFixed(1)} ms`);
      const unchanged = await row('unchanged', await build(env));
      check(n, 'unchanged rebuild', unchanged.seconds, BUDGETS.unchangedSeconds, seconds);
      const section = firstSection(content);
      // One sentence: the body's first full stop becomes ", as reported." (the same words otherwise).
      writeFileSync(section.path, section.text.replace(/(\n\n[^\n]*?)\.( |\n)/, '$1, as reported.$2'));
      const sentence = await row('one sentence edited', await build(env));
      check(n, 'one-sentence correction, search index included', sentence.seconds, BUDGETS.oneSentenceSeconds, seconds);
      const topics = readFileSync(section.path, 'utf8');
      writeFileSync(section.path, topics.replace(/^topics: \[/m, 'topics: ["Corrections", '));
      await row('one topic added to a section', await build(env));
      // A new explainer: the next one a larger corpus of the same seed writes.
      const larger = join(work, 'larger');
      const before = new Set(readdirSync(content));
      writeCorpus(larger, { sections: n + 10 });
      for (const name of readdirSync(larger)) if (!before.has(name)) cpSync(join(larger, name), join(content, name), { recursive: true });
      await row('one explainer (10 sections) added', await build(env));
      await row('forced (--force)', await build(env, ['--force']));
    }
  } finally {
    for (const work of works) rmSync(work, { recursive: true, force: true });
  }
  const sizes = [...coldPerSection.keys()].sort((a, b) => a - b);
  if (sizes.length > 1) {
    const [small, large] = [sizes[0], sizes.at(-1)];
    check(large, `cold per section at ${large} / at ${small}`, coldPerSection.get(large) / coldPerSection.get(small), BUDGETS.linearity, (v) => `${v.toFixed(2)}×`);
  }
  // No page grows with the number of explainers: each listing's largest file at the largest size against the smallest.
  const listings = [];
  if (sizes.length > 1) {
    const [small, large] = [listingBytes.get(sizes[0]), listingBytes.get(sizes.at(-1))];
    const full = sizes[0] >= FULL_LISTINGS_SECTIONS;
    for (const [what, bytes] of Object.entries(large)) {
      listings.push({ page: what, [`${sizes[0]} sections`]: `${(small[what] / 1024).toFixed(1)} KB`, [`${sizes.at(-1)} sections`]: `${(bytes / 1024).toFixed(1)} KB` });
      const budget = `${what}: size at ${sizes.at(-1)} / at ${sizes[0]}`;
      if (bytes === 0 && small[what] === 0) budgets.push({ sections: sizes.at(-1), budget, measured: 'none', limit: `${BUDGETS.linearity}×`, result: 'not checked: the corpus has no such page' });
      else if (full) check(sizes.at(-1), budget, bytes / small[what], BUDGETS.linearity, (v) => `${v.toFixed(2)}×`);
      else budgets.push({ sections: sizes.at(-1), budget, measured: `${(bytes / small[what]).toFixed(2)}×`, limit: `${BUDGETS.linearity}×`, result: `not checked: at ${sizes[0]} sections the pages are not full (BENCH_SCALE=${FULL_LISTINGS_SECTIONS},10000)` });
    }
  }
  return { title: 'Incremental builds on the realistic corpus (scripts/corpus.mjs)', rows, budgets, listings };
}
