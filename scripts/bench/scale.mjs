// Builds a synthetic corpus of N sections (scripts/corpus.mjs) with the real pipeline and measures the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../corpus.mjs';
import { localOrigin } from '../site-origin.mjs';

export function folderSize(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = join(dir, e.name);
    return sum + (e.isDirectory() ? folderSize(full) : statSync(full).size);
  }, 0);
}

/** Builds a corpus of `sections` sections; returns timings, sizes, the corpus's queries, the dist folder for more checks, and `build` to build it again. */
export function buildCorpus(sections) {
  const work = mkdtempSync(join(tmpdir(), `explainer-scale-${sections}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const { explainers, queries, inSections } = writeCorpus(content, { sections });
  /** One `astro build` of the corpus (with `env` added), in the same cache folder every time; its seconds. */
  const build = (env = {}) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: process.env.SITE_URL || localOrigin(), EXPLAINER_CONTENT: content, EXPLAINER_DIST: dist, EXPLAINER_CACHE: join(work, 'cache'), ...env },
    });
    if (result.status !== 0) throw new Error(`build of ${sections} sections failed:\n${result.stderr}`);
    return (performance.now() - started) / 1000;
  };
  const seconds = build();
  return {
    sections,
    explainers,
    queries,
    inSections,
    seconds,
    distBytes: folderSize(dist),
    indexBytes: folderSize(join(dist, 'pagefind')),
    dist,
    build,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
