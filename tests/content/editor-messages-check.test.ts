// Messages an editor can act on: YAML and MDX syntax mistakes say how to write the line, every problem
// in a file is listed even when one is a syntax error, limits give the count, dates keep their year,
// and one bad card or number gets one message, not a cascade.
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { formatCalendarPoint, parseCalendarPoint } from '../../src/lib/timeline';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

const FIRST = 'test-explainer/01-first.mdx';
const INDEX = 'test-explainer/index.mdx';
const PEOPLE = 'test-explainer/people.yaml';

/** Problems for the valid fixture with some files replaced, paths from the explainer folder. */
const check = (overrides: Record<string, string>): ContentProblem[] =>
  checkContent(writeFixture(validFiles(overrides))).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));
const body = (text: string, extra = '') => ({ [FIRST]: section('First', 1, text, extra) });
const index = (extra: string) => ({ [INDEX]: VALID_INDEX.replace(/\n---\n$/, `\n${extra}\n---\n`) });
const only = (problems: ContentProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('YAML an editor writes', () => {
  it('says to quote a value holding a colon, naming the field and line', () => {
    expect(only(check({ [FIRST]: section('Why now: the deal', 1) }))).toEqual({
      file: FIRST,
      field: 'title, line 2',
      message: expect.stringMatching(/^put the title in quotes: title: "Why now: the deal"/),
    });
  });

  it('quotes with single quotes a value that holds double ones', () => {
    const problem = only(check({ [FIRST]: section('First', 1).replace(/^summary:.*$/m, 'summary: Trump said: "we will"') }));
    expect(problem).toMatchObject({ field: 'summary, line 5', message: expect.stringContaining(`summary: 'Trump said: "we will"'`) });
  });

  it('says a # cut the value short, and how to quote it', () => {
    const problem = only(check({ [FIRST]: section('First', 1).replace(/^summary:.*$/m, 'summary: Issue #5 is back') }));
    expect(problem).toMatchObject({ field: 'summary, line 5', message: expect.stringMatching(/reads only "Issue": put the summary in quotes: summary: "Issue #5 is back"/) });
  });

  it('leaves a comment after a number alone', () => {
    expect(check({ [FIRST]: section('First', 1).replace('order: 1', 'order: 1  # first') })).toEqual([]);
  });

  it('names a tab indent with its line', () => {
    expect(only(check(body('Text.', 'topics:\n\t- Oil\n')))).toMatchObject({ field: 'frontmatter, line 7', message: expect.stringMatching(/indented with a tab: YAML needs spaces/) });
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    expect(check({ [FIRST]: `\uFEFF${section('First', 1, 'One paragraph.\n\nAnother.')}`.replace(/\n/g, '\r\n') })).toEqual([]);
  });

  it('refuses anchors and aliases, so a takeaway is not repeated through one', () => {
    const problem = only(check(index('takeaways:\n  - &t\n    text: "Point."\n    section: first\n  - *t\n  - *t')));
    expect(problem).toMatchObject({ file: INDEX, field: 'frontmatter, line 9', message: expect.stringMatching(/^&t is YAML’s way to repeat.*write each value out in full/) });
  });

  it('refuses an alias bomb at once', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
    const bomb = [level('a', '"lol"'), ...'bcdefghi'.split('').map((n, i) => level(n, `*${'abcdefgh'[i]}`))].join('\n');
    const started = performance.now();
    expect(only(check(body('Text.', `${bomb}\n`))).message).toMatch(/^&a is YAML’s way/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a merge key', () => {
    expect(only(check(index('<<: { summary: "Other." }')))).toMatchObject({ field: 'frontmatter, line 8', message: expect.stringMatching(/^<< is YAML’s way/) });
  });

  it('reads people.yaml by the same rules', () => {
    const problems = check({ [PEOPLE]: 'people:\n  - name: Ann Lee\n    kind: person\n    role: Mayor: of the town\n' });
    expect(problems[0]).toMatchObject({ file: PEOPLE, field: 'role, line 4', message: expect.stringContaining('role: "Mayor: of the town"') });
  });
});

describe('MDX an editor writes', () => {
  const cases: [string, string, RegExp][] = [
    ['a less-than sign before a number', 'About <1 in 8 people.', /^"<1" is read as the start of a tag: to write a less-than sign in the text, write \\< .* or &lt;$/],
    ['a less-than sign before a minus', 'Down to <-5 degrees.', /^"<-" is read as the start of a tag/],
    ['braces around words', 'More {see below} text.', /^\{ starts code, which a section cannot hold: to write braces in the text, write \\\{ and \\\}/],
    ['a brace never closed', 'An open { brace.', /^a \{ here is never closed/],
    ['an HTML comment', 'Text <!-- note --> here.', /HTML comment.*\{\/\* … \*\/\}/],
    ['a tag never closed', 'Said <Quote by="x">words.', /^<Quote> is opened but never closed: end it with <\/Quote>/],
    ['a closing tag that closes another', '<Quote by="x">words</Photo>', /^<\/Photo> closes a tag that is not open here: close <Quote> first/],
    ['an attribute value without quotes', '<abbr title=x>y</abbr>', /written in quotes, as name="…"/],
  ];
  it.each(cases)('says how to write %s, naming the line', (_name, text, message) => {
    expect(only(check(body(`First paragraph.\n\n${text}`)))).toMatchObject({ file: FIRST, field: 'body, line 10', message: expect.stringMatching(message) });
  });

  it('accepts the escaped forms, and a stray } or > as text', () => {
    expect(check(body('About \\<1 in 8, &lt;2 in 9, \\{see below\\}, a stray } and a > there.'))).toEqual([]);
  });

  it('lists every syntax error in a body, and the other rules’ problems around them', () => {
    const problems = check(body('A <1 in 8.\n\n<Quote by="Ann Lee">\n\nquoted\n\n</Quote>\n\nB {see below}.\n\n[x](javascript:alert(1))\n\nC <-5.'));
    expect(problems.map((p) => [p.field, p.message.slice(0, 14)])).toEqual([
      ['body, line 8', '"<1" is read a'],
      ['body, line 16', '{ starts code,'],
      ['body, line 20', '"<-" is read a'],
      ['body, line 10', '<Quote by=…>: '],
      ['body, line 18', 'links to "java'],
    ]);
  });

  it('lists the body’s problems when the frontmatter is not YAML, and the frontmatter’s when the body is not MDX', () => {
    const problems = check({ [FIRST]: '---\ntitle: Why now: the deal\nquestion: "Q?"\norder: 1\nsummary: "S."\n---\n\nAbout <1 in 8.\n' });
    expect(problems.map((p) => p.field)).toEqual(['title, line 2', 'body, line 8']);
    const both = check({ [FIRST]: section('First', 1, 'About <1 in 8.').replace('order: 1', 'order: first') });
    expect(both.map((p) => p.field)).toEqual(['order', 'body, line 8']);
  });
});

describe('limits and numbers', () => {
  it('counts the words of a point over its limit', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    const takeaways = `takeaways:\n  - text: "${long}"\n    section: first\n${'  - text: "Short."\n    section: first\n'.repeat(2)}`;
    expect(only(check(index(takeaways)))).toMatchObject({ field: 'takeaways.0.text', message: 'is 13 words; must be at most 12 words' });
  });

  it('counts the points of a list over its limit', () => {
    expect(only(check(index(`takeaways:\n${'  - text: "Short."\n    section: first\n'.repeat(6)}`)))).toMatchObject({ field: 'takeaways', message: 'needs 3 to 5 points (it has 6)' });
  });

  it('gives one message for an order beyond any whole number JavaScript holds', () => {
    expect(only(check({ [FIRST]: section('First', 1).replace('order: 1', 'order: 9007199254740993') }))).toMatchObject({ field: 'order', message: 'must be a whole number from 1 to 9999' });
  });
});

describe('dates keep their year', () => {
  it('refuses a publishing date before the year 1000', () => {
    const problems = check({ [INDEX]: VALID_INDEX.replaceAll('2025-01-24', '0000-01-01') });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['published', 'must be a date from the year 1000 on, such as 2025-01-24 (0000-01-01 is earlier)'],
      ['updated', 'must be a date from the year 1000 on, such as 2025-01-24 (0000-01-01 is earlier)'],
    ]);
  });

  it('refuses a timeline date in the years 0 to 99, which YAML readers take for 1900 to 1999', () => {
    expect(only(check(index('timeline:\n  - when: 0070-08-30\n    what: "Something."\n    section: first')))).toMatchObject({ field: 'timeline.0.when', message: expect.stringMatching(/year 100 or later/) });
  });

  it('shows an early timeline year as written, never as 19xx', () => {
    expect(formatCalendarPoint('0870-08-30')).toBe('30 August 870');
    expect(formatCalendarPoint('0070')).toMatch(/^70/);
    // The year 0 was a leap year (proleptic Gregorian); 1900 was not.
    expect(parseCalendarPoint('0000-02-29')?.day).toBe(29);
  });
});

