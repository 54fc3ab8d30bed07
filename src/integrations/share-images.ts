// Puts the build's share images in the built site. Their routes list no pages in a build (imageRoutes in
// src/lib/share/image.ts): each image is drawn ahead by the drawing process, from when the content check
// has read its explainer (drawCardsAhead) or its route is listed, and copied from the image cache here,
// last of the steps that read the built site (they read none of them), so the cards have the whole
// build to be drawn in. Kept after the search index and before publishWhenComplete.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ExplainerCheck } from '../lib/content-check';
import { addBuiltFiles, builtFiles } from '../lib/build-cache-files';
import { explainerCards } from '../lib/share/page';
import { BUILD_IMAGES, drawAheadOf, listImages, writeListed, type BuildImages } from '../lib/share/image';

/** Starts drawing an explainer's share cards as soon as the content check has read it (a build's contentGuard calls it). */
export function drawCardsAhead(check: ExplainerCheck): void {
  if (check.shareText) drawAheadOf(explainerCards(check.shareText));
}

export function shareImages(): AstroIntegration {
  const build: BuildImages = { list: listImages };
  return {
    name: 'explainer:share-images',
    hooks: {
      'astro:build:start': () => {
        (globalThis as Record<symbol, BuildImages>)[BUILD_IMAGES] = build;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The site's other files are digested already (the id check read them): the images join them.
        builtFiles(site);
        const written = await writeListed(site);
        addBuiltFiles(site, '', written);
        logger.info(`${Object.keys(written).length} share images in place`);
      },
    },
  };
}
