// A draft from `npm run draft` as an editor meets it: `astro build` refuses to publish it, naming each
// file and field still holding a TODO(editor) placeholder and nothing else; `astro dev` shows its pages,
// each placeholder highlighted, and lists the placeholders in the terminal as warnings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftExplainer } from '../../src/lib/draft/draft';
import { writeFixture } from '../support/fixtures';
import { startDev } from '../support/dev-server';

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** The content root holding one fresh draft of a fixture story, and the draft's folder name. */
function drafted(): { content: string; slug: string; sections: string[] } {
  const draft = draftExplainer(readFileSync('tests/fixtures/stories/millbrook-flood.txt', 'utf8'), { today: '2026-12-04' });
  const content = writeFixture(Object.fromEntries(Object.entries(draft.files).map(([file, text]) => [`${draft.slug}/${file}`, text])));
  return { content, slug: draft.slug, sections: Object.keys(draft.files).filter((f) => /^\d+-/.test(f)) };
}

describe('astro build with a draft', () => {
  it('refuses to publish while placeholders are left, naming each file and field', () => {
    const { content, slug } = drafted();
    const dist = join(mkdtempSync(join(tmpdir(), 'explainer-draft-')), 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { encoding: 'utf8', env: { ...process.env, EXPLAINER_CONTENT: content, EXPLAINER_DIST: dist } });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(/Content has \d+ problems; nothing was built:/);
    const lines = output.trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((line) => new RegExp(`^ {2}.*${slug}/[\\w-]+\\.mdx → [\\w.]+: is still a draft placeholder`).test(line))).toBe(true);
    expect(output).toMatch(new RegExp(`${slug}/index\\.mdx → summary: is still a draft placeholder`));
    expect(output).toMatch(new RegExp(`${slug}/01-part-1\\.mdx → question: is still a draft placeholder`));
  });
});

describe('astro dev with a draft', () => {
  it('shows the pages with each placeholder highlighted, and lists the placeholders as warnings', { timeout: 240_000 }, async () => {
    const { content, slug } = drafted();
    const dev = await startDev(content);
    const page = (path: string) => dev.page(path);
    try {
      expect(dev.terminal()).toMatch(/Drafts have \d+ placeholders left; pages show them highlighted; a build refuses them until they are written:/);
      await expect.poll(() => page(`/${slug}/part-1/`), { timeout: 60_000, interval: 500 }).toMatchObject({ status: 200 });
      const html = (await page(`/${slug}/part-1/`))!.text;
      // The question is the page's heading: highlighted there, and the reporting shows word for word.
      expect(html).toMatch(/<h1[^>]*>\s*<mark class="placeholder"[^>]*>TODO\(editor\): the question this section answers/);
      expect(html).toContain('Hundreds of residents of this central Vermont town');
      expect(html).not.toMatch(/<title>[^<]*<mark/);
    } finally {
      await dev.stop();
    }
  });
});
