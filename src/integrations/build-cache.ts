// After a build is published: drops the share images and content checks it no longer
// uses from the cache folder, and
// writes `dist.changed` beside `dist/` (never served): every site path whose file was added (A),
// changed (M) or deleted (D) since the last published build, for a CDN purge or an incremental upload.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { changedList, compareBuilds } from '../lib/build-cache';
import { builtFiles, cacheFolder, pruneUnused, readPublished, writePublished } from '../lib/build-cache-files';

/** Where the list of changed paths goes: beside the published folder, so no host serves it. */
export const changedListFile = (publishDir: string) => `${publishDir}.changed`;

/** Keep it after publishWhenComplete: it reads the folder as published. */
export function buildCache(publishDir: string): AstroIntegration {
  // When the config loads, before the content check (astro:config:setup) marks the checks it reuses.
  const started = Date.now();
  return {
    name: 'explainer:build-cache',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pruned = pruneUnused(started);
        // The files as the id check and the search index read them in the staging folder, now published.
        const next = builtFiles(fileURLToPath(dir), publishDir);
        // With no record of the last build (the first, or a lost cache) every file counts as added.
        const changes = compareBuilds(readPublished() ?? {}, next);
        writeFileSync(changedListFile(publishDir), changedList(changes));
        writePublished(next);
        logger.info(
          `${changes.added.length} added, ${changes.modified.length} changed, ${changes.deleted.length} deleted since the last build: ${changedListFile(publishDir)}` +
            (pruned > 0 ? `; ${pruned} unused share images and content checks pruned from ${cacheFolder()}` : ''),
        );
      },
    },
  };
}
