// The story on the first screen: on a 390×844 phone and a 1440×900 desktop, every section page of the
// real site and of the fixtures starts its first paragraph of reporting in the top half of the first
// screen, site header included, with the section's question as the page heading above it.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { FIXTURE_SITE, REAL_SITE, type BuiltSite } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const browser = useBrowser();
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];

const sites: [string, string, BuiltSite][] = [
  ['the real site', inject('siteUrl'), REAL_SITE],
  ['the fixture explainers', inject('fixtureSiteUrl'), FIXTURE_SITE],
];

describe.each(sites)('%s', (_name, url, site) => {
  const sections = explainerSlugs(site.content).flatMap((e) => sectionsOf(site.content, e).map((s) => ({ path: `/${e}/${s.slug}/`, question: s.data.question as string })));

  it.each(SCREENS)('starts every section’s first paragraph in the top half of a $width×$height screen', async (viewport) => {
    const { page, errors } = await openPage(browser(), { viewport });
    const late: string[] = [];
    for (const { path, question } of sections) {
      await page.goto(`${url}${path}`);
      expect(await page.locator('h1').innerText(), path).toBe(question);
      const top = await page.locator('article .article-body > p').first().evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
      expect(top, path).toBeGreaterThan(0);
      if (top >= viewport.height / 2) late.push(`${path}: ${Math.round(top)} px`);
    }
    expect(late).toEqual([]);
    expect(errors).toEqual([]);
  });
});
