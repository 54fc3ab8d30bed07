// `npm run draft -- path/to/article.txt [--out DIR] [--slug NAME]`: drafts a new explainer folder from a
// plain-text copy of a news story. The work is in src/lib/draft/ (TypeScript), loaded through Vite's
// module runner so this script stays a thin shell with no build step.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../src/lib/draft/cli.ts', import.meta.url).pathname);
process.exitCode = module.main(process.argv.slice(2));
