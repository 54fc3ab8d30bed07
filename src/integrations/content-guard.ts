// Runs the content check, and the check of public/, before anything renders and hands its marks to the
// pages. Bad content stops `astro build` (and `npm start`, `astro check`) with the list of problems and
// nothing else; in `astro dev` every edit under the content folder or public/ is checked again, and the
// list shows in the terminal and in the browser instead of the page until it is fixed. A draft's
// TODO(editor) placeholders stop a build, but in `astro dev` they are warnings: the pages show, with the
// placeholders highlighted.
import { readFileSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, checkContentYielding, formatProblems, type ContentProblem, type ContentReport, type ExplainerCheck, type KeptChecks } from '../lib/content-check';
import { contentLayerCaughtUp } from '../lib/content/dev-rereads';
import { dropParsedBodies, keepParsedBodies } from '../lib/content/parsed-bodies';
import { isPlaceholderProblem } from '../lib/content/placeholders';
import { publicFileProblems } from '../lib/content/public-files';
import { firstLine } from '../lib/content/report';
import { buildCodeDigest, buildContext, cacheFolder, keep, readKept, writeWhole } from '../lib/build-cache-files';

const MARKS = 'virtual:explainer/marks';
/** In the cache folder: each content file's digest by its stat (keptChecks). */
const STAMPS = 'content-stamps.json';
const RESOLVED = `\0${MARKS}`;
const DEV_OUTCOME = 'pages show this list until they are fixed';
const DRAFT_OUTCOME = 'pages show them highlighted; a build refuses them until they are written';

/** What stops `astro dev` showing pages: every problem but a draft's placeholders, which are warnings there. */
const stopsDev = (problems: readonly ContentProblem[]) => problems.filter((p) => !isPlaceholderProblem(p));

let report: ContentReport = { problems: [], marks: {}, reading: {}, coverage: {}, sourceTitles: {} };

/** `whileBuilding` is told each explainer's check as soon as it is known, in a build (drawCardsAhead). */
export function contentGuard(root: string, whileBuilding?: (check: ExplainerCheck) => void): AstroIntegration {
  let publicDir = '';
  const withPublic = (content: ContentReport) => (report = { ...content, problems: [...content.problems, ...publicFileProblems(publicDir)] });
  // Should the check itself fail, the editor gets one line, and `astro dev` stays up.
  const failed = (error: unknown) => (report = { problems: [{ file: root, message: `could not be checked: ${firstLine(error)}` }], marks: {}, reading: {}, coverage: {}, sourceTitles: {} });
  const run = () => {
    try {
      return withPublic(checkContent(root, undefined, keptChecks()));
    } catch (error) {
      return failed(error);
    }
  };
  // A build's check lets the share cards it starts reach the drawing process as it goes, not when it ends.
  const runBuild = () => checkContentYielding(root, undefined, keptChecks(), whileBuilding).then(withPublic).catch(failed);

  // The marks each section's body holds, read once by the check: no page parses MDX again. A build
  // reads them as data (a file in the cache folder; each page's key holds its own), so the module's code,
  // which Astro's incremental build hashes into every page's key, stays the same when marks change;
  // `astro dev` inlines them, and invalidates the module on every check (watch).
  let dev = false;
  const marksModule: Plugin = {
    name: 'explainer:marks',
    // Filters Rolldown applies itself: the 40,000 other imports of a large site never call into JavaScript here.
    resolveId: { filter: { id: new RegExp(`^${MARKS}$`) }, handler: () => RESOLVED },
    load: { filter: { id: new RegExp(`^\\0${MARKS}$`) }, handler: () => (dev ? inlineMarks(report) : marksFromFile(writeMarks(report))) },
  };

  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        dev = command === 'dev';
        publicDir = fileURLToPath(config.publicDir);
        // Tells the content layer that the check reports problems while `astro dev` runs (content.config.ts).
        if (command === 'dev') process.env['EXPLAINER_CHECK_REPORTS'] = 'dev';
        if (command === 'build') keepParsedBodies();
        const all = (command === 'build' ? await runBuild() : run()).problems;
        const problems = command === 'dev' ? stopsDev(all) : all;
        if (command === 'dev') printPlaceholders(all);
        if (problems.length > 0) {
          printProblems(formatProblems(problems, command === 'dev' ? DEV_OUTCOME : undefined));
          // One clean list is the whole message: no stack trace, and nothing is built.
          if (command !== 'dev') process.exit(1);
        } else {
          logger.info(`content checked: ${root}`);
        }
        updateConfig({ vite: { plugins: [marksModule] } });
      },
      'astro:build:done': () => dropParsedBodies(),
      'astro:server:setup': ({ server, logger }) => watch(server, [resolve(root), publicDir], { run, current: () => report }, logger),
    },
  };
}

/**
 * Each explainer's check, kept in the cache folder by a key of its files and the check's code: a
 * folder that did not change is not parsed again. A record is used only when it is whole and its key is
 * the one asked for; anything else is checked again.
 */
