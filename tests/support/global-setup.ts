// Before any test: finds Chromium and nginx (installing Debian's packages when it can), builds the site once
// for the whole run, and serves dist/ on 127.0.0.1 for the browser tests.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { ensureTools, TOOLS } from '../../scripts/system-tools.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
    nginxPath: string;
  }
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
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
  }
  const site = await serve({ root: 'dist', port: 0 });
  project.provide('siteUrl', site.url);
  return () => site.close();
}
