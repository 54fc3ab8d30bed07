// Generic checks over a built site: they hold for any content, naming no explainer and no text of
// one. The tests over dist/ run them on the real site; tests/content/build.test.ts runs every one of
// them again on a corpus with the sample explainer renamed and another added.
import { it } from 'vitest';
import type { ServedSite } from '../sites';
import { budgetChecks } from './budget';
import { feedChecks } from './feeds';
import { pageChecks } from './pages';
import { searchChecks } from './search';
import { shareChecks } from './share';
import { structureChecks } from './structure';

export { budgetChecks, feedChecks, pageChecks, searchChecks, shareChecks, structureChecks };

export interface SiteCheck {
  /** What the check proves, as a test name. */
  name: string;
  run(site: ServedSite): void | Promise<void>;
}

export const ALL_CHECKS: readonly SiteCheck[] = [...pageChecks, ...structureChecks, ...shareChecks, ...searchChecks, ...budgetChecks, ...feedChecks];

/** One test per check, on the site `site()` returns (called inside the test, once the site is served). */
export function testChecks(checks: readonly SiteCheck[], site: () => ServedSite): void {
  for (const check of checks) it(check.name, () => check.run(site()));
}
