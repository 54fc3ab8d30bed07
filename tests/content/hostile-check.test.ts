// Hostile content, round two (issue 19): malformed addresses, paths a browser reads another way,
// attributes that would make a page huge, invisible characters and look-alike names. Each case goes
// through the real check and gets one message naming the file and the field or line, never a throw.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { section, validFiles, writeFixture } from '../support/fixtures';

const FIRST = 'test-explainer/01-first.mdx';

/** Problems for the valid fixture with files replaced, paths from the explainer folder; a public/ of our own. */
const check = (overrides: Record<string, string | undefined>, publicFiles: Record<string, string> = {}) => {
  const root = writeFixture(validFiles(overrides));
  const publicDir = mkdtempSync(join(tmpdir(), 'explainer-public-'));
  for (const [path, text] of Object.entries(publicFiles)) {
    mkdirSync(join(publicDir, path, '..'), { recursive: true });
    writeFileSync(join(publicDir, path), text);
  }
  return checkContent(root, { pagesDir: 'src/pages', publicDir }).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));
};
const body = (text: string) => ({ [FIRST]: section('First', 1, text) });

const expectOne = (problems: ContentProblem[], file: string, field: string, message: RegExp) => {
  expect(problems).toEqual([expect.objectContaining({ file, field, message: expect.stringMatching(message) })]);
};

describe('malformed addresses are one message naming file and line', () => {
  const cases: [string, string, RegExp][] = [
    ['a broken UTF-8 escape in an anchor', '[x](#%E0%A4)', /links to "#%E0%A4" is not a valid address/],
    ['a lone % in an anchor on another page', '[x](/people/#%)', /links to "\/people\/#%" is not a valid address/],
    ['a lone % in a path', '[x](/test-explainer/%/)', /is not a valid address/],
    ['a link of backslashes', '[x](\\\\\\\\)', /links to "\\\\" has a backslash/],
    ['a slash and a backslash', '[x](/\\\\)', /links to "\/\\" has a backslash/],
    ['an image of backslashes', '![a](\\\\\\\\)', /image "\\\\" has a backslash/],
    ['a photo at /\\', '<Photo src="/\\" alt="a" caption="c." credit="c" />', /<Photo> src: "\/\\" has a backslash/],
    ['a tab that hides a scheme', '[x](<java\tscript:alert(1)>)', /has the invisible character U\+0009/],
    ['an escaped way out of public/', '![a](/..%2F..%2Fetc/hostname)', /is not a valid address/],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expectOne(check(body(text)), FIRST, 'body, line 8', message);
  });
});

describe('attributes that are paths are read as links are', () => {
  it('refuses a photo at /\\host/… even when public/ has the file the URL parser would find', () => {
    const problems = check(body('<Photo src="/\\evil.example/x.svg" alt="a" caption="c." credit="c" />'), { 'x.svg': '<svg/>' });
    expectOne(problems, FIRST, 'body, line 8', /<Photo> src: "\/\\evil\.example\/x\.svg" has a backslash \(\\\), which browsers read as \//);
  });

  it('refuses a photo path with a tab, which browsers drop', () => {
    expectOne(check(body('<Photo src="/\t/evil.example/x.svg" alt="a" caption="c." credit="c" />'), { 'x.svg': '<svg/>' }), FIRST, 'body, line 8', /U\+0009/);
  });

  it('accepts a photo that is in public/', () => {
    expect(check(body('<Photo src="/photos/x.jpg" alt="a" caption="c." credit="c" width={1200} height={800} />'), { 'photos/x.jpg': 'x' })).toEqual([]);
  });
});

describe('attributes that drive a loop or a size are bounded', () => {
  const cap = (attrs: string) => body(`<CapFigure value={60} compare={80} label="Cap" compareLabel="Fare" ${attrs} title="t" description="d" />`);
  it.each([
    ['a hundred billion ticks', 'max={100000000000} step={1}', /<CapFigure> step: max\/step gives 100000000001 ticks; at most 20/],
    ['a hundred thousand ticks', 'max={100000} step={1}', /max\/step gives 100001 ticks; at most 20/],
    ['a step too small to count', 'max={100} step={1e-300}', /ticks; at most 20/],
  ])('refuses %s on a CapFigure scale', (_name, attrs, message) => {
    expectOne(check(cap(attrs)), FIRST, 'body, line 8', message);
  });

  it('accepts twenty ticks and the default fifths', () => {
    expect(check(cap('max={100} step={5.26}'))).toEqual([]);
    expect(check(cap('max={100}'))).toEqual([]);
  });

  it('refuses a photo a billion pixels wide', () => {
    expectOne(check(body('<Photo src="/x.jpg" alt="a" caption="c." credit="c" width={1000000000} height={800} />'), { 'x.jpg': 'x' }), FIRST, 'body, line 8', /<Photo> width: must be at most 10000 pixels/);
  });
});
