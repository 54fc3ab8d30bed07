// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { contentRoot } from './src/lib/content-root';
import { contentCards, contentGuard, contentLanguage } from './src/integrations/content-guard';
import { pageIds } from './src/integrations/page-ids';
import { searchIndex } from './src/integrations/search-index';
import { publishWhenComplete } from './src/integrations/publish-when-complete';
import { buildCache } from './src/integrations/build-cache';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache';
import { restorePages } from './src/integrations/restore-pages';
import { cacheFolder } from './src/lib/build-cache-files';
import { HEADING_ANCHOR_CLASS, HEADING_WRAPPER_CLASS, rehypeAnchorLabels } from './src/lib/heading-anchors';
import { rehypeHeadingSlugs } from './src/lib/heading-slugs';
import { rehypeTableAlign } from './src/lib/table-align';
import { remarkRefuseCode } from './src/lib/content/body-rules';
import { siteOrigin } from './src/integrations/site-origin';
import { readSiteUrl } from './scripts/site-origin.mjs';
import { remarkMarkFirstMentions } from './src/lib/mdx-marks';

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
  // copied from the last build, not rendered; Astro's incremental build needs pages rendered one at a time.
  experimental: { incrementalBuild: true },
  // All CSS inline: no render-blocking request at all, at about 2 KB (compressed) per page.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 1 },
  markdown: {
    // Code is rare in news; Shiki's inline colour styles would also break the CSP.
    syntaxHighlight: false,
    // unified runs remark/rehype plugins (the default processor ignores them); GFM comes from
    // remark-gfm, and smartypants stays off so quotations reach readers exactly as reported.
    // Heading ids come from the site's one slug rule (rehypeHeadingSlugs; Astro's own pass keeps them),
    // before the anchors that need them. remarkRefuseCode backs up the content check inside the compiler;
    // rehypeTableAlign keeps column alignment out of inline styles, which the CSP blocks.
    // remarkMarkFirstMentions opens each card at its first mention the editor left unmarked, as the check read it.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkRefuseCode, [remarkMarkFirstMentions, contentCards]],
      rehypePlugins: [
        rehypeHeadingSlugs,
        rehypeHeadingIds,
        // Each h2 and h3 gets a link to itself beside it, not inside it, so the heading's accessible name
        // stays its text; the link is named for screen readers and kept out of search and print.
        [
          rehypeAutolinkHeadings,
          {
            test: ['h2', 'h3'],
            behavior: 'after',
            /** @param {import('hast').Element} heading */
            group: (heading) => ({
              type: 'element',
              tagName: 'div',
              properties: { className: [HEADING_WRAPPER_CLASS, `${HEADING_WRAPPER_CLASS}--${heading.tagName.slice(1)}`] },
              children: [],
            }),
            properties: {
              className: [HEADING_ANCHOR_CLASS],
              dataPagefindIgnore: '',
              dataPrint: 'hide',
            },
            content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          },
        ],
        // The anchors' names, in the language of the explainer each file belongs to.
        [rehypeAnchorLabels, contentLanguage],
        rehypeTableAlign,
      ],
    }),
  },
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
  // Integrations that write files in astro:build:done (sitemap, the search index) run before
  // publishWhenComplete moves the staging folder into place; buildCache then lists what changed.
  // The search UI is bundled like a worker (one self-contained file, see SearchControl.astro), as a module.
  vite: { worker: { format: 'es' } },
  integrations: [contentGuard(contentRoot()), siteOrigin(siteUrl), mdx(), mdxCompileCache(), restorePages(), sitemap(), pageIds(), searchIndex(), publishWhenComplete(publishDir), buildCache(publishDir)],
});
