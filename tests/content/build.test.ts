// Whole builds of other content. The sample content with its explainer's folder renamed and a second
// explainer added as MDX files alone passes every generic check the real site passes (so no test
// depends on the sample's name); bad content stops the build, naming file and field, and leaves the
// published site as it was. Builds share the project's .astro/ folder, so they all live in this file
// and run one at a time, after the global setup's.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { buildSite } from '../support/build';
import { ALL_CHECKS, testChecks } from '../support/checks';
import { page } from '../support/dist';
import { section, validFiles, writeFixture } from '../support/fixtures';
import { BUILT, REAL_SITE, type ServedSite } from '../support/sites';

/** A second explainer as an editor adds one by following the README: MDX files alone, published last. */
const ADDED = {
  'index.mdx': `---
headline: "A second explainer, added as MDX alone"
summary: "An explainer added beside the first, with no code change and no source file."
published: 2030-01-02
updated: 2030-01-02
source:
  title: "A report on something else"
---
`,
  // Subheads named like the page's own parts ("Explainer contents", "Main"): the generic checks find every id unique.
  '01-what-happened.mdx': section('What happened', 1, 'Something happened, as reported.\n\n## A subhead\n\nMore reported text, and [the next part](/a-second-explainer/what-next/).\n\n## Explainer contents\n\nText.\n\n## Main\n\nText.'),
  '02-what-next.mdx': section('What next', 2, 'What the report says comes next.'),
};

const UKRAINIAN = 'biblioteka-tykhorichchia';

describe('the sample content with its explainer renamed, a second explainer added, and a Ukrainian one', () => {
  const root = join(BUILT, 'renamed');
  const content = join(root, 'content');
  const site: ServedSite = { content, dist: join(root, 'dist'), origin: REAL_SITE.origin, url: '' };
  const renamed: string[] = [];
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    cpSync(REAL_SITE.content, content, { recursive: true });
    readdirSync(content).forEach((folder, i) => {
      renamed.push(`moved-explainer-${i + 1}`);
      renameSync(join(content, folder), join(content, renamed[i]!));
    });
    mkdirSync(join(content, 'a-second-explainer'));
    for (const [file, text] of Object.entries(ADDED)) writeFileSync(join(content, 'a-second-explainer', file), text);
    // And one in another language, so the generic checks hold for any language too.
    cpSync(join('tests/fixtures/explainers', UKRAINIAN), join(content, UKRAINIAN), { recursive: true });
    const { status, output } = await buildSite(site);
    if (status !== 0) throw new Error(`the build failed:\n${output}`);
    const server = await serve({ root: site.dist, port: 0 });
    site.url = server.url;
    close = server.close;
  }, 300_000);
  afterAll(() => close?.());

  it('is published, staging folder gone, the newer explainer listed first', () => {
    expect(existsSync(`${site.dist}.staging`)).toBe(false);
    const listed = page('/', site.dist).querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));
    expect(listed).toContain(`/${renamed[0]}/`);
    expect(listed.indexOf('/a-second-explainer/')).toBeGreaterThan(-1);
    expect(listed.indexOf('/a-second-explainer/')).toBeLessThan(listed.indexOf(`/${renamed[0]}/`));
  });

  testChecks(ALL_CHECKS, () => site);
});

describe('a build of bad content', () => {
  it('fails naming file and field, and leaves the published site untouched', async () => {
    const content = writeFixture(validFiles({ 'test-explainer/02-second.mdx': section('Second', 2).replace(/^summary:.*\n/m, '') }));
    const dist = join(BUILT, 'bad', 'dist');
    rmSync(join(BUILT, 'bad'), { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the last good build');
    const { status, output } = await buildSite({ content, dist, origin: REAL_SITE.origin });
    expect(status).not.toBe(0);
    expect(output).toContain('test-explainer/02-second.mdx → summary: is required');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});

describe('a build whose content makes one id twice on a page', () => {
  it('fails naming each page and id, and leaves the published site untouched', { timeout: 300_000 }, async () => {
    // A subhead that slugs to the id of the card its section's <Mention> opens: no content rule sees both.
    const content = writeFixture(validFiles({
      'test-explainer/people.yaml': 'people:\n  - name: "Anna Nowak"\n    kind: person\n    role: "mayor"\n',
      'test-explainer/01-first.mdx': section('First', 1, '<Mention of="Anna Nowak">Anna Nowak</Mention> spoke.\n\n## Person Anna Nowak\n\nMore.', 'people: ["Anna Nowak"]\n'),
    }));
    const dist = join(BUILT, 'bad-ids', 'dist');
    rmSync(join(BUILT, 'bad-ids'), { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the last good build');
    const { status, output } = await buildSite({ content, dist, origin: REAL_SITE.origin });
    expect(status).not.toBe(0);
    expect(output).toMatch(/Pages have \d+ id problems?; nothing was published:/);
    expect(output).toContain('/test-explainer/first/: id "person-anna-nowak" is used 2 times');
    expect(output).toContain('/test-explainer/full-story/: id "first--person-anna-nowak" is used 2 times');
    expect(output).not.toMatch(/\bat .*\.[jt]s:\d+|Stack trace/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});
