// Runs a real `astro build` in a child process, of the project's content or of another content folder.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { BuiltSite } from './sites';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** `astro build` with extra environment (EXPLAINER_CONTENT, EXPLAINER_DIST, SITE_URL …). */
export function astroBuild(env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    // Colours depend on the terminal the tests run in (CI forces them): tests read the plain text.
    child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output) }));
  });
}

/** Builds `content` into `dist` for `origin`, with its own content cache beside `dist`. */
export function buildSite({ content, dist, origin }: BuiltSite): Promise<BuildResult> {
  return astroBuild({ EXPLAINER_CONTENT: content, EXPLAINER_DIST: dist, EXPLAINER_CACHE: join(dist, '..', 'cache'), SITE_URL: origin });
}
