// The sites the global setup built and serves, as test files see them.
import { inject } from 'vitest';
import { FIXTURE_SITE, REAL_SITE, type ServedSite } from './sites';

/** The real site: dist/ built from content/explainers. */
export const realSite = (): ServedSite => ({ ...REAL_SITE, url: inject('siteUrl') });

/** The fixture explainers under tests/fixtures/explainers, built for their own origin. */
export const fixtureSite = (): ServedSite => ({ ...FIXTURE_SITE, url: inject('fixtureSiteUrl') });
