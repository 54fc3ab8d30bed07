// Whole builds of small corpora: an editor's new explainer needs no code, and bad content
// stops the build with a named file and field, leaving the published site as it was.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

describe('astro build of other content', () => {
  it('publishes a second explainer added as MDX files alone, newest first', () => {
    const content = writeFixture({
      ...validFiles(),
      'second-explainer/index.mdx': VALID_INDEX.replace('A test explainer', 'A newer explainer').replaceAll('2025-01-24', '2025-03-01'),
      'second-explainer/01-only.mdx': section('Only', 1, '## A subhead\n\nNewer reported text.'),
    });
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-build-')), 'dist');
    const { status, output } = buildSite(content, dist);
    expect(status, output).toBe(0);
    for (const path of ['test-explainer/first', 'test-explainer/second', 'second-explainer/only', 'second-explainer/full-story']) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home.indexOf('A newer explainer')).toBeGreaterThan(-1);
    expect(home.indexOf('A newer explainer')).toBeLessThan(home.indexOf('A test explainer'));
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  it('fails on bad content naming file and field, and leaves the published site untouched', () => {
    const content = writeFixture(validFiles({ 'test-explainer/02-second.mdx': section('Second', 2).replace(/^summary:.*\n/m, '') }));
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-build-')), 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the last good build');
    const { status, output } = buildSite(content, dist);
    expect(status).not.toBe(0);
    expect(output).toContain('test-explainer/02-second.mdx → summary: is required');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});
