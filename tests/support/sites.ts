// The two built sites the tests read and serve. The real content as it ships (dist/) is checked only
// by generic checks; tests that need particular text read the fixture explainers under tests/fixtures/,
// built for another origin, which also proves SITE_URL moves every shared URL.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localOrigin } from '../../scripts/site-origin.mjs';

export interface BuiltSite {
  /** The built site. */
  dist: string;
  /** The explainers it was built from, one folder each. */
  content: string;
  /** The origin it was built for (SITE_URL): canonical, shared and feed URLs start with it. */
  origin: string;
}

/** A built site served on 127.0.0.1 at `url`. */
export interface ServedSite extends BuiltSite {
  url: string;
}

export const REAL_SITE: BuiltSite = {
  dist: 'dist',
  content: 'content/explainers',
  // SITE_URL, or the address npm start builds for and serves at: dist/ after npm test is npm start's build.
  origin: process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : localOrigin(),
};

/** Where tests write the sites they build: outside the project, one folder per checkout. */
export const BUILT = join(tmpdir(), `explainer-tests-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}`);

export const FIXTURE_SITE: BuiltSite = {
  dist: join(BUILT, 'fixtures', 'dist'),
  content: 'tests/fixtures/explainers',
  origin: 'https://news.example.net',
};
