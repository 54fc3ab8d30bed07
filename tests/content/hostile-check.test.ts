// Hostile content, round two (issue 19): malformed addresses, paths a browser reads another way,
// attributes that would make a page huge, invisible characters and look-alike names. Each case goes
// through the real check and gets one message naming the file and the field or line, never a throw.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { peopleSchema, sectionSchema } from '../../src/content.config';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

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

  it('accepts an inline data: image, whose spaces are no path', () => {
    expect(check(body(`<Photo src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/%3E" alt="a" caption="c." credit="c" />`))).toEqual([]);
  });

  it('accepts a photo that is in public/', () => {
    expect(check(body('<Photo src="/photos/x.jpg" alt="a" caption="c." credit="c" width={1200} height={800} />'), { 'photos/x.jpg': 'x' })).toEqual([]);
    expect(checkContent('tests/fixtures/explainers').problems).toEqual([]);
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

describe('bidirectional controls are refused in every string and body', () => {
  const INDEX = 'test-explainer/index.mdx';
  const PEOPLE = 'test-explainer/people.yaml';
  it.each([
    ['a summary', { [INDEX]: VALID_INDEX.replace('"What the test explainer is about."', '"\u202Etuoba si rerialpxe tset ehT"') }, INDEX, 'summary', /control character U\+202E RIGHT-TO-LEFT OVERRIDE/],
    ['a correction’s replacement, a plain string', { [INDEX]: VALID_INDEX.replace(/\n---\n$/, '\ncorrections:\n  - from: "teh"\n    to: "the\u2066"\n---\n') }, INDEX, 'corrections.0.to', /U\+2066 LEFT-TO-RIGHT ISOLATE/],
    ['a search alias’s key', { [INDEX]: VALID_INDEX.replace(/\n---\n$/, '\nsearchAliases:\n  "Kyiv\u200F": ["Kiev"]\n---\n') }, INDEX, 'searchAliases.Kyiv\u200F', /U\+200F RIGHT-TO-LEFT MARK/],
    ['a topic', { [FIRST]: section('First', 1, 'Text.', 'topics: ["Oil\u202D"]\n') }, FIRST, 'topics.0', /U\+202D LEFT-TO-RIGHT OVERRIDE/],
    ['a name in people.yaml', { [PEOPLE]: 'people:\n  - name: "Evil\u202Egnp.exe"\n    kind: organisation\n' }, PEOPLE, 'people.0.name', /U\+202E RIGHT-TO-LEFT OVERRIDE/],
    ['a body', body('Text with an \u061C Arabic letter mark.'), FIRST, 'body, line 8', /U\+061C ARABIC LETTER MARK/],
  ])('in %s, naming the character', (_name, files, file, field, message) => {
    // A people.yaml with a problem also says, once, that its cards wait for it (editor-messages-check).
    expectOne(check(files).filter((p) => !/cards could not be read/.test(p.message)), file, field, message);
  });
});

describe('names and topics are one thing each', () => {
  const PEOPLE = 'test-explainer/people.yaml';
  const SECOND = 'test-explainer/02-second.mdx';
  const people = (...names: string[]) => ({ [PEOPLE]: `people:\n${names.map((n) => `  - name: "${n}"\n    kind: organisation`).join('\n')}\n` });
  const topics = (first: string, second: string) => ({
    [FIRST]: section('First', 1, 'Text.', `topics: ["${first}"]\n`),
    [SECOND]: section('Second', 2, 'Text.', `topics: ["${second}"]\n`),
  });

  it('refuses a topic that looks like another but is spelled with other letters (UTS #39)', () => {
    // "Сосоа" is all Cyrillic, so no word mixes scripts: only its look gives it away.
    expectOne(check(topics('Cocoa', '\u0421\u043E\u0441\u043E\u0430')), SECOND, 'topics.0', /"Сосоа" looks the same as the topic "Cocoa" in .*01-first\.mdx/);
  });

  it('refuses a person whose name looks like another’s', () => {
    // "Јое" is all Cyrillic and "Biden" all Latin: no word mixes scripts, the whole name looks like another.
    expectOne(check(people('Joe Biden', '\u0408\u043E\u0435 Biden')), PEOPLE, 'people.1.name', /"Јое Biden" looks the same as "Joe Biden"/);
  });

  it.each([
    ['a topic mixing Latin and Cyrillic in one word', topics('Оil', 'Gas'), FIRST, 'topics.0', /"Оil" mixes Latin and Cyrillic letters in the word "Оil"/],
    ['a name mixing them', people('Јое Віden'), PEOPLE, 'people.0.name', /mixes Latin and Cyrillic letters in the word "Віden"/],
    ['a zero-width space in a topic', topics('Oil\u200B', 'Gas'), FIRST, 'topics.0', /invisible character U\+200B ZERO WIDTH SPACE/],
    ['a word joiner in a name', people('Joe\u2060 Biden'), PEOPLE, 'people.0.name', /U\+2060 WORD JOINER/],
    ['a zero-width no-break space in a section’s people', { [FIRST]: section('First', 1, 'Text.', 'people: ["No\uFEFFbody"]\n') }, FIRST, 'people.0', /U\+FEFF ZERO WIDTH NO-BREAK SPACE/],
    ['a Quote by with a no-break space', body('<Quote by="Joe\u00A0Biden">words</Quote>'), FIRST, 'body, line 8', /<Quote> by: .*no-break space/],
  ])('refuses %s', (_name, files, file, field, message) => {
    expect(check(files)).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
  });

  it('accepts names in one script each, whatever the script', () => {
    expect(check({ ...people('Олена Коваль', 'Joe Biden', 'Αθηνά Παππά'), ...topics('Нафта', 'Oil') })).toEqual([]);
  });

  it.each([
    ['a no-break space', 'Oil\u00A0prices'],
    ['a tab', 'Oil\tprices'],
    ['two spaces', 'Oil  prices'],
    ['a narrow no-break space', 'Oil\u202Fprices'],
  ])('makes a topic written with %s the same topic as "Oil prices", for the check and for pages', (_name, written) => {
    expect(check(topics('Oil prices', written))).toEqual([]);
    expect(sectionSchema.parse({ title: 'T', question: 'Q?', order: 1, summary: 'S.', topics: [written] }).topics).toEqual(['Oil prices']);
  });

  it('puts names in NFC, so a decomposed é is the same name', () => {
    expect(peopleSchema.parse({ people: [{ name: 'Ren\u0065\u0301e', kind: 'organisation' }] }).people[0]!.name).toBe('Ren\u00E9e');
  });
});

describe('ids content makes are valid and unique on their page', () => {
  const figure = (title: string, extra = '') => `<StatFigure value={3} title="${title}" source="s" ${extra}/>`;
  it.each([
    ['two figures with one title', `${figure('Oil price')}\n\n${figure('Oil price')}`, 'body, line 10', /<StatFigure> id: "figure-oil-price" is already the id of the figure on line 8 \(both made from the title\): give this one an id of its own/],
    ['two figures given one id', `${figure('A', 'id="oil"')}\n\n${figure('B', 'id="oil"')}`, 'body, line 10', /"oil" is already the id of the figure on line 8: give/],
    ['an id with a space', figure('A', 'id="a b"'), 'body, line 8', /<StatFigure> id: must be lowercase letters, digits and single hyphens/],
    ['an id with a double hyphen, which the figure’s parts use', figure('A', 'id="a--title"'), 'body, line 8', /<StatFigure> id: must be lowercase letters/],
  ])('refuses %s', (_name, text, field, message) => {
    expectOne(check(body(text)), FIRST, field, message);
  });

  it('refuses a section slug the full-story page uses for itself', () => {
    expectOne(check({ 'test-explainer/03-contents.mdx': section('Contents', 3) }), 'test-explainer/03-contents.mdx', 'slug', /"contents" is an id the full-story page uses for itself/);
  });

  it('refuses a card whose id the people page uses for itself', () => {
    expectOne(check({ 'test-explainer/people.yaml': 'people:\n  - name: "Main"\n    kind: organisation\n' }), 'test-explainer/people.yaml', 'people.0.name', /"Main" makes the id "main", which the site's pages use/);
  });

  it('gives a subhead named like the page’s own parts an id of its own, which links then use', () => {
    expect(check(body('## Explainer contents\n\nText, [up](#explainer-contents-1).'))).toEqual([]);
    expectOne(check(body('## Explainer contents\n\nText, [up](#explainer-contents).')), FIRST, 'body, line 10', /no anchor "explainer-contents" \(anchors there: explainer-contents-1\)/);
  });
});
