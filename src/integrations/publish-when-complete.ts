// Astro builds into a staging folder; only a build that got all the way through replaces the published
// folder, so a failed build never leaves a half-written site. The swap is two renames, so a server
// reading the folder never finds it missing; the old copy is deleted by a process of its own, which
// the build does not wait for (at 10,000 sections it is 35,000 files).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a replaced copy waits to be deleted: beside the published folder, never served. */
const retiredName = (publishDir: string) => `${basename(publishDir)}.retired-`;

/** Deletes `dir` in a detached process; in this one when that cannot start. */
function deleteLater(dir: string): void {
  try {
    const child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Checks that run beside the steps after them (the id check beside the search index); each stops the build itself if it fails. */
const pending: Promise<void>[] = [];

/** Publishing waits for `check`, which ends the process when the site must not be published. */
export function beforePublishing(check: Promise<void>): void {
  pending.push(check);
}

/** Keep it after every integration that writes files (only buildCache, which reads the result, follows). */
export function publishWhenComplete(publishDir: string): AstroIntegration {
  return {
    name: 'explainer:publish-when-complete',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await Promise.all(pending.splice(0));
        const staging = fileURLToPath(dir);
        const parent = dirname(publishDir);
        // Copies an earlier build retired and a deletion did not finish (the machine stopped): gone now.
        for (const name of readdirSync(parent)) if (name.startsWith(retiredName(publishDir))) deleteLater(join(parent, name));
        const retired = join(parent, `${retiredName(publishDir)}${process.pid}-${Date.now()}`);
        if (existsSync(publishDir)) renameSync(publishDir, retired);
        renameSync(staging, publishDir);
        if (existsSync(retired)) deleteLater(retired);
        logger.info(`published ${publishDir}`);
      },
    },
  };
}
