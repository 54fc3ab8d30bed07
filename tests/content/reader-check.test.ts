// What the editors add for readers beside the report (src/lib/content/reader-rules.ts and the schema):
// a section's answer, in-short points and answers in their own words, <Context> notes kept apart from
// the report, figures with more than one series, people's descriptions and topic descriptions. Each
// way to get one wrong gets one message naming the file and the field or line.
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

const FIRST = 'test-explainer/01-first.mdx';
const INDEX = 'test-explainer/index.mdx';
const BODY = 'The council voted to close the pool on Friday.\n\nSwimmers protested outside the town hall on Monday.';

const check = (overrides: Record<string, string | undefined>) =>
  checkContent(writeFixture(validFiles(overrides))).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));
const first = (extra: string, body = BODY) => ({ [FIRST]: section('First', 1, body, extra) });
const answer = (text: string, paragraphs = '[1, 2]') => first(`answer:\n  text: "${text}"\n  paragraphs: ${paragraphs}\n`);
const expectProblem = (problems: ContentProblem[], file: string, field: string, message: RegExp) => {
  expect(problems).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
};

describe('a section’s answer', () => {
  it('is accepted in the editors’ own words, naming paragraphs that support it', () => {
    expect(check(answer('The pool will shut, and swimmers are angry about the council’s decision.'))).toEqual([]);
  });

  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  it.each([
    ['one of 41 words', answer(`Council ${words(40)}`), 'answer.text', /^is 41 words; must be at most 40 words$/],
    ['no paragraphs', first('answer:\n  text: "The pool will shut."\n'), 'answer.paragraphs', /is required/],
    ['an empty list of paragraphs', answer('The pool will shut.', '[]'), 'answer.paragraphs', /at least one paragraph that supports the answer/],
    ['a paragraph that is not a number', answer('The pool will shut.', '["one"]'), 'answer.paragraphs.0', /numbers of the paragraphs that support the answer/],
    ['a paragraph the section does not have', answer('The council will shut the pool.', '[1, 5]'), 'answer.paragraphs.1', /the section has 2 paragraphs, so there is no paragraph 5/],
    ['a paragraph that shares no word with it', answer('The council will shut the pool.', '[2]'), 'answer.paragraphs.0', /paragraph 2 \(“Swimmers protested outside the town hall on Monday\.…”\) shares no word with the answer/],
    ['a copy of one of the report’s sentences', answer('The council voted to close the pool on Friday, sadly.', '[1]'), 'answer.text', /copies most of the words of the sentence “The council voted to close the pool on Friday\.”/],
  ])('names %s', (_name, files, field, message) => {
    expectProblem(check(files), FIRST, field, message);
  });
});

describe('in-short points and answers in the editors’ own words', () => {
  const points = (a: string, b = 'Swimmers are angry.') => first(`inShort:\n  - text: "${a}"\n    paragraph: 1\n  - text: "${b}"\n    paragraph: 2\n`);

  it('accepts an in-short point that copies a sentence: explainers that built before build unchanged', () => {
    expect(check(points('The council voted to close the pool.'))).toEqual([]);
  });

  it('draws the line for an answer at 80% of its words in one sentence, in order, from 5 words up', () => {
    const own = (text: string) => answer(text, '[1]');
    // 4 of 5 words stand in the first sentence in order: 80%, a copy.
    expectProblem(check(own('Council voted pool closure Friday.')), FIRST, 'answer.text', /copies most of the words/);
    // The same words out of order are the editor's own sentence.
    expect(check(own('On Friday the pool closure was voted by council.'))).toEqual([]);
    // 3 of 5: not a copy.
    expect(check(own('Council voted: pool gone, sadly.'))).toEqual([]);
    // Under 5 words, a few words of a sentence are a phrase, not a copy.
    expect(check(own('Council closes pool.'))).toEqual([]);
  });

  it('compares with the report’s sentences only, not with a <Context> note', () => {
    const body = `${BODY}\n\n<Context source="The council">\nThe pool opened in 1974 and cost little to run.\n</Context>`;
    expect(check(first('inShort:\n  - text: "The pool opened in 1974 and cost little."\n    paragraph: 1\n  - text: "Swimmers are angry."\n    paragraph: 2\n', body))).toEqual([
      expect.objectContaining({ field: 'inShort.0.paragraph', message: expect.stringMatching(/shares no word/) }),
    ]);
  });
});

