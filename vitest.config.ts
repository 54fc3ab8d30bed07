/// <reference types="vitest/config" />
// Astro's Vite config lets component tests render .astro files through the Container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
