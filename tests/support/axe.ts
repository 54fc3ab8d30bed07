// axe-core in Chromium with the rules the site promises: WCAG 2.0, 2.1 and 2.2 at A and AA, and best
// practice. axe runs inside the page (axe.run on the document; the pages have no frames), put there
// once per page load and reused for every check of that load.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The violations on the page as it is now, one line each, prefixed with `where`. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const { violations } = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  return violations.map((v) => `${where} ${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}
