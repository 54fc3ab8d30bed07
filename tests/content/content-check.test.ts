// Every way an editor can break an explainer, by mistake or on purpose, gets one message naming the
// file and the field (or body line); content that would run code or inject markup never gets through.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/content.config';
import { checkContent, formatProblems, type ContentProblem } from '../../src/lib/content-check';
import { WORDS_PER_MINUTE } from '../../src/lib/reading-time';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

/** Problems for the valid fixture with some files replaced (undefined removes one), paths from the explainer folder. */
const check = (overrides: Record<string, string | undefined>, prepare?: (root: string) => void) => {
  const root = writeFixture(validFiles(overrides));
  prepare?.(root);
  return checkContent(root).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));
};

const body = (text: string) => ({ 'test-explainer/01-first.mdx': section('First', 1, text) });
const index = (extra: string) => ({ 'test-explainer/index.mdx': VALID_INDEX.replace(/\n---\n$/, `\n${extra}\n---\n`) });
const source = (file: string) => ({ 'test-explainer/index.mdx': VALID_INDEX.replace('  title: "A test report"\n', `  title: "A test report"\n  file: "${file}"\n`) });
const FIRST = 'test-explainer/01-first.mdx';
const INDEX = 'test-explainer/index.mdx';

const expectProblem = (problems: ContentProblem[], file: string, field: string | undefined, message: RegExp) => {
  expect(problems).toContainEqual(expect.objectContaining({ file, ...(field ? { field } : {}), message: expect.stringMatching(message) }));
};

describe('checkContent', () => {
  it('accepts a valid explainer', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts the real content', () => {
    expect(checkContent('content/explainers').problems).toEqual([]);
  });

  it('formats problems one per line, file then field', () => {
    const text = formatProblems([{ file: 'content/a/b.mdx', field: 'summary', message: 'is required' }]);
    expect(text).toContain('content/a/b.mdx → summary: is required');
    expect(text).toMatch(/nothing was built/);
  });
});

