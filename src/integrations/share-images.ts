// Puts the build's share images in the built site once the pages are done. Their routes list no pages in
// a build (imageRoutes in src/lib/share/image.ts): the drawing thread draws them while the pages render,
// and each is copied from the image cache here. Kept right after restorePages, which removes
// the kept files no route made before anything else reads the folder, and before the steps that read it.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_IMAGES, type BuildImages } from '../lib/share/image';

export function shareImages(): AstroIntegration {
  const build: BuildImages = {};
  return {
    name: 'explainer:share-images',
    hooks: {
      'astro:build:start': () => {
        (globalThis as Record<symbol, BuildImages>)[BUILD_IMAGES] = build;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (build.write) logger.info(`${await build.write(fileURLToPath(dir))} share images in place`);
      },
    },
  };
}
