import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check';

/** Fails `astro build`, `dev` and `check` before anything is rendered when content is broken. */
export function contentGuard(root: string): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent(root);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`content checked: ${root}`);
      },
    },
  };
}