describe('fields', () => {
  const cases: [string, Record<string, string | undefined>, string, string | undefined, RegExp][] = [
    ['a missing required field', { [INDEX]: VALID_INDEX.replace(/^summary:.*\n/m, '') }, INDEX, 'summary', /^is required$/],
    ['an empty required field', { [FIRST]: section('First', 1).replace(/^summary:.*$/m, 'summary: "  "') }, FIRST, 'summary', /must not be empty/],
    ['a field of the wrong type', { [FIRST]: section('First', 1).replace('order: 1', 'order: first') }, FIRST, 'order', /whole number/],
    ['a date that is not a date', { [INDEX]: VALID_INDEX.replace('published: 2025-01-24', 'published: someday') }, INDEX, 'published', /real date such as 2025-01-24/],
    ['30 February', { [INDEX]: VALID_INDEX.replaceAll('2025-01-24', '2025-02-30') }, INDEX, 'published', /real date.*2025-02-30 is not one/],
    ['month 13', { [INDEX]: VALID_INDEX.replace('updated: 2025-01-24', 'updated: 2025-13-01') }, INDEX, 'updated', /real date/],
    ['an impossible change-log date', index('changes:\n  - date: 2025-04-31\n    what: "Fixed."'), INDEX, 'changes.0.date', /real date/],
    ['an impossible timeline date', index('timeline:\n  - when: 2025-02-29\n    what: "Something."\n    section: first'), INDEX, 'timeline.0.when', /year, year-month or date/],
    ['a misspelt field', { [FIRST]: section('First', 1, 'Text.', 'sumary: "typo"\n') }, FIRST, 'frontmatter', /"sumary" is not a field/],
    ['frontmatter that is not YAML', { [FIRST]: '---\ntitle: [unclosed\n---\nText.\n' }, FIRST, 'frontmatter', /not valid YAML \(line \d\)/],
    ['an unclosed frontmatter fence', { [FIRST]: '---\ntitle: First\norder: 1\nsummary: "S."\n\nText.\n' }, FIRST, 'frontmatter', /never closed/],
    ['a file with no frontmatter', { [FIRST]: 'Just text.\n' }, FIRST, 'frontmatter', /must start on line 1 with a line of three hyphens/],
    ['a control character in a headline', { [INDEX]: VALID_INDEX.replace('"A test explainer"', '"A test\\0 explainer"') }, INDEX, 'headline', /control character U\+0000/],
    ['a control character in a body', body('Text with a bell \u0007 in it.'), FIRST, 'body, line 8', /control character U\+0007/],
    ['search aliases without another spelling', index('searchAliases:\n  Zelenskyy: []'), INDEX, 'searchAliases.Zelenskyy', /at least one other spelling/],
    ['a search alias longer than search reads', index(`searchAliases:\n  Kyiv: ["${'Kiev '.repeat(30)}"]`), INDEX, 'searchAliases.Kyiv', /149 characters; search reads a name or short phrase of at most 120/],
    ['source.file outside the folder', source('../../../../etc/hostname'), INDEX, 'source.file', /outside the explainer’s folder/],
    ['source.file naming the folder', source('.'), INDEX, 'source.file', /outside the explainer’s folder/],
    ['source.file missing', source('source.txt'), INDEX, 'source.file', /"source.txt" not found beside it/],
    ['text in index.mdx, which is shown nowhere', { [INDEX]: `${VALID_INDEX}\nSome text.\n` }, INDEX, 'body', /shown nowhere/],
    ['an empty section body', { [FIRST]: section('First', 1, '') }, FIRST, 'body', /is empty/],
    ['a section body of comments only', { [FIRST]: section('First', 1, '{/* to do */}') }, FIRST, 'body', /is empty/],
  ];
  it.each(cases)('names %s', (_name, files, file, field, message) => {
    expectProblem(check(files), file, field, message);
  });

  it('accepts search aliases as lists of other spellings', () => {
    expect(check(index('searchAliases:\n  Zelenskyy: ["Zelensky", "Zelenskiy"]'))).toEqual([]);
  });

  it('names a source.file that is a folder', () => {
    const problems = check(source('notes'), (root) =>
      mkdirSync(join(root, 'test-explainer', 'notes')),
    );
    expectProblem(problems, INDEX, 'source.file', /"notes" is a folder/);
  });

  it('names a source text that is not UTF-8, with the byte and line', () => {
    const problems = check(source('source.txt'), (root) =>
      writeFileSync(join(root, 'test-explainer', 'source.txt'), Buffer.from('Line one\n\u201cQuoted\u201d'.replace(/[\u201c\u201d]/g, '"').replace('"', '\x93'), 'latin1')),
    );
    expectProblem(problems, INDEX, 'source.file', /not UTF-8 text: byte 0x93 on line 2 .*Windows-1252/);
  });
});

