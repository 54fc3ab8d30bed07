// Builds the site once for the whole run and serves dist/ on 127.0.0.1 for the browser tests.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
  }
  const site = await serve({ root: 'dist', port: 0 });
  project.provide('siteUrl', site.url);
  return () => site.close();
}
