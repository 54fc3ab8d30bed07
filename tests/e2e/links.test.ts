// Every internal link and #anchor on the served site resolves, crawled by linkinator from the home page.
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths } from '../support/dist';

const site = inject('siteUrl');

describe('links (linkinator)', () => {
  it('finds no broken internal link or anchor from the home page and the 404 page', async () => {
    const checker = new LinkChecker();
    const results = await Promise.all(
      [`${site}/`, `${site}/404.html`].map((path) =>
        checker.check({
          path,
          recurse: true,
          checkFragments: true,
          // Only this site: share links to other networks are outside the test's network.
          linksToSkip: async (link) => !link.startsWith(site),
        }),
      ),
    );
    const links = results.flatMap((r) => r.links);
    const broken = links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) from ${l.parent}`);
    expect(broken).toEqual([]);
    // Every built page was reached, so every page's links were checked.
    const reached = new Set(links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    expect(pagePaths().filter((p) => !reached.has(p))).toEqual([]);
  });
});
