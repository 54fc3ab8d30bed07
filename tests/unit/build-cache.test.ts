// The incremental build's keys and changed-file list (src/lib/build-cache.ts): a key moves exactly when
// something its page shows moves, the list names each added, changed and deleted file by its address,
// and a finished build takes the published folder's place without leaving it missing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  changedList,
  compareBuilds,
  explainerPageKey,
  listingKey,
  sectionPageKey,
  shareImageKey,
  sitePathOf,
  stableJson,
  type BuildContext,
} from '../../src/lib/build-cache';
import { cachedImage, pruneUnused } from '../../src/lib/build-cache-files';
import { beforePublishing, publishWhenComplete } from '../../src/integrations/publish-when-complete';

const context: BuildContext = { site: 'https://news.example.net', code: 'c1' };

const section = (slug: string, body: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: `Title of ${slug}`,
  question: `What about ${slug}?`,
  topics: [{ name: 'Ferries', url: '/topics/ferries/' }],
  minutes: 2,
  words: body.split(' '),
  entry: { id: `x/${slug}`, body, digest: `digest of ${body}`, data: { big: 'frontmatter' } },
  ...extra,
});

const explainer = (overrides: Record<string, unknown> = {}, sections = [section('one', 'First text.'), section('two', 'Second text.'), section('three', 'Third text.')]) => ({
  slug: 'x',
  lang: 'en',
  headline: 'A headline',
  published: new Date('2025-03-04'),
  sections,
  ...overrides,
});

const people = { people: [{ name: 'Ines Calloway', role: 'the mayor' }] };

describe('stableJson', () => {
  it('orders keys, writes dates as ISO and leaves functions out', () => {
    expect(stableJson({ b: 1, a: new Date('2025-01-02T00:00:00Z'), f: () => 1 })).toBe('{"a":"2025-01-02T00:00:00.000Z","b":1}');
  });

  it('writes a section without its entry and words unless its body is covered', () => {
    const s = section('one', 'Body.');
    expect(stableJson(s)).not.toContain('Body');
    expect(stableJson(s)).not.toContain('frontmatter');
    expect(stableJson(s, 'all')).toContain('digest of Body.');
  });

  it('writes an explainer inside a listing as its digest, which moves with what it shows', () => {
    const e = explainer();
    const listing = (...items: unknown[]) => stableJson({ items: items.map((item) => ({ explainer: item })) });
    const withTexts = (item: unknown) => stableJson([item], 'all');
    expect(listing(e)).not.toContain('A headline');
    expect(listing(e, e, e).length).toBeLessThan(listing(e).length * 3 + 10);
    expect(listing(explainer())).toBe(listing(e));
    expect(listing(explainer({ headline: 'A corrected headline' }))).not.toBe(listing(e));
    const corrected = explainer({}, [section('one', 'First text, corrected.')]);
    expect(listing(corrected)).toBe(listing(explainer({}, [section('one', 'First text.')])));
    expect(withTexts(corrected)).not.toBe(withTexts(explainer({}, [section('one', 'First text.')])));
  });

  it('writes any other object met again by its place', () => {
    const s = section('one', 'A long body.');
    const twice = stableJson({ a: s, b: s });
    expect(twice).toContain('{"$same":1}');
    expect(twice.match(/Title of one/g)).toHaveLength(1);
  });
});

describe('a section page’s key', () => {
  const key = (e = explainer(), index = 1, p: unknown = people, c = context) => sectionPageKey(c, e, index, p);
  const base = key();

  it('is the same for the same content', () => expect(key()).toBe(base));

  it.each([
    ['its own text', explainer({}, [section('one', 'First text.'), section('two', 'Second text, corrected.'), section('three', 'Third text.')])],
    ['the headline', explainer({ headline: 'A corrected headline' })],
    ['the language', explainer({ lang: 'en-US' })],
    ['a date', explainer({ published: new Date('2025-03-05') })],
    ['a neighbour’s title (previous / next)', explainer({}, [section('one', 'First text.', { title: 'Renamed' }), section('two', 'Second text.'), section('three', 'Third text.')])],
    ['a topic', explainer({}, [section('one', 'First text.'), section('two', 'Second text.', { topics: [] }), section('three', 'Third text.')])],
  ])('moves with %s', (_, changed) => expect(key(changed)).not.toBe(base));

  it('moves with a person’s role, the site’s address and the build’s code', () => {
    expect(key(undefined, 1, { people: [{ name: 'Ines Calloway', role: 'the former mayor' }] })).not.toBe(base);
    expect(key(undefined, 1, people, { ...context, site: 'https://other.example' })).not.toBe(base);
    expect(key(undefined, 1, people, { ...context, code: 'c2' })).not.toBe(base);
  });

  it('stays when only another section’s text changes (its reading time unchanged)', () => {
    const other = explainer({}, [section('one', 'First text, corrected.'), section('two', 'Second text.'), section('three', 'Third text.')]);
    expect(key(other)).toBe(base);
    expect(key(other, 0)).not.toBe(key(explainer(), 0));
  });

  it('moves with its explainer’s marks (a quote or mention added), which a build reads as data, not code', () => {
    const marks = { quotes: [{ by: 'Ines Calloway' }], mentions: [] };
    const withMarks = sectionPageKey(context, explainer(), 1, people, marks);
    expect(withMarks).not.toBe(base);
    expect(sectionPageKey(context, explainer(), 1, people, { ...marks, mentions: ['Ines Calloway'] })).not.toBe(withMarks);
    expect(sectionPageKey(context, explainer(), 1, people, { ...marks })).toBe(withMarks);
    expect(explainerPageKey(context, explainer(), people, [marks])).not.toBe(explainerPageKey(context, explainer(), people, [undefined]));
  });
});

