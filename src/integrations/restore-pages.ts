// Astro's incremental build copies each unchanged page from its cache into the build folder one at a
// time, after Vite has bundled: at 10,000 sections, 24,000 copies and about 15 s of waiting. This copies
// the whole kept folder in a process of its own from the start of the build, so Astro finds each unchanged page
// already in place; a page it renders again is written over its copy, and a copy no route made this
// build (a removed section) is deleted before anything reads the folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder, isForced } from '../lib/build-cache-files';

/** Where Astro's incremental build keeps the pages it wrote (astro/dist/core/build/incremental.js). */
const KEPT_PAGES = 'dist';

/**
 * Copies everything in `from` into `to` with the system's cp, beside this process; the files copied.
 * Without a cp (Windows) nothing is copied and Astro copies each page itself; a cp that fails stops the build.
 */
function copyAll(from: string, to: string): Promise<string[]> {
  if (!existsSync(from)) return Promise.resolve([]);
  mkdirSync(to, { recursive: true });
  return new Promise((done, fail) => {
    const cp = spawn('cp', ['-R', `${from}/.`, `${to}/`], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Listed while cp runs: it reads the kept folder, which nothing writes before the pages are generated.
    const files = filesUnder(from);
    let error = '';
    cp.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()));
    cp.on('error', (cause: NodeJS.ErrnoException) => (cause.code === 'ENOENT' ? done([]) : fail(cause)));
    cp.on('close', (status) => (status === 0 ? done(files) : fail(new Error(`copying the kept pages failed: ${error.trim() || `cp exited with ${status}`}`))));
  });
}

/** Keep it first among the integrations that read the built folder in astro:build:done. */
export function restorePages(): AstroIntegration {
  let copied: Promise<string[]> | undefined;
  let publicDir = '';
  return {
    name: 'explainer:restore-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A forced build renders every page, so there is nothing to copy.
        if (command !== 'build' || isForced()) return;
        publicDir = fileURLToPath(config.publicDir);
        const staging = fileURLToPath(config.outDir);
        // Astro empties the build folder just before Vite bundles; emptied here instead, the copy starts
        // now, while the content layer loads (at 10,000 sections it takes longer than Vite's bundle).
        rmSync(staging, { recursive: true, force: true });
        copied = copyAll(join(fileURLToPath(config.cacheDir), KEPT_PAGES), staging);
        // A failed copy is reported where the bundles wait for it, not as an unhandled rejection.
        copied.catch(() => undefined);
        updateConfig({
          vite: {
            build: { emptyOutDir: false },
            // The pages are generated after every bundle has closed, each of which waits for the copy.
            plugins: [{ name: 'explainer:restore-pages', closeBundle: async () => void (await copied) }],
          },
        });
      },
      'astro:build:done': async ({ dir, assets }) => {
        if (!copied) return;
        const staging = resolve(fileURLToPath(dir));
        const made = new Set([...assets.values()].flat().map((url) => relative(staging, fileURLToPath(url)).split(sep).join('/')));
        const folders = new Set<string>();
        for (const file of await copied) {
          // A file of public/ now where a page once was (Vite copies public/ after the kept pages) stays.
          if (made.has(file) || existsSync(join(publicDir, file))) continue;
          unlinkSync(join(staging, file));
          folders.add(dirname(join(staging, file)));
        }
        // Folders the removed pages leave empty, deepest first.
        for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
          for (let at = folder; at.startsWith(staging + sep); at = dirname(at)) {
            try {
              rmdirSync(at);
            } catch {
              break;
            }
          }
        }
      },
    },
  };
}
