// `npm run screenshots`: every kind of page of the built site, in real Chromium, on a phone (390×844) and a
// desktop (1440×900), light and dark, written to screenshots/ with an index.html to look through them.
// It builds nothing: it serves the dist/ already built (scripts/serve.mjs, on 127.0.0.1) and finds its
// pages in the sitemap, so it works for any explainer. Also shot: search with results, the search dialog
// open, a person card opened from low on the screen, a section mid-scroll, and print (as PDF and as a PNG).
// `npm run screenshots -- card dialog` shoots only the files whose names contain one of those words.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { TOOLS, findTool } from './system-tools.mjs';

const DIST = 'dist';
const OUT = process.env.SCREENSHOTS_DIR ?? 'screenshots';
/** The word searched for on the search page and in the dialog; SCREENSHOT_QUERY overrides it. */
const QUERY = process.env.SCREENSHOT_QUERY ?? 'oil';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];
const SCHEMES = ['light', 'dark'];
/** The flags the tests launch Chromium with (docs: the team guide). */
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Site paths listed in the sitemap(s), plus the 404 page, which no sitemap lists. */
function sitePaths(dist = DIST) {
  const locs = (file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const files = existsSync(join(dist, 'sitemap-index.xml')) ? locs('sitemap-index.xml').map((u) => new URL(u).pathname.slice(1)) : ['sitemap-0.xml'];
  const paths = files.flatMap(locs).map((u) => new URL(u).pathname);
  if (existsSync(join(dist, '404.html'))) paths.push('/404.html');
  return [...new Set(paths)].sort();
}

/** What kind of page a path is, from the site's routes: one topic page stands for all of them. */
function pageKind(path, dist = DIST) {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'topics') return parts.length === 1 ? 'topics' : 'topic';
  if (parts[0] === 'people' || parts[0] === 'search') return parts[0];
  if (parts.length === 1 && existsSync(join(dist, parts[0], 'full-story', 'index.html'))) return 'overview';
  if (parts.length === 2 && parts[1] === 'full-story') return 'full-story';
  if (parts.length === 2 && existsSync(join(dist, parts[0], 'full-story', 'index.html'))) return 'section';
  return 'page';
}

