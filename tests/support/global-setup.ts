// Before any test: finds Chromium and nginx (installing Debian's packages when it can), builds the site
// and the fixture explainers once for the whole run, and serves both on 127.0.0.1 for the browser tests
// and the search index. SKIP_BUILD=1 reuses both builds as they are.
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { ensureTools, TOOLS } from '../../scripts/system-tools.mjs';
import { astroBuild, buildSite, type BuildResult } from './build';
import { FIXTURE_SITE, REAL_SITE } from './sites';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site (dist/), served. */
    siteUrl: string;
    chromiumPath: string;
    nginxPath: string;
    /** The fixture explainers' site, served. */
    fixtureSiteUrl: string;
  }
}

function succeeded(what: string, { status, output }: BuildResult) {
  if (status !== 0) throw new Error(`Building ${what} failed:\n${output}`);
}

export default async function setup(project: TestProject) {
  let tools: Record<string, string>;
  try {
    tools = ensureTools([TOOLS.chromium, TOOLS.nginx]);
  } catch (error) {
    // The message is the whole story (what is missing, the command to run); a thrown error would come
    // wrapped in Vitest's "unhandled error" report with a stack trace.
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  project.provide('chromiumPath', tools['chromium']!);
  project.provide('nginxPath', tools['nginx']!);
  if (process.env.SKIP_BUILD !== '1') {
    // One after the other: Astro builds share the project's .astro/ folder.
    succeeded('the site', await astroBuild({ SITE_URL: REAL_SITE.origin }, ['--silent']));
    succeeded('the fixture explainers', await buildSite(FIXTURE_SITE));
  }
  const site = await serve({ root: REAL_SITE.dist, port: 0 });
  const fixtures = await serve({ root: FIXTURE_SITE.dist, port: 0 });
  project.provide('siteUrl', site.url);
  project.provide('fixtureSiteUrl', fixtures.url);
  return async () => {
    await Promise.all([site.close(), fixtures.close()]);
  };
}
