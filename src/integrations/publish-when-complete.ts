import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro builds into a staging folder; only a build that got all the way through replaces the
 * published folder, so a failed build never leaves a half-written site. Keep it after every integration that writes files (only buildCache, which reads the result, follows).
 */
export function publishWhenComplete(publishDir: string): AstroIntegration {
  return {
    name: 'explainer:publish-when-complete',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const staging = fileURLToPath(dir);
        if (existsSync(publishDir)) rmSync(publishDir, { recursive: true, force: true });
        renameSync(staging, publishDir);
        logger.info(`published ${publishDir}`);
      },
    },
  };
}