describe('one problem, one message', () => {
  const quoting = body('<Quote by="Ann Lee">Words.</Quote> <Mention of="Ann Lee">Ann Lee</Mention> said so.', 'people: ["Ann Lee"]\n');
  it('names an invisible character in a card’s name, and not every mention of it', () => {
    const problems = check({ ...quoting, [PEOPLE]: 'people:\n  - name: "Ann\u200b Lee"\n    kind: person\n    role: "Mayor"\n' });
    expect(problems).toEqual([
      { file: PEOPLE, field: 'people.0.name', message: expect.stringMatching(/invisible character U\+200B ZERO WIDTH SPACE inside it/) },
      { file: PEOPLE, message: expect.stringMatching(/cards could not be read/) },
    ]);
  });

  it('says once that cards could not be read when people.yaml is not valid', () => {
    const problems = check({ ...quoting, [PEOPLE]: 'people:\n  - __proto__: 1\n' });
    expect(problems.filter((p) => p.file === FIRST)).toEqual([]);
    expect(problems.filter((p) => /could not be read/.test(p.message))).toHaveLength(1);
  });

  it('accepts links to the site’s own files besides pages, derived from src/pages', () => {
    expect(check(body('See [feed](/rss.xml), [map](/sitemap-index.xml), [app](/manifest.webmanifest), [robots](/robots.txt), [image](/test-explainer/first/og.png).'))).toEqual([]);
    expect(only(check(body('See [image](/nowhere/og.png).'))).message).toMatch(/not a page of this site/);
  });
});
