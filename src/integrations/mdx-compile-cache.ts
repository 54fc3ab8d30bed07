// Compiled MDX kept between builds: Vite compiles every section's MDX module on every build, even when
// Astro's incremental build then reuses every page (about 10 ms a section, most of an unchanged build).
// This wraps @astrojs/mdx's compile step and keeps its output in the cache folder (`mdx/`), keyed by the
// file's text and path and everything else the compile reads: the Markdown plugins' code (buildCodeDigest),
// the config and lockfile, the card list and language the check gave that file. Builds only; `--force` compiles all.
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildCodeDigest, buildContext, cachedFile } from '../lib/build-cache-files';
import { contentCards, contentLanguage } from './content-guard';

/** The compile step @astrojs/mdx registers with Vite (its plugin's name). */
const MDX_PLUGIN = '@mdx-js/rolldown';

interface Compiled {
  code: string;
  map: unknown;
  meta: unknown;
}

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<Compiled | null | undefined>;

/** The key of one MDX file's compiled module. */
function compileKey(code: string, id: string, context: string): string {
  const checked = JSON.stringify([contentCards(id) ?? null, contentLanguage(id) ?? null]);
  return createHash('sha256').update(context).update('\0').update(id).update('\0').update(checked).update('\0').update(code).digest('hex').slice(0, 40);
}

/** The Vite plugin: finds the MDX compile step once Vite's plugins are settled, and caches around it. */
function cachePlugin(root: string): Plugin {
  return {
    name: 'explainer:mdx-compile-cache',
    apply: 'build',
    configResolved(config) {
      const mdx = config.plugins.find((p) => p.name === MDX_PLUGIN);
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function') {
        throw new Error(`explainer:mdx-compile-cache: @astrojs/mdx no longer registers "${MDX_PLUGIN}" with a transform handler; update src/integrations/mdx-compile-cache.ts`);
      }
      const compile = transform.handler as unknown as Handler;
      const context = [buildContext(undefined, root).code, buildCodeDigest(root), String(!!config.build.sourcemap)].join('\0');
      const cached: Handler = async function (this: unknown, code, id, ...rest) {
        let fresh: Compiled | null | undefined;
        const bytes = await cachedFile('mdx', `${compileKey(code, id, context)}.json`, async () => {
          fresh = await compile.call(this, code, id, ...rest);
          return new TextEncoder().encode(JSON.stringify(fresh ?? null));
        });
        return fresh !== undefined ? fresh : (JSON.parse(new TextDecoder().decode(bytes)) as Compiled | null);
      };
      (transform as { handler: unknown }).handler = cached;
    },
  };
}

export function mdxCompileCache(root = process.cwd()): AstroIntegration {
  return {
    name: 'explainer:mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [cachePlugin(root)] } });
      },
    },
  };
}
