// Whole builds of other content. The sample content with its explainer's folder renamed and a second
// explainer added as MDX files alone passes every generic check the real site passes (so no test
// depends on the sample's name); bad content stops the build, naming file and field, and leaves the
// published site as it was. Builds share the project's .astro/ folder, so they all live in this file
// and run one at a time, after the global setup's.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { freePort } from '../support/ports';
import { explainerSlugs, sectionsOf } from '../support/source';
import { serve } from '../../scripts/serve.mjs';
import { astroBuild, buildSite } from '../support/build';
import { ALL_CHECKS, testChecks } from '../support/checks';
import { searchStartPath, type SearchStart } from '../../src/lib/search/data';
import { SITE } from '../../src/site';
import { page } from '../support/dist';
import { builtSearch } from '../support/pagefind';
import { VALID_INDEX, section, validFiles, writeFixture } from '../support/fixtures';
import { EXPLAINERS_PATH, FRONT_PAGE_EXPLAINERS, LIST_PAGE_SIZE, NAMES_PAGE_SIZE, personPath } from '../../src/lib/urls';
import { personId } from '../../src/lib/people';
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
    const port = await freePort();
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

describe('a site that outgrows one page of each listing', () => {
  // 21 explainers of three sections, every section on one topic: more than the front page lists and
  // more than a topic page holds, so every listing must page or cap, and no page grows with the site.
  // Each names Anna Nowak and five people of its own, and gives each section two topics of its own:
  // more names and topics than one page of their indexes holds.
  const EXPLAINERS = 21;
  const OWN_PEOPLE = 5;
  const witness = (e: number, k: number) => `Witness ${String.fromCharCode(64 + e)}${String.fromCharCode(64 + k)}`;
  const built = join(BUILT, 'listings', 'dist');
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let e = 1; e <= EXPLAINERS; e++) {
      const day = String(e).padStart(2, '0');
      files[`story-${e}/index.mdx`] = VALID_INDEX.replace(/"A test explainer"/, `"Story number ${e}"`).replace(/2025-01-24/g, `2025-01-${day}`);
      const named = [1, 2, 3, 4, 5].map((k) => witness(e, k));
      files[`story-${e}/people.yaml`] = `people:\n${['Anna Nowak', ...named].map((name) => `  - name: "${name}"\n    kind: person\n    role: "a resident"\n`).join('')}`;
      for (let s = 1; s <= 3; s++) {
        const body = s === 1 ? `Reported text ${e}.${s}, said Anna Nowak, ${named.join(', ')}.` : `Reported text ${e}.${s}.`;
        files[`story-${e}/0${s}-part-${s}.mdx`] = section(`Part ${s}`, s, body, `topics: ["Water", "Pipes ${e}-${s}", "Meters ${e}-${s}"]\n`);
      }
    }
    rmSync(join(BUILT, 'listings'), { recursive: true, force: true });
    const { status, output } = await buildSite({ content: writeFixture(files), dist: built, origin: REAL_SITE.origin });
    if (status !== 0) throw new Error(`the build failed:\n${output}`);
  }, 300_000);
  const items = (path: string, selector: string) => page(path, built).querySelectorAll(selector);
  const pageLink = (path: string, rel: 'prev' | 'next') => page(path, built).querySelector(`nav.page-nav a[rel="${rel}"]`)?.getAttribute('href');

  it('lists the newest explainers on the front page and the 404 page, then links to all of them', () => {
    for (const path of ['/', '/404.html']) {
      const headlines = items(path, '.explainer-list .headline').map((h) => h.text.trim());
      expect(headlines).toHaveLength(FRONT_PAGE_EXPLAINERS);
      expect(headlines[0]).toBe(`Story number ${EXPLAINERS}`);
      const all = page(path, built).querySelector(`.all a[href="${EXPLAINERS_PATH}"]`);
      expect(all?.text).toBe(`All ${EXPLAINERS} explainers`);
    }
    expect(items(EXPLAINERS_PATH, '.explainer-list .headline')).toHaveLength(EXPLAINERS);
    expect(page(EXPLAINERS_PATH, built).querySelector('nav.page-nav')).toBeNull();
  });

  it('pages a topic by LIST_PAGE_SIZE sections, each page linked to the next and back', () => {
    const first = '/topics/water/';
    const second = '/topics/water/2/';
    expect(items(first, '.topic-sections > li')).toHaveLength(LIST_PAGE_SIZE);
    expect(items(second, '.topic-sections > li')).toHaveLength(EXPLAINERS * 3 - LIST_PAGE_SIZE);
    expect(pageLink(first, 'next')).toBe(second);
    expect(pageLink(second, 'prev')).toBe(first);
    expect(pageLink(second, 'next')).toBeUndefined();
    expect(page(second, built).querySelector('.page-nav')?.text).toContain('Page 2 of 2');
    expect(page(second, built).querySelector('title')?.text).toContain('Page 2 of 2');
  });

  it('pages the people and topics indexes by NAMES_PAGE_SIZE, and gives each person a page of their own', () => {
    const people = EXPLAINERS * OWN_PEOPLE + 1;
    const topics = EXPLAINERS * 3 * 2 + 1;
    for (const [index, count] of [['/people/', people], ['/topics/', topics]] as const) {
      expect(items(index, 'main li a[href^="' + index + '"]'), index).toHaveLength(NAMES_PAGE_SIZE);
      expect(items(`${index}2/`, 'main li a[href^="' + index + '"]'), index).toHaveLength(count - NAMES_PAGE_SIZE);
      expect(pageLink(index, 'next')).toBe(`${index}2/`);
      expect(pageLink(`${index}2/`, 'prev')).toBe(index);
    }
    // One line for Anna Nowak, named in every explainer, and her page with every entry, newest first.
    expect(items('/people/', 'main li').filter((li) => li.text.includes('Anna Nowak')).map((li) => li.querySelector('.about')?.text.trim())).toEqual([`a resident · Named in ${EXPLAINERS} explainers`]);
    const anna = items(personPath('anna-nowak'), '.person-entry .in-explainer a').map((a) => a.text.trim());
    expect(anna).toEqual(Array.from({ length: EXPLAINERS }, (_, i) => `Story number ${EXPLAINERS - i}`));
    expect(items(personPath(personId(witness(1, 1))), 'h1').map((h) => h.text)).toEqual([witness(1, 1)]);
  });
});