describe('<Context> notes', () => {
  const note = (attrs: string, text = 'The pool opened in 1974.') => first('', `${BODY}\n\n<Context ${attrs}>\n${text}\n</Context>`);

  it('are accepted with a named source and an https:// address, or a source alone', () => {
    expect(check(note('source="Town council" href="https://council.example/pool"'))).toEqual([]);
    expect(check(note('source="Town council"'))).toEqual([]);
  });

  // The note opens on line 12 of the file (frontmatter and two paragraphs before it); what is inside it, on line 13.
  it.each([
    ['no source', note(''), /<Context> source: is required/],
    ['an empty source', note('source=""'), /<Context> source: must not be empty/],
    ['an address that is not https://', note('source="Town council" href="http://council.example/pool"'), /<Context> href: must be the source’s https:\/\/ address/],
    ['a javascript: address', note('source="Town council" href="javascript:alert(1)"'), /<Context> href: must be the source’s https:\/\/ address/],
    ['an empty note', note('source="Town council"', ''), /<Context> is empty/],
  ])('name %s', (_name, files, message) => {
    expectProblem(check(files), FIRST, 'body, line 12', message);
  });

  it.each([
    ['a note inside a sentence', first('', 'The council voted <Context source="Town council">in 1974</Context> to close it.'), 'body, line 8', /not part of a sentence: put <Context …> and <\/Context> on lines of their own/],
    ['a quote inside a note', note('source="Town council"', 'It said “<Quote by="Someone">no</Quote>”.'), 'body, line 13', /<Quote> inside <Context>: a note is the editors’ words/],
    ['a mention inside a note', note('source="Town council"', '<Mention of="Someone">Someone</Mention> built it.'), 'body, line 13', /<Mention> inside <Context>/],
    ['a note inside a note', note('source="Town council"', '<Context source="Other">\nInner.\n</Context>'), 'body, line 13', /<Context> inside another <Context>/],
  ])('name %s', (_name, files, field, message) => {
    expectProblem(check(files), FIRST, field, message);
  });

  it('never carry the source: a paragraph of the source found only in a note is missing', () => {
    const files = {
      [INDEX]: VALID_INDEX.replace('  title: "A test report"\n', '  title: "A test report"\n  file: source.txt\n'),
      'test-explainer/source.txt': 'A test report\n\nThe council voted to close the pool on Friday.\n\nThe pool opened in 1974.\n',
      [FIRST]: section('First', 1, 'The council voted to close the pool on Friday.\n\n<Context source="Town council">\nThe pool opened in 1974.\n</Context>'),
    };
    expectProblem(check(files), 'test-explainer/source.txt', 'line 5', /“The pool opened in 1974\.” is in no section word for word/);
    expect(check({ ...files, [FIRST]: section('First', 1, 'The council voted to close the pool on Friday.\n\nThe pool opened in 1974.') })).toEqual([]);
  });

  it('name nobody for the report: a card named first in a note is still introduced in the report’s text', () => {
    const people = 'people:\n  - name: Ada Pool\n    kind: person\n    role: mayor\n    namedAs: [Pool]\n';
    const body = '<Context source="Town council">\nAda Pool has been mayor since 2020.\n</Context>\n\nThe mayor, <Mention of="Ada Pool">Ada Pool</Mention>, spoke.';
    expect(check({ 'test-explainer/people.yaml': people, [FIRST]: section('First', 1, body, 'people: ["Ada Pool"]\n') })).toEqual([]);
  });
});

describe('figures', () => {
  it.each([[0], [100]])('refuse a PercentFigure of %i%: one series, whose legend would say nothing', (value) => {
    const files = first('', `${BODY}\n\n<PercentFigure value={${value}} label="Pools" title="Pools closed" description="Every pool." />`);
    expectProblem(check(files), FIRST, 'body, line 12', /<PercentFigure> value: must be more than 0 and less than 100: a share of none or all is one series/);
  });
});

describe('people’s descriptions', () => {
  const people = (description: string) => ({
    'test-explainer/people.yaml': `people:\n  - name: Town council\n    kind: organisation\n    description: "${description}"\n`,
  });
  it('are accepted up to 25 words, and refused beyond, with the count', () => {
    expect(check(people('The elected body that runs the town'))).toEqual([]);
    expectProblem(check(people(Array.from({ length: 26 }, () => 'word').join(' '))), 'test-explainer/people.yaml', 'people.0.description', /^is 26 words; must be at most 25 words$/);
  });
});

describe('topic descriptions', () => {
  const index = (lines: string) => ({ [INDEX]: VALID_INDEX.replace(/\n---\n$/, `\ntopicDescriptions:\n${lines}\n---\n`) });
  const topics = { [FIRST]: section('First', 1, BODY, 'topics: ["Local pools", "Town council"]\n') };

  it('are accepted for topics the sections use, spelled as they spell them', () => {
    expect(check({ ...topics, ...index('  "Local pools": "Where the town swims, and what it costs to keep the water warm."') })).toEqual([]);
  });

  it.each([
    ['a topic no section uses', '  "Weather": "Rain and sun."', 'topicDescriptions.Weather', /"Weather" is not a topic of this explainer’s sections \(topics: Local pools, Town council\)/],
    ['a topic spelled another way', '  "Local Pools": "Pools."', 'topicDescriptions.Local Pools', /"Local Pools" is spelled "Local pools" in the sections: use one spelling for one topic/],
    ['a description of 31 words', `  "Local pools": "${Array.from({ length: 31 }, () => 'word').join(' ')}"`, 'topicDescriptions.Local pools', /^is 31 words; must be at most 30 words$/],
  ])('name %s', (_name, lines, field, message) => {
    expectProblem(check({ ...topics, ...index(lines) }), INDEX, field, message);
  });

  it('give one topic one description across the site', () => {
    const other = (line: string) => ({
      'other-explainer/index.mdx': VALID_INDEX.replace(/\n---\n$/, `\ntopicDescriptions:\n  "Local pools": "${line}"\n---\n`),
      'other-explainer/01-only.mdx': section('Only', 1, 'Pools again.', 'topics: ["Local pools"]\n'),
    });
    const mine = index('  "Local pools": "Where the town swims."');
    expect(check({ ...topics, ...mine, ...other('Where the town swims.') })).toEqual([]);
    const problems = check({ ...topics, ...mine, ...other('Pools, and who pays for them.') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/"Local pools" is already described in .*index\.mdx \(“.*”\): a topic has one description across the site/);
  });
});
