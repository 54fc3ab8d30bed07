/// <reference types="vitest/config" />
// Three projects. Pure modules and content checks run on plain Vite; components render .astro files
// through the Container API, so only they load Astro's Vite config; tests over built sites (dist/,
// Chromium, whole builds) share one build of the site and of the fixture explainers (global setup).
import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';

const CONTENT_CHECKS = 'tests/content/*-check.test.ts';

export default defineConfig({
  test: {
    // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Retrying assertions (expect.poll) wait as long as a loaded machine may need.
    expect: { poll: { timeout: 10_000 } },
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
