// Pagefind's own Default UI (PagefindUI) on a built site's index, for comparing our search with it in the
// same run. The site's build deletes pagefind-ui.js (src/integrations/search-index.ts); Pagefind writes
// the same file into any bundle, so it is taken from a one-page index and served beside the site's own.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the Default UI's page is served. */
export const DEFAULT_UI_PATH = '/bench-default-ui/';
const FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/** Pagefind's Default UI files, written by the installed Pagefind for a one-page site. */
async function defaultUiFiles() {
  const work = mkdtempSync(join(tmpdir(), 'pagefind-default-ui-'));
  writeFileSync(join(work, 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><p>One page.</p></main></body></html>');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    await index.addDirectory({ path: work });
    const written = await index.writeFiles({ outputPath: join(work, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  return { dir: join(work, 'pagefind'), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * Adds a page at DEFAULT_UI_PATH to `dist`: Pagefind's Default UI, with its defaults, searching the
 * site's own index in the language `lang`: each of its parts (dist/pagefind/parts.json), merged as the site merges them.
 */
export async function addDefaultUi(dist, lang = 'en') {
  const [first, ...rest] = JSON.parse(readFileSync(join(dist, 'pagefind', 'parts.json'), 'utf8'))[lang] ?? ['/pagefind/'];
  const options = { element: '#search', bundlePath: first, mergeIndex: rest.map((bundlePath) => ({ bundlePath })) };
  const files = await defaultUiFiles();
  const target = join(dist, DEFAULT_UI_PATH);
  mkdirSync(target, { recursive: true });
  for (const file of FILES) copyFileSync(join(files.dir, file), join(target, file));
  files.cleanup();
  writeFileSync(
    join(target, 'index.html'),
    `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind Default UI</title>
<link rel="stylesheet" href="${DEFAULT_UI_PATH}pagefind-ui.css">
<script src="${DEFAULT_UI_PATH}pagefind-ui.js"></script>
</head>
<body>
<main><h1>Search</h1><div id="search"></div></main>
<script>
  window.addEventListener('DOMContentLoaded', () => new PagefindUI(${JSON.stringify(options)}));
</script>
</body>
</html>
`,
  );
}