describe('listing and image keys', () => {
  it('an overview’s key moves with the text of any section', () => {
    const other = explainer({}, [section('one', 'First text, corrected.'), section('two', 'Second text.'), section('three', 'Third text.')]);
    expect(explainerPageKey(context, other, people)).not.toBe(explainerPageKey(context, explainer(), people));
  });

  it('a listing key moves with what it lists, and with texts only where it covers them', () => {
    const listed = (body: string) => ({ topic: 'Ferries', items: [{ section: section('one', body) }] });
    expect(listingKey(context, 'topic', listed('A.'))).toBe(listingKey(context, 'topic', listed('B.')));
    expect(listingKey(context, 'search', listed('A.'), 'all')).not.toBe(listingKey(context, 'search', listed('B.'), 'all'));
    expect(listingKey(context, 'topic', { ...listed('A.'), topic: 'Fares' })).not.toBe(listingKey(context, 'topic', listed('A.')));
  });

  it('a share image’s key moves with its text and with what it is drawn with', () => {
    const card = { kicker: 'K', title: 'T', siteName: 'S', lang: 'en' };
    expect(shareImageKey(card, 'fonts1')).toBe(shareImageKey({ ...card }, 'fonts1'));
    expect(shareImageKey({ ...card, title: 'T2' }, 'fonts1')).not.toBe(shareImageKey(card, 'fonts1'));
    expect(shareImageKey(card, 'fonts2')).not.toBe(shareImageKey(card, 'fonts1'));
  });
});

describe('the changed-file list', () => {
  it('names each file by the address it is served at', () => {
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('a/b/index.html')).toBe('/a/b/');
    expect(sitePathOf('a/og.png')).toBe('/a/og.png');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });

  it('lists added, changed and deleted files, sorted by address', () => {
    const changes = compareBuilds({ 'index.html': '1', 'a/index.html': '2', 'gone.txt': '3' }, { 'index.html': '1', 'a/index.html': '9', 'new.png': '4' });
    expect(changes).toEqual({ added: ['new.png'], modified: ['a/index.html'], deleted: ['gone.txt'] });
    expect(changedList(changes)).toBe('M\t/a/\nD\t/gone.txt\nA\t/new.png\n');
    expect(changedList(compareBuilds({ x: '1' }, { x: '1' }))).toBe('');
  });
});

describe('the share-image cache', () => {
  it('draws once, then reads; and prunes what a later build did not use', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
    let drawn = 0;
    const draw = async () => (drawn++, new Uint8Array([1, 2, 3]));
    expect(await cachedImage('k1', draw, folder)).toEqual(new Uint8Array([1, 2, 3]));
    expect(Buffer.from(await cachedImage('k1', draw, folder))).toEqual(Buffer.from([1, 2, 3]));
    expect(drawn).toBe(1);
    await cachedImage('k2', draw, folder);
    // k1 was last used an hour ago: a build starting now that does not use it drops it.
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(join(folder, 'share-images', 'k1.png'), old, old);
    // A folder earlier builds kept and none uses now goes too.
    mkdirSync(join(folder, 'mdx'));
    writeFileSync(join(folder, 'mdx', 'a.json'), '{}');
    expect(pruneUnused(Date.now(), folder)).toBe(1);
    expect(existsSync(join(folder, 'mdx'))).toBe(false);
    expect(existsSync(join(folder, 'share-images', 'k1.png'))).toBe(false);
    expect(readFileSync(join(folder, 'share-images', 'k2.png'))).toEqual(Buffer.from([1, 2, 3]));
    expect(statSync(join(folder, 'share-images')).isDirectory()).toBe(true);
  });
});

describe('publishing a build', () => {
  it('puts the staging folder in the published one’s place, and deletes the old copy without waiting for it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'explainer-publish-'));
    const dist = join(parent, 'dist');
    mkdirSync(join(dist, 'old'), { recursive: true });
    writeFileSync(join(dist, 'old', 'index.html'), 'old');
    mkdirSync(join(`${dist}.staging`, 'new'), { recursive: true });
    writeFileSync(join(`${dist}.staging`, 'new', 'index.html'), 'new');
    const done = publishWhenComplete(dist).hooks['astro:build:done'] as (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;
    await done({ dir: pathToFileURL(`${dist}.staging/`), logger: { info: () => {} } });
    expect(readdirSync(dist, { recursive: true })).toEqual(['new', join('new', 'index.html')]);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    await expect.poll(() => readdirSync(parent), { timeout: 10_000 }).toEqual(['dist']);
  });

  it('waits for the checks that run beside the last steps (the id check beside the search index)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'explainer-publish-'));
    const dist = join(parent, 'dist');
    mkdirSync(`${dist}.staging`, { recursive: true });
    let passed: () => void = () => {};
    beforePublishing(new Promise<void>((resolve) => (passed = resolve)));
    const done = publishWhenComplete(dist).hooks['astro:build:done'] as (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;
    const publishing = done({ dir: pathToFileURL(`${dist}.staging/`), logger: { info: () => {} } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(dist)).toBe(false);
    passed();
    await publishing;
    expect(existsSync(dist)).toBe(true);
  });
});
