// Runs a real `astro build` of another content folder into another output folder.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildSite(content: string, dist: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content, EXPLAINER_DIST: dist, EXPLAINER_CACHE: join(dist, '..', 'cache'), ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