describe('facts typed once: what the check can work out is not asked', () => {
  const noOrder = (title: string, body = 'Some reported text.') => section(title, 0, body).replace('order: 0\n', '');
  const SECOND = 'test-explainer/02-second.mdx';

  it('reads each section’s visible words and reading time for the pages, captions kept and tags dropped', () => {
    const long = Array(WORDS_PER_MINUTE * 2).fill('word').join(' ');
    const report = checkContent(writeFixture(validFiles(body(`Some *reported* text.\n\n${long}`))));
    const reading = report.reading['test-explainer/first']!;
    expect(reading.words.startsWith('Some reported text. word word')).toBe(true);
    expect(reading.minutes).toBe(2);
  });

  it('takes a section’s order from its file name, and lets a written order win', () => {
    expect(check({ [FIRST]: noOrder('First'), [SECOND]: noOrder('Second') })).toEqual([]);
    expect(check({ [FIRST]: section('First', 2), [SECOND]: section('Second', 1) })).toEqual([]);
    expectProblem(check({ [FIRST]: section('First', 2), [SECOND]: noOrder('Second') }), SECOND, 'order', /order 2 is already used by .*01-first\.mdx/);
  });

  it('names one problem for a section with neither a numbered file name nor an order', () => {
    expect(check({ [FIRST]: undefined, 'test-explainer/first.mdx': noOrder('First') })).toEqual([
      { file: 'test-explainer/first.mdx', field: 'order', message: expect.stringMatching(/does not start with the section’s number: rename the file to 01-first\.mdx, .* or write order: 1/) },
    ]);
    expect(check({ [FIRST]: undefined, 'test-explainer/first.mdx': section('First', 1) })).toEqual([]);
  });

  it('takes updated as published when it is left out, and holds the change log to that date', () => {
    const never = VALID_INDEX.replace('updated: 2025-01-24\n', '');
    expect(check({ [INDEX]: never })).toEqual([]);
    expect(explainerSchema.parse({ headline: 'h', summary: 's', published: '2025-01-24', source: { title: 't' } }).updated).toEqual(new Date('2025-01-24T00:00:00Z'));
    const logged = never.replace(/\n---\n$/, '\nchanges:\n  - { date: 2025-01-24, what: "Published." }\n---\n');
    expect(check({ [INDEX]: logged })).toEqual([]);
    const later = never.replace(/\n---\n$/, '\nchanges:\n  - { date: 2025-01-30, what: "Fixed." }\n---\n');
    expectProblem(check({ [INDEX]: later }), INDEX, 'updated', /must equal the date of the last entry in changes \(2025-01-30\)/);
  });

  it('takes source.title from the source text’s first line when it is left out', () => {
    const untitled = VALID_INDEX.replace('  title: "A test report"\n', '  file: source.txt\n');
    // The sections carry the source's reporting; its first line, the headline, is the title and needs carrying nowhere.
    const carried = { [FIRST]: section('First', 1, 'The council voted.') };
    const root = writeFixture(validFiles({ [INDEX]: untitled, ...carried, 'test-explainer/source.txt': 'Council votes to close the pool\n\nThe council voted.\n' }));
    const report = checkContent(root);
    expect(report.problems).toEqual([]);
    expect(report.sourceTitles['test-explainer']).toBe('Council votes to close the pool');
    // A written title wins.
    const other = { [FIRST]: section('First', 1, 'A first line.\n\nThe council voted.'), 'test-explainer/source.txt': 'A first line.\n\nThe council voted.\n' };
    const written = checkContent(writeFixture(validFiles({ ...source('source.txt'), ...other })));
    expect(written.problems).toEqual([]);
    expect(written.sourceTitles['test-explainer']).toBe('A test report');
    expectProblem(check({ [INDEX]: untitled, 'test-explainer/source.txt': '\nThe council voted.\n' }), INDEX, 'source.title', /first line of source\.txt is empty/);
    expectProblem(check({ [INDEX]: VALID_INDEX.replace('  title: "A test report"\n', '  cites: ["A paper"]\n') }), INDEX, 'source.title', /is required unless source\.file names the source text/);
  });
});

describe('sections and explainers', () => {
  it('rejects sections pointing at an unknown explainer', () => {
    expectProblem(check({ [INDEX]: undefined }), 'test-explainer', undefined, /unknown explainer "test-explainer".*index\.mdx/);
  });

  it('rejects two sections with the same order', () => {
    expectProblem(check({ 'test-explainer/02-second.mdx': section('Second', 1) }), 'test-explainer/02-second.mdx', 'order', /order 1 is already used by .*01-first\.mdx/);
  });

  it('rejects two sections with the same slug', () => {
    expectProblem(check({ 'test-explainer/02-second.mdx': section('Second', 2, 'Text.', 'slug: first\n') }), 'test-explainer/02-second.mdx', 'slug', /"first" is already used by .*01-first\.mdx/);
  });

  it('rejects a slug the full-story page uses', () => {
    expectProblem(check({ 'test-explainer/03-full-story.mdx': section('Whole', 3) }), 'test-explainer/03-full-story.mdx', 'slug', /reserved/);
  });

  it('rejects an explainer with no sections', () => {
    expectProblem(check({ [FIRST]: undefined, 'test-explainer/02-second.mdx': undefined }), 'test-explainer', undefined, /no sections/);
  });
});

