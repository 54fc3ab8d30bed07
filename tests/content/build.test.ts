// Whole builds of other content. The sample content with its explainer's folder renamed and a second
// explainer added as MDX files alone passes every generic check the real site passes (so no test
// depends on the sample's name); bad content stops the build, naming file and field, and leaves the
// published site as it was. Builds share the project's .astro/ folder, so they all live in this file
// and run one at a time, after the global setup's.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { explainerSlugs, sectionsOf } from '../support/source';
import { serve } from '../../scripts/serve.mjs';
import { buildSite } from '../support/build';
import { ALL_CHECKS, testChecks } from '../support/checks';
import { searchStartPath, type SearchStart } from '../../src/lib/search-data';
import { SITE } from '../../src/site';
import { page } from '../support/dist';
import { builtSearch } from '../support/pagefind';
import { section, validFiles, writeFixture } from '../support/fixtures';
import { BUILT, REAL_SITE, type ServedSite } from '../support/sites';

/** Only what the site cannot work out: no `order` (the file names give it), as an editor may write. */
const untyped = (text: string) => text.replace(/^order: \d+\n/m, '');

/**
 * A second explainer as an editor adds one by following the README: MDX files alone, published last,
 * in the README's own example language, en-US, and no field the site works out.
 */
const ADDED = {
  'index.mdx': `---
headline: "A second explainer, added as MDX alone"
summary: "An explainer added beside the first, with no code change and no source file."
published: 2030-01-02
lang: en-US
source:
  title: "A report on something else"
---
`,
  // Subheads named like the page's own parts ("Explainer contents", "Main"): the generic checks find every id unique.
  '01-what-happened.mdx': untyped(section('What happened', 1, 'Something happened, as reported.\n\n## A subhead\n\nMore reported text, and [the next part](/a-second-explainer/what-next/).\n\n## Explainer contents\n\nText.\n\n## Main\n\nText.')),
  '02-what-next.mdx': untyped(section('What next', 2, 'What the report says comes next.')),
};

const UKRAINIAN = 'biblioteka-tykhorichchia';

describe('the sample content with its explainer renamed, a second explainer added, and a Ukrainian one', () => {
  const root = join(BUILT, 'renamed');
  const content = join(root, 'content');
  const site: ServedSite = { content, dist: join(root, 'dist'), origin: REAL_SITE.origin, url: '' };
  const renamed: string[] = [];
  let topic: string | undefined;
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
    // The newer explainer shares a topic with the first one, if it has any: the older one then points to it.
    topic = sectionsOf(content, renamed[0]!).flatMap((s) => (s.data['topics'] as string[] | undefined) ?? [])[0];
    if (topic) {
      writeFileSync(join(content, 'a-second-explainer', '01-what-happened.mdx'), ADDED['01-what-happened.mdx'].replace(/^title: .*\n/m, (line) => `${line}topics: [${JSON.stringify(topic)}]\n`));
    }
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

  it('finds the en-US explainer from the English search page, and offers it there', async () => {
    expect(page('/a-second-explainer/what-happened/', site.dist).querySelector('html')?.getAttribute('lang')).toBe('en-US');
    expect(page('/search/', site.dist).querySelector('html')?.getAttribute('lang')).toBe(SITE.lang);
    // Pagefind searches the index of the page's <html lang>, as /search/ does.
    const search = await builtSearch(site.url, site.dist, SITE.lang);
    expect((await search.search('happened')).map((r) => r.path)).toContain('/a-second-explainer/what-happened/');
    const start = JSON.parse(readFileSync(join(site.dist, searchStartPath(SITE.lang)), 'utf8')) as SearchStart;
    expect(start.explainers.map((e) => e.url)).toContain('/a-second-explainer/');
  });

  it('points an older explainer to the newer one on its topics, shown once it is old (by its script)', () => {
    const newer = (slug: string) => page(`/${slug}/`, site.dist).querySelector('[data-age-newer]');
    if (topic) {
      expect(newer(renamed[0]!)?.querySelector('a')?.getAttribute('href')).toBe('/a-second-explainer/');
      expect(newer(renamed[0]!)?.hasAttribute('hidden')).toBe(true);
    }
    expect(newer('a-second-explainer')).toBeNull();
  });

  testChecks(ALL_CHECKS, () => site);
});

/** Every file under `dir`, as paths. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
const TEXT_FILE = /\.(html|xml|json|txt|webmanifest|js|css|svg)$/;
/** Hosts reserved for examples (RFC 2606): a placeholder, never a live site. */
const PLACEHOLDER = /\bexample\.(org|com|net)\b/;

describe('npm start, with no SITE_URL set', () => {
  const root = join(BUILT, 'start');
  const dist = join(root, 'dist');
  const browser = useBrowser();
  let url = '';
  let stop: (() => void) | undefined;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    const port = await new Promise<number>((ok) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => ok(port));
      });
    });
    const { SITE_URL: _, ...env } = process.env;
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...env, PORT: String(port), EXPLAINER_DIST: dist, EXPLAINER_CACHE: join(root, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stop = () => child.kill();
    let output = '';
    url = await new Promise<string>((ok, fail) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        const served = output.match(/being served at (\S+)\/ /);
        if (served) ok(served[1]!);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', () => fail(new Error(`npm start stopped:\n${output}`)));
    });
  }, 300_000);
  afterAll(() => stop?.());

  it('builds for the address it serves at: no placeholder host in any file', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Pagefind's own scripts resolve paths against a dummy https://example.com/: library code, no address of ours.
    const texts = filesUnder(dist).filter((f) => TEXT_FILE.test(f) && !/\/pagefind\/pagefind[\w-]*\.js$/.test(f));
    expect(texts.length).toBeGreaterThan(10);
    for (const file of texts) expect(readFileSync(file, 'utf8'), file).not.toMatch(PLACEHOLDER);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${url}/sitemap-index.xml`);
  });

  it('serves pages whose canonical, social tags, printed address, share links and copied link are its own address', async () => {
    const explainer = explainerSlugs(REAL_SITE.content)[0]!;
    const paths = [`/${explainer}/`, `/${explainer}/${sectionsOf(REAL_SITE.content, explainer)[0]!.slug}/`, `/${explainer}/full-story/`];
    const { page, errors } = await openPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    for (const path of paths) {
      await page.goto(`${url}${path}`);
      const own = `${url}${path}`;
      expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(own);
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(own);
      expect(await page.locator('.printed-from').textContent()).toContain(own);
      // Social tags, the feed, icons and JSON-LD: every absolute address in the head is this one.
      const head = await page.evaluate(() => [
        ...[...document.querySelectorAll('head meta[content^="http"], head link[href^="http"]')].map((el) => el.getAttribute('content') ?? el.getAttribute('href')!),
        ...[...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => s.textContent!.match(/https?:\/\/[^"\s]+/g) ?? []),
      ]);
      expect(head.length, path).toBeGreaterThan(3);
      for (const href of head.filter((h) => !h.startsWith('https://schema.org'))) expect(href.startsWith(`${url}/`), `${path}: ${href}`).toBe(true);
      for (const href of await page.locator('[data-share-links] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href, path).toContain(encodeURIComponent(own));
      }
      await page.getByRole('button', { name: 'Copy link', exact: true }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(own);
      expect(await page.content()).not.toMatch(PLACEHOLDER);
    }
    expect(errors).toEqual([]);
  });
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