export function keptChecks(folder = cacheFolder()): KeptChecks {
  const file = (key: string) => `${key}.json`;
  // Each file's digest by its stat, as the last check read it; the next keeps the files it met.
  const stampsFile = join(folder, STAMPS);
  let known: Record<string, unknown> = {};
  try {
    const data: unknown = JSON.parse(readFileSync(stampsFile, 'utf8'));
    if (data && typeof data === 'object' && !Array.isArray(data)) known = data as Record<string, unknown>;
  } catch {
    // None kept, or broken: every file is read.
  }
  const met: Record<string, [string, string]> = {};
  return {
    stamped: {
      get: (path, stamp) => {
        const entry = known[path];
        if (!Array.isArray(entry) || entry[0] !== stamp || typeof entry[1] !== 'string') return undefined;
        met[path] = [stamp, entry[1]];
        return entry[1];
      },
      set: (path, stamp, digest) => {
        met[path] = [stamp, digest];
      },
    },
    save: () => writeWhole(stampsFile, JSON.stringify(met)),
    code: `${buildCodeDigest()}\0${buildContext(undefined).code}`,
    read: (key) => {
      try {
        const record = JSON.parse(readKept('content-check', file(key), folder)?.toString('utf8') ?? 'null') as { key?: unknown; check?: ExplainerCheck } | null;
        return record?.key === key && record.check && typeof record.check === 'object' ? record.check : undefined;
      } catch {
        return undefined;
      }
    },
    write: (key, check) => keep('content-check', file(key), JSON.stringify({ key, check }), folder),
  };
}

/** Checks again on every change under the content folder or public/; while problems remain, pages show the list. */
interface Checker {
  run: () => ContentReport;
  current: () => ContentReport;
}

function watch(server: ViteDevServer, roots: string[], { run, current }: Checker, logger: { info(m: string): void }): void {
  let timer: NodeJS.Timeout | undefined;
  const recheck = (reload = true) => {
    clearTimeout(timer);
    timer = undefined;
    const all = run().problems;
    const problems = stopsDev(all);
    printPlaceholders(all);
    const marks = server.moduleGraph.getModuleById(RESOLVED);
    if (marks) server.moduleGraph.invalidateModule(marks);
    if (problems.length > 0) printProblems(formatProblems(problems, DEV_OUTCOME));
    else logger.info('content checked: no problems');
    // The page reloads into the list (or the site): Vite's error overlay would show it beside a stack.
    if (reload) server.hot.send({ type: 'full-reload' });
  };
  server.watcher.add(roots);
  server.watcher.on('all', (_event, path) => {
    if (!roots.some((root) => path === root || path.startsWith(root + sep))) return;
    clearTimeout(timer);
    timer = setTimeout(() => recheck(), 150);
  });
  server.middlewares.use((req, res, next) => {
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    // A page asked for between an edit and its check waits for the check, never renders the edit unchecked,
    // and, when it shows, for the content layer to hold the content as the check read it.
    if (timer) recheck(false);
    const problems = stopsDev(current().problems);
    if (problems.length === 0) return contentLayerCaughtUp().then(() => next());
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(problemPage(formatProblems(problems, DEV_OUTCOME)));
  });
}

const inlineMarks = ({ marks, reading, sourceTitles }: ContentReport) =>
  `export default ${JSON.stringify(marks)};\nexport const reading = ${JSON.stringify(reading)};\nexport const sourceTitles = ${JSON.stringify(sourceTitles)};`;

/** A module that reads the marks from `file` when it runs: its code never changes with them. */
const marksFromFile = (file: string) =>
  `import { readFileSync } from 'node:fs';\nconst data = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\nexport default data.marks;\nexport const reading = data.reading;\nexport const sourceTitles = data.sourceTitles;`;

/** Writes the marks of the last check into the cache folder (whole, then renamed); returns the file. */
function writeMarks({ marks, reading, sourceTitles }: ContentReport, folder = cacheFolder()): string {
  const file = join(folder, 'marks.json');
  writeWhole(file, JSON.stringify({ marks, reading, sourceTitles }));
  return file;
}

/** A draft's placeholders, listed as warnings in `astro dev`. */
function printPlaceholders(problems: readonly ContentProblem[]): void {
  const left = problems.filter(isPlaceholderProblem);
  if (left.length > 0) printProblems(formatProblems(left, DRAFT_OUTCOME).replace(/^Content has (\d+) problems?/, (_, n) => `Drafts have ${n} placeholder${n === '1' ? '' : 's'} left`));
}

/** Written at once (an asynchronous write to a pipe could be lost when the process exits). */
function printProblems(text: string): void {
  writeSync(2, `\n${text}\n\n`);
}

function problemPage(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Content problems</title><body style="font:16px/1.5 system-ui;margin:2rem"><h1>Fix the content to see the site</h1><pre style="white-space:pre-wrap">${escaped}</pre><p>The page reloads once the content checks out.</p><script type="module" src="/@vite/client"></script></body></html>`;
}
