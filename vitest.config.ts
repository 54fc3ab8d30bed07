/// <reference types="vitest/config" />
// Three projects. Pure modules and content checks run on plain Vite; components render .astro files
// through the Container API, so only they load Astro's Vite config; tests over built sites (dist/,
// Chromium, whole builds) share one build of the site and of the fixture explainers (global setup).
import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files first, so the two workers finish together even on a clean clone (Vitest knows
 * durations only from an earlier run): the walk over every page, then the other browser tests and
 * whole builds, then the rest, each group in Vitest's own order.
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = ({ moduleId }: TestSpecification) =>
      moduleId.endsWith('tests/e2e/every-page.test.ts') ? 0 : /tests\/(e2e\/|content\/build\.test)/.test(moduleId) ? 1 : 2;
    const sorted = await super.sort(files);
    const place = new Map(sorted.map((file, i) => [file, i]));
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    const project = (file: TestSpecification) => projects.indexOf(file.project.name);
    return sorted.sort((a, b) => project(a) - project(b) || rank(a) - rank(b) || place.get(a)! - place.get(b)!);
  }
}

const CONTENT_CHECKS = 'tests/content/*-check.test.ts';

export default defineConfig({
  test: {
    // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Retrying assertions (expect.poll) wait as long as a loaded machine may need.
    expect: { poll: { timeout: 10_000 } },
    sequence: { sequencer: SlowestFirst },
    projects: [
      // Test files here share no state a test changes, so workers are reused from file to file.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', CONTENT_CHECKS], isolate: false } },
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/content/**/*.test.ts'],
          exclude: [...configDefaults.exclude, CONTENT_CHECKS],
          globalSetup: ['tests/support/global-setup.ts'],
          isolate: false,
        },
      },
    ],
  },
});
