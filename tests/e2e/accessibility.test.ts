// axe-core on every page, light and dark: WCAG 2.0, 2.1 and 2.2 A and AA, plus best practice.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { readFileSync } from 'node:fs';
import { DIST } from '../support/dist';

/** Every page the sitemap lists, as paths on the local server, plus the 404 page it leaves out. */
const sitemapPaths = [
  ...[...readFileSync(`${DIST}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  '/404.html',
];

const site = inject('siteUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const browser = useBrowser();

describe.each(['light', 'dark'] as const)('axe in the %s scheme', (colorScheme) => {
  it('finds no violation on any page', async () => {
    const { page } = await openPage(browser(), { colorScheme });
    const violations: string[] = [];
    expect(sitemapPaths.length).toBeGreaterThan(15);
    for (const path of sitemapPaths) {
      await page.goto(`${site}${path}`);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) {
        violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