/** Every file under `dir` (relative, with "/") and its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

/** The lines dist.changed should hold from one build to the next, worked out here from the bytes. */
function expectedChanges(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const at = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');
  const lines = [...after].flatMap(([file, bytes]) => (!before.has(file) ? [`A\t${at(file)}`] : before.get(file)!.equals(bytes) ? [] : [`M\t${at(file)}`]));
  for (const file of before.keys()) if (!after.has(file)) lines.push(`D\t${at(file)}`);
  return lines.sort((a, b) => (a.slice(2) < b.slice(2) ? -1 : a.slice(2) > b.slice(2) ? 1 : 0));
}

describe('an incremental build after edits', () => {
  // Three copies of a small fixture explainer, so each round edits each one once and no edit hides another.
  const root = join(BUILT, 'incremental');
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const forced = join(root, 'forced');
  const env = { EXPLAINER_CONTENT: content, EXPLAINER_CACHE: join(root, 'cache'), SITE_URL: REAL_SITE.origin };
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(path, text.replace(from, to));
  };
  const changedLines = (folder: string) => readFileSync(`${folder}.changed`, 'utf8').split('\n').filter(Boolean);
  /** Builds incrementally into dist/; then from nothing into another folder, which must be the same bytes. */
  const buildBoth = async () => {
    const before = filesOf(dist);
    const incremental = await astroBuild({ ...env, EXPLAINER_DIST: dist });
    expect(incremental.status, incremental.output).toBe(0);
    const reused = incremental.output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
    const after = filesOf(dist);
    const full = await astroBuild({ ...env, EXPLAINER_DIST: forced }, ['--force']);
    expect(full.status, full.output).toBe(0);
    expect(full.output).not.toMatch(/\((?:cached|restored)\)/);
    const rebuilt = filesOf(forced);
    expect([...rebuilt.keys()].sort()).toEqual([...after.keys()].sort());
    for (const [file, bytes] of after) expect(rebuilt.get(file)!.equals(bytes), `${file} differs from a full build`).toBe(true);
    // The full build found nothing to list: the same files as the incremental build it followed.
    expect(changedLines(forced)).toEqual([]);
    return { changed: changedLines(dist), expected: expectedChanges(before, after), reused, output: incremental.output };
  };

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    for (const name of ['long-words', 'long-words-b', 'long-words-c']) cpSync('tests/fixtures/explainers/long-words', join(content, name), { recursive: true });
    const first = await astroBuild({ ...env, EXPLAINER_DIST: dist });
    if (first.status !== 0) throw new Error(`the build failed:\n${first.output}`);
  }, 300_000);

  it('lists every file of a first build as added', () => {
    const lines = changedLines(dist);
    expect(lines.length).toBe(filesOf(dist).size);
    expect(lines).toContain('A\t/long-words-b/a-title-that-runs-on/');
    expect(lines.every((l) => l.startsWith('A\t/'))).toBe(true);
  });

  it('draws, ahead of the pages, only the share images the site shows, each once', () => {
    // The cards are drawn from the content check's text before any page lists them: a card the pages do not
    // show would be one file too many here. The three copies of the fixture share their cards.
    const shown = [...filesOf(dist)].filter(([file]) => file.endsWith('og.png')).map(([, bytes]) => bytes.toString('base64'));
    expect(shown.length).toBeGreaterThan(new Set(shown).size);
    expect(readdirSync(join(root, 'cache', 'share-images')).length).toBe(new Set(shown).size);
  });

  it('after no edit: share images and the search index copied from the caches, and not one file changed or listed', { timeout: 300_000 }, async () => {
    const before = filesOf(dist);
    const images = join(root, 'cache', 'share-images');
    const keptImages = readdirSync(images);
    expect(keptImages.length).toBeGreaterThan(1);
    // The cache replaces an image by renaming a new file over it: an image drawn again is a new file.
    const fileIds = () => keptImages.map((name) => statSync(join(images, name)).ino);
    const idsBefore = fileIds();
    const again = await astroBuild({ ...env, EXPLAINER_DIST: dist });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/search index: .* no indexed page changed/);
    // Share images are keyed by what they draw: none is drawn again, and a build runs no route for one.
    const listedImages = [...before.keys()].filter((file) => file.endsWith('/og.png')).length;
    expect(listedImages).toBeGreaterThan(1);
    expect(again.output).toMatch(new RegExp(`\\b${listedImages} share images in place`));
    expect(again.output).not.toMatch(/\/long-words\S*\/og\.png\s+\(\+/);
    expect(readdirSync(images)).toEqual(keptImages);
    expect(fileIds()).toEqual(idsBefore);
    expect(changedLines(dist)).toEqual([]);
    expect(expectedChanges(before, filesOf(dist))).toEqual([]);
  });

  it('after a headline, a sentence and a role: the same bytes as a full build, and exactly the touched paths listed', { timeout: 600_000 }, async () => {
    edit('long-words/index.mdx', 'headline: "Why the', 'headline: "How the');
    edit('long-words-b/01-a-title-that-runs-on.mdx', 'had written to it again, at length,', 'had written to it once more, at length,');
    edit('long-words-c/people.yaml', 'the letter writer of Orrin Bay', 'the letter writer of Orrin Harbour');
    const { changed, expected, reused } = await buildBoth();
    expect(changed).toEqual(expected);
    expect(reused).toBeGreaterThan(0);
    for (const page of ['/long-words/and-one-more/', '/long-words/and-one-more/og.png', '/long-words-b/a-title-that-runs-on/', '/long-words-b/full-story/', '/people/carys-supercalifragilisticexpialidociousantidisestablishmentarians/']) {
      expect(changed).toContain(`M\t${page}`);
    }
    // The sentence is in B's first section; its second shows nothing of it.
    expect(changed).not.toContain('M\t/long-words-b/and-one-more/');
    expect(changed.some((l) => l.startsWith('M\t/long-words-c/'))).toBe(true);
  });

  it('after a topic, a date and a language: the same bytes as a full build, and exactly the touched paths listed', { timeout: 600_000 }, async () => {
    edit('long-words/02-and-one-more.mdx', /^topics: \[(.*)\]$/m, 'topics: [$1, "Harbour letters"]');
    edit('long-words-b/index.mdx', 'published: 2024-12-02', 'published: 2024-12-03');
    edit('long-words-c/index.mdx', 'published: 2024-12-02', 'published: 2024-12-02\nlang: en-US');
    const { changed, expected } = await buildBoth();
    expect(changed).toEqual(expected);
    expect(changed).toContain('A\t/topics/harbour-letters/');
    for (const page of ['/long-words/a-title-that-runs-on/', '/long-words-b/and-one-more/', '/long-words-c/and-one-more/', '/']) expect(changed).toContain(`M\t${page}`);
  });

  it('after an explainer and a quote are added: the same bytes as a full build, and the other explainers’ pages reused', { timeout: 600_000 }, async () => {
    cpSync('tests/fixtures/explainers/long-words', join(content, 'long-words-d'), { recursive: true });
    const carys = 'Carys Supercalifragilisticexpialidociousantidisestablishmentarians';
    edit('long-words-c/02-and-one-more.mdx', 'wrote once more.', `wrote once more: “<Quote by="${carys}">The letters will go on,</Quote>” she said.`);
    const { changed, expected, output } = await buildBoth();
    expect(changed).toEqual(expected);
    expect(changed).toContain('A\t/long-words-d/');
    // The quote shows on C's every page: its person card says where she is first quoted.
    for (const page of ['/long-words-c/and-one-more/', '/long-words-c/a-title-that-runs-on/']) expect(changed).toContain(`M\t${page}`);
    // The marks are data, not code: a new explainer's or section's marks leave other explainers' pages alone.
    for (const page of ['/long-words/', '/long-words/a-title-that-runs-on/', '/long-words-b/and-one-more/', '/long-words-b/full-story/']) {
      expect(output, `${page} was rendered again`).toMatch(new RegExp(`${page}\\S*\\s+\\((?:cached|restored)\\)`));
    }
  });

  it('after an explainer is removed and a section renamed: the same bytes as a full build, the old pages gone and listed', { timeout: 600_000 }, async () => {
    rmSync(join(content, 'long-words-d'), { recursive: true });
    renameSync(join(content, 'long-words-b', '02-and-one-more.mdx'), join(content, 'long-words-b', '02-one-last-word.mdx'));
    edit('long-words-b/index.mdx', 'section: and-one-more', 'section: one-last-word');
    const { changed, expected } = await buildBoth();
    expect(changed).toEqual(expected);
    for (const page of ['/long-words-d/', '/long-words-d/full-story/', '/long-words-b/and-one-more/', '/long-words-b/and-one-more/og.png']) expect(changed).toContain(`D\t${page}`);
    expect(changed).toContain('A\t/long-words-b/one-last-word/');
    // No empty folder is left where the removed pages were.
    expect(existsSync(join(dist, 'long-words-d'))).toBe(false);
    expect(existsSync(join(dist, 'long-words-b', 'and-one-more'))).toBe(false);
  });
});
