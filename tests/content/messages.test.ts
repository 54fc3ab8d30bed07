// What an editor sees when content is wrong: in `astro build` (and so `npm start`) the list of
// problems and nothing else; in `astro dev` the same list in the terminal and in the browser, checked
// again on every edit, until the content is fixed and the site shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';
import { startDev } from '../support/dev-server';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const broken = () =>
  writeFixture(
    validFiles({
      'test-explainer/index.mdx': VALID_INDEX.replace('published: 2025-01-24', 'published: 2025-02-30'),
      'test-explainer/01-first.mdx': section('First', 1, 'import fs from "node:fs"\n\nHost: {fs.readFileSync("/etc/hostname", "utf8")}'),
    }),
  );
const LIST = /Content has 3 problems; (nothing was built|pages show this list until they are fixed):\n {2}.*index\.mdx → published: must be a real date.*\n {2}.*01-first\.mdx → body, line 8: import and export are not allowed.*\n {2}.*01-first\.mdx → body, line 10: \{fs\.readFileSync.*is code/;

describe('astro build with bad content', () => {
  it('prints the list of problems and nothing else, and fails', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-messages-')), 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { encoding: 'utf8', env: { ...process.env, EXPLAINER_CONTENT: broken(), EXPLAINER_DIST: dist } });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(LIST);
    expect(output.trim().split('\n')).toHaveLength(4);
    expect(output).not.toMatch(/unhandled|Location:|Stack trace|\bat .*\.js:\d+|Error/);
  });
});

describe('astro build with a source the sections do not carry', () => {
  it('names the missing paragraph and the line it cannot classify by their source lines, and fails', () => {
    const content = writeFixture(
      validFiles({
        'test-explainer/index.mdx': VALID_INDEX.replace('  title: "A test report"\n', '  title: "A test report"\n  file: source.txt\n'),
        'test-explainer/source.txt': 'A test report\n\nThe council voted to close the pool.\n\nRead more about the pool on our site\n',
      }),
    );
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-messages-')), 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { encoding: 'utf8', env: { ...process.env, EXPLAINER_CONTENT: content, EXPLAINER_DIST: dist } });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(/Content has 2 problems; nothing was built:\n {2}.*source\.txt → line 3: “The council voted to close the pool\.” is in no section word for word: carry it as the source gives it in .*01-first\.mdx\n {2}.*source\.txt → line 5: “Read more about the pool on our site” looks like a “Read more” line, but not one the check knows/);
    expect(output).not.toMatch(/unhandled|Stack trace|\bat .*\.js:\d+|Error/);
  });
});

describe('astro build without SITE_URL', () => {
  it('stops with one line saying how to set it, and builds nothing', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-messages-')), 'dist');
    const { SITE_URL: _, ...env } = process.env;
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { encoding: 'utf8', env: { ...env, EXPLAINER_CONTENT: writeFixture(validFiles({})), EXPLAINER_DIST: dist } });
    const lines = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim() && !/content checked/.test(l));
    expect(result.status).toBe(1);
    expect(lines).toEqual(['SITE_URL is not set: run SITE_URL=https://your.site npm run build (npm start and npm test set it for you)']);
    expect(existsSync(dist)).toBe(false);
  });

  it('refuses an address that is not an origin', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-messages-')), 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { encoding: 'utf8', env: { ...process.env, SITE_URL: 'your.site/news', EXPLAINER_CONTENT: writeFixture(validFiles({})), EXPLAINER_DIST: dist } });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/^SITE_URL is not an address: "your.site\/news"/m);
  });
});

describe('astro dev with bad content', () => {
  it('shows the list in the terminal and the browser, and the site once an edit fixes it', { timeout: 240_000 }, async () => {
    const content = broken();
    const dev = await startDev(content);
    const page = () => dev.page();
    try {
      await expect.poll(page, { timeout: 30_000, interval: 500 }).toMatchObject({ status: 500 });
      const shown = (await page())!.text.replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
      expect(shown).toMatch(LIST);
      expect(dev.terminal()).toMatch(LIST);

      const first = join(content, 'test-explainer', '01-first.mdx');
      writeFileSync(join(content, 'test-explainer', 'index.mdx'), VALID_INDEX);
      writeFileSync(first, readFileSync(first, 'utf8').replace(/import fs[\s\S]*$/, 'Reported text.\n'));
      await expect.poll(page, { timeout: 60_000, interval: 500 }).toMatchObject({ status: 200, text: expect.stringContaining('A test explainer') });
      expect(dev.terminal()).toMatch(/content checked: no problems/);

      // A malformed address once stopped the check with "URI malformed", and took the server down with it.
      writeFileSync(first, readFileSync(first, 'utf8').replace('Reported text.', 'Reported [text](#%E0%A4).'));
      await expect.poll(page, { timeout: 60_000, interval: 500 }).toMatchObject({ status: 500, text: expect.stringMatching(/01-first\.mdx → body, line 8: links to "#%E0%A4" is not a valid address/) });
      expect(dev.terminal()).not.toMatch(/URIError|URI malformed/);
      expect(dev.terminal()).not.toMatch(/Stack trace|InvalidContentEntryDataError/);
    } finally {
      await dev.stop();
    }
  });
});
