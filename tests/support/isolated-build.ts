// A real `astro build` of another corpus in a project folder of its own. Astro writes .astro/ (the
// corpus's content modules) in the project root, so two builds sharing a root must never overlap;
// this copies the build's inputs to a temporary root and builds there, beside any other build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads from the project root; node_modules is linked, not copied. */
const INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** Builds the corpus in `content` into `dist` (both made absolute), with its own content cache beside `dist`. */
export function buildIsolated(content: string, dist: string, env: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'explainer-project-'));
  for (const input of INPUTS) cpSync(input, join(root, input), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const out = resolve(dist);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: resolve(content), EXPLAINER_DIST: out, EXPLAINER_CACHE: join(out, '..', 'cache'), ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
