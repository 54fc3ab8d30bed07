// Runs the content check before anything renders and hands its marks to the pages. Bad content stops
// `astro build` (and `npm start`, `astro check`) with the list of problems and nothing else; in
// `astro dev` every edit under the content folder is checked again, and the list shows in the terminal
// and in the browser instead of the page until it is fixed.
import { writeSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, formatProblems, type ContentReport } from '../lib/content-check';
import { firstLine } from '../lib/content/report';

const MARKS = 'virtual:explainer/marks';
const RESOLVED = `\0${MARKS}`;
const DEV_OUTCOME = 'pages show this list until they are fixed';

let report: ContentReport = { problems: [], marks: {}, languages: {} };

/** The language of the explainer a content file belongs to, as the last check read it. */
export function contentLanguage(path: string | undefined): string | undefined {
  return path ? report.languages[basename(dirname(path))] : undefined;
}

export function contentGuard(root: string): AstroIntegration {
  const run = () => {
    try {
      report = checkContent(root);
    } catch (error) {
      // Should the check itself fail, the editor gets one line, and `astro dev` stays up.
      report = { problems: [{ file: root, message: `could not be checked: ${firstLine(error)}` }], marks: {}, languages: {} };
    }
    return report;
  };

  // The marks each section's body holds, read once by the check: no page parses MDX again.
  const marksModule: Plugin = {
    name: 'explainer:marks',
    resolveId: (id) => (id === MARKS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(report.marks)};` : undefined),
  };

  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // Tells the content layer that the check reports problems while `astro dev` runs (content.config.ts).
        if (command === 'dev') process.env['EXPLAINER_CHECK_REPORTS'] = 'dev';
        const { problems } = run();
        if (problems.length > 0) {
          printProblems(formatProblems(problems, command === 'dev' ? DEV_OUTCOME : undefined));
          // One clean list is the whole message: no stack trace, and nothing is built.
          if (command !== 'dev') process.exit(1);
        } else {
          logger.info(`content checked: ${root}`);
        }
        updateConfig({ vite: { plugins: [marksModule] } });
      },
      'astro:server:setup': ({ server, logger }) => watch(server, resolve(root), { run, current: () => report }, logger),
    },
  };
}

/** Checks again on every change under the content folder; while problems remain, pages show the list. */
interface Checker {
  run: () => ContentReport;
  current: () => ContentReport;
}

function watch(server: ViteDevServer, root: string, { run, current }: Checker, logger: { info(m: string): void }): void {
  let timer: NodeJS.Timeout | undefined;
  const recheck = () => {
    const { problems } = run();
    const marks = server.moduleGraph.getModuleById(RESOLVED);
    if (marks) server.moduleGraph.invalidateModule(marks);
    if (problems.length > 0) {
      printProblems(formatProblems(problems, DEV_OUTCOME));
      server.hot.send({ type: 'error', err: { message: formatProblems(problems, DEV_OUTCOME), stack: '' } });
    } else {
      logger.info('content checked: no problems');
      server.hot.send({ type: 'full-reload' });
    }
  };
  server.watcher.add(root);
  server.watcher.on('all', (_event, path) => {
    if (path !== root && !path.startsWith(root + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, 150);
  });
  server.middlewares.use((req, res, next) => {
    const { problems } = current();
    if (problems.length === 0 || !(req.headers.accept ?? '').includes('text/html')) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(problemPage(formatProblems(problems, DEV_OUTCOME)));
  });
}

/** Written at once (an asynchronous write to a pipe could be lost when the process exits). */
function printProblems(text: string): void {
  writeSync(2, `\n${text}\n\n`);
}

function problemPage(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Content problems</title><body style="font:16px/1.5 system-ui;margin:2rem"><h1>Fix the content to see the site</h1><pre style="white-space:pre-wrap">${escaped}</pre><p>The page reloads once the content checks out.</p><script type="module" src="/@vite/client"></script></body></html>`;
}