describe('nothing is dropped silently', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['a .md section', { 'test-explainer/03-third.md': section('Third', 3) }, 'test-explainer/03-third.md', /sections are \.mdx files.*03-third\.mdx/],
    ['an upper-case .MDX section', { 'test-explainer/03-third.MDX': section('Third', 3) }, 'test-explainer/03-third.MDX', /sections are \.mdx files \(lowercase\)/],
    ['a section in a subfolder', { 'test-explainer/more/03-third.mdx': section('Third', 3) }, 'test-explainer/more', /subfolders are not read/],
    ['a folder named like a section', { 'test-explainer/03-dir.mdx/x.txt': 'x' }, 'test-explainer/03-dir.mdx', /is a folder, where a section file was expected/],
    ['a stray file', { 'test-explainer/notes.docx': 'x' }, 'test-explainer/notes.docx', /not used by the site/],
    ['a misnamed people file', { 'test-explainer/people.yml': 'people: []' }, 'test-explainer/people.yml', /named people\.yaml/],
    ['a loose file at the content root', { 'loose.mdx': section('Loose', 1) }, 'loose.mdx', /only explainer folders belong/],
  ];
  it.each(cases)('refuses %s, naming it', (_name, files, file, message) => {
    const root = writeFixture(validFiles(files));
    const problems = checkContent(root).problems.map((p) => ({ ...p, file: relative(root, p.file) }));
    expectProblem(problems, file, undefined, message);
  });

  it.each(['search', 'people', 'topics', '404', 'rss.xml', 'pagefind'])('refuses an explainer folder named %s, which a site route uses', (name) => {
    const root = writeFixture({ ...validFiles(), [`${name}/index.mdx`]: VALID_INDEX, [`${name}/01-a.mdx`]: section('A', 1) });
    expect(checkContent(root).problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(`"${name}" is taken by the site’s own /${name}/`) }));
  });

  it('refuses symbolic links to folders and files', () => {
    const root = writeFixture(validFiles());
    symlinkSync(join(root, 'test-explainer'), join(root, 'twin'));
    symlinkSync(join(root, 'test-explainer', '01-first.mdx'), join(root, 'test-explainer', '03-link.mdx'));
    const messages = checkContent(root).problems.map((p) => `${relative(root, p.file)}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^twin: is a symbolic link/));
    expect(messages).toContainEqual(expect.stringMatching(/^test-explainer\/03-link\.mdx: is a symbolic link/));
  });

  it('refuses a section that is not UTF-8, naming the byte', () => {
    const root = writeFixture(validFiles());
    writeFileSync(join(root, 'test-explainer', '01-first.mdx'), Buffer.from(section('First', 1, 'He said \x93yes\x94.'), 'latin1'));
    expect(checkContent(root).problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/is not UTF-8 text: byte 0x93 on line 8/) }));
  });
});

describe('bodies are content, not code', () => {
  const refused: [string, string, RegExp][] = [
    ['an import', 'import fs from "node:fs"\n\nText.', /import and export are not allowed/],
    ['an export', 'export const leak = 1\n\nText.', /import and export are not allowed/],
    ['a code expression', 'Host: {(await import("node:fs")).readFileSync("/etc/hostname","utf8")}', /is code, which is not allowed/],
    ['a refresh <meta>', 'Text.\n\n<meta http-equiv="refresh" content="0;url=https://example.com/" />', /<meta> is not allowed/],
    ['a <script>', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an <img onerror>', 'Text <img src="x" onerror="alert(1)" /> here.', /<img> is not allowed/],
    ['an <iframe>', '<iframe src="https://example.com/"></iframe>', /<iframe> is not allowed/],
    ['a <style>', '<style>{"body{display:none}"}</style>', /<style> is not allowed|is code/],
    ['an event handler on allowed HTML', 'Text <abbr title="x" onclick="alert(1)">A</abbr>.', /<abbr> may not carry onclick=/],
    ['a javascript: link', '[click](javascript:alert(1))', /only https:\/\/, http:\/\/ and mailto: links/],
    ['a data: link', '[x](data:text/html,hi)', /only https:\/\/, http:\/\/ and mailto: links/],
    ['a protocol-relative link', '[x](//example.com/)', /starting with https:\/\//],
    ['an attribute computed by code', '<Quote by={"Nobody".toUpperCase()}>words</Quote>', /write the value out/],
    ['attributes spread from code', '<Mention {...props}>x</Mention>', /spreads code/],
    ['a fragment', '<>text</>', /<> is not allowed/],
    ['an unknown component', '<Chart data="x" />', /<Chart> is not a known component/],
    ['a component attribute it does not have', '<Photo caption="c" credit="d" onload="x" />', /<Photo>: "onload" is not a field/],
    ['a figure value of the wrong type', '<PercentFigure value="88" label="a" title="t" description="d" source="s" />', /<PercentFigure> value: must be a number written as \{88\}/],
    ['a cap with nothing to compare it with', '<CapFigure value={60} max={100} label="Cap" title="t" description="d" />', /<CapFigure> compare: is required/],
    ['a # heading', '# A second title\n\nText.', /start subheads with ##/],
    ['a relative day with a date that is not real', 'Said <On date="2025-02-30">on Thursday</On>.', /<On> date: must be a real date such as 2025-01-23 \(2025-02-30 is not one\)/],
    ['a relative day with a weekday for a date', 'Said <On date="Thursday">on Thursday</On>.', /<On> date: must be a real date such as 2025-01-23 \(Thursday is not one\)/],
    ['a relative day without its date', 'Said <On>on Thursday</On>.', /<On> date: is required/],
  ];
  it.each(refused)('refuses %s, naming the line', (_name, text, message) => {
    expectProblem(check(body(text)), FIRST, undefined, message);
    expect(check(body(text)).every((p) => p.field === undefined || /^body|^frontmatter/.test(p.field))).toBe(true);
  });

  it('accepts Markdown, GFM, the allowed HTML and written-out attributes', () => {
    const text = [
      '## A subhead',
      '',
      'H<sub>2</sub>O and E = mc<sup>2</sup>, <abbr title="Organization of the Petroleum Exporting Countries">OPEC</abbr>,<br />a footnote[^1], ~~struck~~.',
      '',
      '| Country | Warheads |',
      '| :-- | --: |',
      '| A | 1 |',
      '',
      '{/* an editor’s note */}',
      '',
      '<PercentFigure value={88} label="a" title="t" description="d" source="s" />',
      '',
      'It was said <On date="2025-01-23">on Thursday</On>.',
      '',
      '[^1]: A note, with [a link](https://example.com/) and [mail](mailto:desk@example.com).',
    ].join('\n');
    expect(check(body(text))).toEqual([]);
  });
});

describe('links, anchors and images resolve', () => {
  const cases: [string, string, RegExp][] = [
    ['an absolute link to no page', 'See [this](/test-explainer/nowhere/).', /links to \/test-explainer\/nowhere\/, which is not a page/],
    ['a relative link to no page', 'See [this](nowhere/).', /links to nowhere\/, which is not a page/],
    ['a relative link out of the explainer', 'See [this](../../elsewhere/).', /links to \.\.\/\.\.\/elsewhere\/, which is not a page/],
    ['an anchor not on this page', '## Real heading\n\nSee [below](#unreal-heading).', /has no anchor "unreal-heading" \(anchors there: real-heading\)/],
    ['an anchor not on another section', 'See [it](/test-explainer/second/#nope).', /\/test-explainer\/second\/ has no anchor "nope"/],
    ['an image that is not published', '![A chart](/charts/missing.png)', /image "\/charts\/missing\.png" is not a file in public\//],
    ['an image on another site', '![A chart](https://example.com/c.png)', /image "https:\/\/example\.com\/c\.png" is on another site/],
    ['a photo that is not published', '<Photo src="/photos/missing.jpg" alt="A" caption="c" credit="d" />', /image "\/photos\/missing\.jpg" is not a file/],
  ];
  it.each(cases)('names %s', (_name, text, message) => {
    expectProblem(check(body(text)), FIRST, undefined, message);
  });

  it('accepts links that resolve: relative, anchored, to the full story and people', () => {
    const text = [
      '## Where it starts',
      '',
      '[Next](../second/), [here](#where-it-starts), [whole](/test-explainer/full-story/#second), [top](/), [file](/favicon.svg).',
    ].join('\n');
    expect(check(body(text))).toEqual([]);
  });
});

describe('names and topics in any script', () => {
  const people = (names: string[]) =>
    `people:\n${names.map((n) => `  - name: "${n}"\n    kind: organisation`).join('\n')}\n`;

  it('accepts names and topics in other scripts, each with its own id', () => {
    const problems = check({
      'test-explainer/people.yaml': people(['Олена Коваль', 'Ігор Бондар']),
      [INDEX]: VALID_INDEX.replace('A test explainer', 'Łódź, Київ, Αθήνα: ąęśżźć ґєії'),
      [FIRST]: section('First', 1, 'Reported text.', 'topics: ["Wrocław", "Łódź", "ODZ", "Київ"]\n'),
    });
    expect(problems).toEqual([]);
  });

  it('refuses a headline or title the share image cannot draw, naming the character', () => {
    const problems = check({
      [INDEX]: VALID_INDEX.replace('A test explainer', 'Rocket 🚀 launch'),
      [FIRST]: section('首页', 1),
    });
    expectProblem(problems, INDEX, 'headline', /cannot draw “🚀” \(U\+1F680\)/);
    expectProblem(problems, FIRST, 'title', /cannot draw “首” \(U\+9996\), “页” \(U\+9875\)/);
  });

  it('refuses two names that make one id', () => {
    expectProblem(check({ 'test-explainer/people.yaml': people(['Anna-Maria Nowak', 'Anna Maria Nowak']) }), 'test-explainer/people.yaml', 'people.1.name', /makes the same id \("anna-maria-nowak"\)/);
  });

  it('refuses one topic spelled two ways, and a topic with no letters', () => {
    const problems = check({
      [FIRST]: section('First', 1, 'Text.', 'topics: ["oil"]\n'),
      'test-explainer/02-second.mdx': section('Second', 2, 'Text.', 'topics: ["Oil", "🛢️"]\n'),
    });
    expectProblem(problems, 'test-explainer/02-second.mdx', 'topics.0', /"Oil" makes the same \/topics\/oil\/ address as "oil"/);
    expectProblem(problems, 'test-explainer/02-second.mdx', 'topics.1', /needs letters or digits/);
  });
});

describe('headings that belong, in short, topics as titles', () => {
  const SECOND = 'test-explainer/02-second.mdx';
  const IN_SHORT_BODY = 'The council voted to close the pool.\n\nSwimmers protested outside the town hall on Monday.';
  const inShort = (points: string) => ({ [FIRST]: section('First', 1, IN_SHORT_BODY, `inShort:\n${points}`) });
  const point = (text: string, paragraph: number | string) => `  - text: "${text}"\n    paragraph: ${paragraph}\n`;
  const withSource = (subheads: string) => ({
    [INDEX]: VALID_INDEX.replace('  title: "A test report"\n', `  title: "A test report"\n  file: source.txt\n  subheads: ${subheads}\n`),
    'test-explainer/source.txt': 'A test report\n\nFirst things\n\nThe council voted to close the pool.\n',
    [FIRST]: section('First', 1, 'The council voted to close the pool.\n\nSee [the second section](/test-explainer/second/).'),
  });

  it('names a subhead that repeats its section’s title, whatever its case and punctuation, by body line', () => {
    const problems = check({ [SECOND]: section('Pressure tactics', 2, 'Text.\n\n## Pressure Tactics:\n\nMore text.') });
    expectProblem(problems, SECOND, 'body, line 10', /the subhead "Pressure Tactics:" repeats the section’s title/);
    expect(check({ [SECOND]: section('Pressure tactics', 2, 'Text.\n\n## Tactics under pressure\n\nMore.') })).toEqual([]);
  });

  it('names a subhead that names another section of the explainer', () => {
    const problems = check({ [SECOND]: section('Arms control', 2, 'Text.\n\n## First\n\nMore text.') });
    expectProblem(problems, SECOND, 'body, line 10', /the subhead "First" names another section \(.*01-first\.mdx\)/);
  });

  it('accepts two or three in-short points that point at paragraphs stating them', () => {
    expect(check(inShort(point('The pool will close after a council vote.', 1) + point('Swimmers protested on Monday.', 2)))).toEqual([]);
  });

  it.each([
    ['one point', point('The council voted to close the pool.', 1), 'inShort', /needs 2 or 3 points/],
    ['four points', point('Council voted.', 1).repeat(4), 'inShort', /needs 2 or 3 points/],
    ['a point of 16 words', point('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen', 1) + point('Swimmers protested.', 2), 'inShort.0.text', /at most 15 words/],
    ['a paragraph that is not a number', point('Council voted.', 1) + point('Swimmers protested.', '"second"'), 'inShort.1.paragraph', /number of the paragraph that states the point/],
    ['paragraph 0', point('Council voted.', 0) + point('Swimmers protested.', 2), 'inShort.0.paragraph', /1 is the section’s first paragraph/],
    ['a paragraph the section does not have', point('Council voted.', 1) + point('Swimmers protested.', 3), 'inShort.1.paragraph', /the section has 2 paragraphs, so there is no paragraph 3/],
    ['a paragraph that does not state the point', point('Council voted.', 1) + point('Swimmers protested.', 1), 'inShort.1.paragraph', /paragraph 1 \(“The council voted to close the pool\.…”\) shares no word with “Swimmers protested\.”/],
  ])('names %s in inShort', (_name, points, field, message) => {
    expectProblem(check(inShort(points)), FIRST, field, message);
  });

  it('accepts the source’s own subheads, and names one that is not a line of the source', () => {
    expect(check(withSource('["First things"]'))).toEqual([]);
    expectProblem(check(withSource('["First things", "The council voted"]')), INDEX, 'source.subheads.1', /"The council voted" is not a line of its own in the source text/);
  });

  it('names a topic that does not start with a capital, and leaves scripts without capitals alone', () => {
    const problems = check({ [FIRST]: section('First', 1, 'Text.', 'topics: ["sanctions and tariffs", "Oil", "ядерна зброя", "النفط", "3D printing"]\n') });
    expectProblem(problems, FIRST, 'topics.0', /"sanctions and tariffs" is shown as a title: start it with a capital, as "Sanctions and tariffs"/);
    expectProblem(problems, FIRST, 'topics.2', /as "Ядерна зброя"/);
    expect(problems.filter((p) => p.field === 'topics.1' || p.field === 'topics.3' || p.field === 'topics.4')).toEqual([]);
  });
});