/** A file name for a path: "/a/b/" → "a--b", "/" → "home". */
const nameOf = (path) => path.replace(/\.html$/, '').split('/').filter(Boolean).join('--') || 'home';

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle').catch(() => {});
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('There is no built site in dist/: run `npm run build` first, then `npm run screenshots`.');
    process.exit(1);
  }
  const executablePath = findTool(TOOLS.chromium);
  if (!executablePath) {
    console.error('Chromium was not found (CHROME_PATH, /usr/bin/chromium, chromium on PATH): install it (sudo apt-get install -y chromium).');
    process.exit(1);
  }
  const only = process.argv.slice(2);
  const wanted = (file) => only.length === 0 || only.some((word) => file.includes(word));
  // A full run starts from an empty folder; a partial one replaces only its own files.
  if (only.length === 0) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  // Every page once, but only the first topic page: the others look the same.
  const paths = sitePaths();
  const firstTopic = paths.find((p) => pageKind(p) === 'topic');
  const pages = paths.filter((p) => pageKind(p) !== 'topic' || p === firstTopic);
  const sections = pages.filter((p) => pageKind(p) === 'section');
  const firstSection = sections[0];

  const server = await serve({ root: DIST, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  /** @type {{ group: string, file: string, label: string }[]} */
  const shots = [];
  const failures = [];
  const shoot = async (page, group, label, file, fullPage = true) => {
    await page.screenshot({ path: join(OUT, file), fullPage, animations: 'disabled' });
    shots.push({ group, file, label });
    process.stdout.write('.');
  };
  const attempt = async (what, file, fn) => {
    if (!wanted(file)) return;
    try {
      await fn();
    } catch (error) {
      failures.push(`${what}: ${error.message.split('\n')[0]}`);
    }
  };

  try {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        const at = `${viewport.width}x${viewport.height}-${colorScheme}`;
        const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        for (const path of pages) {
          await attempt(`${path} ${at}`, `${nameOf(path)}--${at}.png`, async () => {
            await page.goto(`${server.url}${path}`);
            await settle(page);
            await shoot(page, path, `${pageKind(path)} · ${at}`, `${nameOf(path)}--${at}.png`);
          });
        }
        await attempt(`search "${QUERY}" ${at}`, `search-results--${at}.png`, async () => {
          await page.goto(`${server.url}/search/?q=${encodeURIComponent(QUERY)}`);
          await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
          await settle(page);
          await shoot(page, 'search with results', `search "${QUERY}" · ${at}`, `search-results--${at}.png`);
        });
        if (firstSection) {
          await attempt(`dialog ${at}`, `search-dialog--${at}.png`, async () => {
            await page.goto(`${server.url}${firstSection}`);
            await page.locator('[data-search-button]').click();
            await page.locator('dialog.search-dialog[open] input[data-search-input]').waitFor();
            await page.locator('dialog.search-dialog[open] input[data-search-input]').fill(QUERY);
            await page.locator('dialog.search-dialog .search-result').first().waitFor({ timeout: 15_000 });
            await settle(page);
            await shoot(page, 'search dialog open', `dialog "${QUERY}" · ${at}`, `search-dialog--${at}.png`, false);
          });
          await attempt(`mid-scroll ${at}`, `section-mid-scroll--${at}.png`, async () => {
            await page.goto(`${server.url}${firstSection}`);
            await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
            await settle(page);
            await shoot(page, 'section mid-scroll', `section mid-scroll · ${at}`, `section-mid-scroll--${at}.png`, false);
          });
          // A card opened from a name scrolled to the foot of the screen, where a card most easily runs off.
          await attempt(`person card ${at}`, `person-card--${at}.png`, async () => {
            for (const path of sections) {
              await page.goto(`${server.url}${path}`);
              // The first name far enough down the page to be scrolled to the foot, just above any bar there.
              const index = await page.evaluate(() =>
                [...document.querySelectorAll('article [popovertarget]')].findIndex((el) => el.getBoundingClientRect().top > innerHeight),
              );
              if (index < 0) continue;
              const mention = page.locator('article [popovertarget]').nth(index);
              await mention.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 90));
              await mention.click();
              await page.locator('[popover]:popover-open').first().waitFor({ timeout: 5_000 });
              await settle(page);
              await shoot(page, 'person card open', `card from ${path} · ${at}`, `person-card--${at}.png`, false);
              return;
            }
            throw new Error('no page names anyone with a card');
          });
        }
        await context.close();
      }
    }

    // Print: light only (paper), as PDF to open and as A4-wide PNG to glance at.
    const print = await browser.newContext({ viewport: { width: 794, height: 1123 }, colorScheme: 'light' });
    const page = await print.newPage();
    for (const path of pages.filter((p) => ['overview', 'section', 'full-story'].includes(pageKind(p)))) {
      await attempt(`print ${path}`, `${nameOf(path)}--print.png`, async () => {
        await page.goto(`${server.url}${path}`);
        await settle(page);
        await page.pdf({ path: join(OUT, `${nameOf(path)}--print.pdf`), format: 'A4', printBackground: false });
        await page.emulateMedia({ media: 'print' });
        await shoot(page, `print: ${path}`, `print ${path} (PNG, A4 width; see the PDF for page breaks)`, `${nameOf(path)}--print.png`);
        shots.push({ group: `print: ${path}`, file: `${nameOf(path)}--print.pdf`, label: 'PDF' });
        await page.emulateMedia({ media: 'screen' });
      });
    }
    await print.close();
  } finally {
    await browser.close();
    await server.close();
  }

  if (only.length === 0) writeFileSync(join(OUT, 'index.html'), indexPage(shots, failures));
  console.log(`\n${shots.length} files in ${OUT}/ (open ${OUT}/index.html).`);
  if (failures.length > 0) {
    console.error(`Not shot:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page listing every shot, grouped by page, images linked full size. */
function indexPage(shots, failures) {
  const groups = Map.groupBy(shots, (s) => s.group);
  const body = [...groups]
    .map(
      ([group, items]) =>
        `<section><h2>${escape(group)}</h2><ul>${items
          .map((s) => `<li><a href="${escape(s.file)}">${s.file.endsWith('.png') ? `<img loading="lazy" src="${escape(s.file)}" alt="">` : ''}<span>${escape(s.label)}</span></a></li>`)
          .join('')}</ul></section>`,
    )
    .join('\n');
  const problems = failures.length ? `<p class="failed">Not shot: ${failures.map(escape).join('; ')}</p>` : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:15px system-ui,sans-serif;margin:1rem}ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
li a{display:grid;gap:.25rem;width:12rem}img{width:12rem;height:16rem;object-fit:cover;object-position:top;border:1px solid #ccc}.failed{color:#a00}</style>
<h1>Screenshots (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)</h1>${problems}
${body}</html>\n`;
}

await main();
