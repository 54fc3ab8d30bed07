// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentRoot } from './src/lib/content-root';
import { contentGuard } from './src/integrations/content-guard';
import { pageIds } from './src/integrations/page-ids';
import { searchIndex } from './src/integrations/search-index';
import { publishWhenComplete } from './src/integrations/publish-when-complete';
import { buildCache } from './src/integrations/build-cache';
import { restorePages } from './src/integrations/restore-pages';
import { drawCardsAhead, shareImages } from './src/integrations/share-images';
import { cacheFolder } from './src/lib/build-cache-files';
import { siteOrigin } from './src/integrations/site-origin';
import { readSiteUrl } from './scripts/site-origin.mjs';

// The site's origin: every shared, canonical and feed URL is built from it. No default: siteOrigin stops
// a build without it, after the content check (npm start, npm test and npm run bench set it to where they serve).
const siteUrl = readSiteUrl();
const site = siteUrl && 'origin' in siteUrl ? siteUrl.origin : undefined;
// Where the finished site goes; a failed build leaves it untouched.
const publishDir = resolve(process.env.EXPLAINER_DIST ?? 'dist');

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  outDir: `${publishDir}.staging`,
  // One cache folder for everything a build reuses (.build-cache/; tests and benchmarks give each corpus its own).
  cacheDir: cacheFolder(),
  // A page whose cache key (a digest of what it shows, src/lib/build-cache.ts) and code are unchanged is
  // copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // All CSS inline: no render-blocking request at all, at about 2 KB (compressed) per page. Two pages
  // render at once: a page waited about a third of its time for its four file writes on libuv's threads,
  // and the other now renders meanwhile. Astro keeps each render's record for the incremental build
  // apart (its render scope is an AsyncLocalStorage), and the site's code keeps no state between renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  // Section bodies render through src/lib/content/section-body.ts, never Astro's Markdown; Shiki stays off
  // so Astro does not warn that its inline colour styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict policy in a <meta> tag on every page: scripts and styles by hash or from this site only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Search runs Pagefind on the page (noWorker, src/components/search/search-ui.ts): no worker at all.
        "worker-src 'none'",
      ],
      // Pagefind compiles WebAssembly: 'wasm-unsafe-eval' is for it alone.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Integrations that write files in astro:build:done (sitemap, the search index, the share images) run
  // before publishWhenComplete moves the staging folder into place; buildCache then lists what changed.
  // The share images come last of them: nothing before reads them, and their drawing has the whole build.
  // The search UI is bundled like a worker (one self-contained file, see SearchControl.astro), as a module.
  vite: { worker: { format: 'es' } },
  integrations: [
    // A build starts drawing each explainer's share cards as soon as the check has read it.
    contentGuard(contentRoot(), drawCardsAhead),
    siteOrigin(siteUrl),
    mdx(),
    restorePages(),
    sitemap(),
    pageIds(),
    searchIndex(),
    shareImages(),
    publishWhenComplete(publishDir),
    buildCache(publishDir),
  ],
});
