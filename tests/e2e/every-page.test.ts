// Every page of the real site in Chromium, each loaded once and seen two ways: in the light scheme
// 320 px wide, and in the dark scheme at 200% zoom of a 1280 px window (640 CSS pixels). Each way:
// axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, best practice) and sideways scrolling; over the whole
// walk, search included: console errors and CSP violations, and requests to other hosts. Every page of
// the fixture site too, for sideways scrolling: its long-words explainer holds the longest headline,
// titles, names and words an editor might write.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';
import { pagePaths } from '../support/dist';
import { FIXTURE_SITE, REAL_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('siteUrl');
const fixtureSite = inject('fixtureSiteUrl');
const browser = useBrowser();
const paths = pagePaths(REAL_SITE.dist);
const fixturePaths = pagePaths(FIXTURE_SITE.dist);
// A word the search surely finds: the first section's title.
const query = sectionsOf(REAL_SITE.content, explainerSlugs(REAL_SITE.content)[0]!)[0]!.data.title as string;

/** How each page is seen: light on a phone 320 px wide, dark at 200% zoom of a 1280 px window. */
const VIEWS = [
  { colorScheme: 'light', at: '320 px wide', viewport: { width: 320, height: 640 } },
  { colorScheme: 'dark', at: '200% zoom', viewport: { width: 640, height: 400 } },
] as const;
type View = (typeof VIEWS)[number];

interface Found {
  axe: string[];
  overflow: string[];
}
const found = new Map<View['colorScheme'], Found>(VIEWS.map((v) => [v.colorScheme, { axe: [], overflow: [] }]));
const errors: string[] = [];
const elsewhere: string[] = [];

/** Opens a page; the 404 page is sent with status 404, which Chromium logs as one failed load, and only that line is dropped. */
async function visit(page: Page, url: string, logged: string[]): Promise<void> {
  const seen = logged.length;
  await page.goto(url);
  if (!url.endsWith('/404.html')) return;
  const after = logged.splice(seen);
  logged.push(...after.filter((line) => !/status of 404 \(Not Found\)/.test(line)));
}

// One visit per page, seen both ways in turn (a pixel ratio of 2, as at 200% zoom or on a phone).
beforeAll(async () => {
  const { page, errors: logged } = await openPage(browser(), { deviceScaleFactor: 2 });
  try {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('request', (r) => {
      if (![site, fixtureSite, 'data:'].some((ok) => r.url().startsWith(ok))) elsewhere.push(r.url());
    });
    for (const path of paths) {
      for (const [i, { colorScheme, viewport }] of VIEWS.entries()) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        if (i === 0) await visit(page, `${site}${path}`, logged);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found.get(colorScheme)!.overflow.push(`${path} by ${overflow}px`);
        found.get(colorScheme)!.axe.push(...(await axeViolations(page, path)));
      }
    }
    // The fixture site's pages, for sideways scrolling alone (axe has seen every kind of page above).
    for (const path of fixturePaths) {
      for (const [i, { colorScheme, viewport }] of VIEWS.entries()) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        if (i === 0) await visit(page, `${fixtureSite}${path}`, logged);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found.get(colorScheme)!.overflow.push(`fixture site ${path} by ${overflow}px`);
      }
    }
    // Search included: the engine, its worker and wasm run under the same policy.
    await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor();
    errors.push(...logged);
  } finally {
    await page.context().close();
  }
}, 600_000);

it('visits every page the site has', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/search/', '/people/', '/topics/', '/explainers/', ...explainerSlugs(REAL_SITE.content).map((e) => `/${e}/`)]));
});

it('visits every page of the fixture site, the long-words explainer’s among them', () => {
  expect(fixturePaths).toEqual(expect.arrayContaining(['/long-words/', '/long-words/a-title-that-runs-on/', '/long-words/full-story/', '/people/', '/topics/']));
});

describe.each(VIEWS)('every page in the $colorScheme scheme at $at', ({ colorScheme }) => {
  it('has no axe violation', () => {
    expect(found.get(colorScheme)!.axe).toEqual([]);
  });

  it('needs no sideways scrolling', () => {
    expect(found.get(colorScheme)!.overflow).toEqual([]);
  });
});

it('logs no console error or CSP violation on any page, search included', () => {
  expect(errors).toEqual([]);
});

it('asks nothing of another host from any page, search included', () => {
  expect(elsewhere).toEqual([]);
});
