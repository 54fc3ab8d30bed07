// Every page of the real site in Chromium, visited once per colour scheme: in light at 320 px wide,
// in dark at 200% zoom of a 1280 px window (640 CSS pixels). On each visit: axe-core (WCAG 2.0, 2.1
// and 2.2 A and AA, best practice), sideways scrolling, console errors and CSP violations, and
// requests to other hosts, with the search page running a search as well.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser } from '../support/browser';
import { pagePaths } from '../support/dist';
import { REAL_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('siteUrl');
const browser = useBrowser();
const paths = pagePaths(REAL_SITE.dist);
// A word the search surely finds: the first section's title.
const query = sectionsOf(REAL_SITE.content, explainerSlugs(REAL_SITE.content)[0]!)[0]!.data.title as string;

const VISITS = [
  { colorScheme: 'light', at: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { colorScheme: 'dark', at: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

type Visit = (typeof VISITS)[number];
interface Found {
  axe: string[];
  overflow: string[];
  errors: string[];
  elsewhere: string[];
}

/** Visits every page, then the search page with a search run, noting what each check finds. */
async function walk({ colorScheme, viewport, deviceScaleFactor }: Visit): Promise<Found> {
  const found: Found = { axe: [], overflow: [], errors: [], elsewhere: [] };
  const { page, errors } = await openPage(browser(), { colorScheme, viewport, deviceScaleFactor });
  try {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(site) && !r.url().startsWith('data:')) found.elsewhere.push(r.url());
    });
    for (const path of paths) {
      await page.goto(`${site}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.overflow.push(`${path} by ${overflow}px`);
      found.axe.push(...(await axeViolations(page, path)));
    }
    // Search included: the engine, its worker and wasm run under the same policy.
    await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor();
    found.errors.push(...errors);
    return found;
  } finally {
    await page.context().close();
  }
}

// Both walks at once, each in its own page: they share the file's time, not add to it.
const found = new Map<Visit['colorScheme'], Found>();
beforeAll(async () => {
  const results = await Promise.all(VISITS.map(walk));
  VISITS.forEach((v, i) => found.set(v.colorScheme, results[i]!));
}, 600_000);

it('visits every page the site has', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/search/', '/people/', '/topics/', ...explainerSlugs(REAL_SITE.content).map((e) => `/${e}/`)]));
});

describe.each(VISITS)('every page in the $colorScheme scheme at $at', ({ colorScheme }) => {
  const of = () => found.get(colorScheme)!;

  it('finds no axe violation on any page', () => {
    expect(of().axe).toEqual([]);
  });

  it('needs no sideways scrolling on any page', () => {
    expect(of().overflow).toEqual([]);
  });

  it('logs no console error or CSP violation, search included', () => {
    expect(of().errors).toEqual([]);
  });

  it('asks nothing of another host, search included', () => {
    expect(of().elsewhere).toEqual([]);
  });
});
