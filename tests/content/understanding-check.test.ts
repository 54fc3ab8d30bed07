// Takeaways, timeline, change log, people cards, quotes, mentions, figures and topics: each way an
// editor can get them wrong is reported naming the file and the field.
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

const SOURCE = 'Putin and President Donald Trump met. Russian President Vladimir Putin spoke. The OPEC cartel waited.\n';
const INDEX = VALID_INDEX.replace('  title: "A test report"\n', '  title: "A test report"\n  file: source.txt\n');
const PEOPLE = `people:
  - name: Donald Trump
    kind: person
    role: President
    namedAs: [Trump]
  - name: Vladimir Putin
    kind: person
    role: Russian President
    namedAs: [Putin]
  - name: OPEC
    kind: organisation
    role: cartel
`;
const FIRST = section(
  'First',
  1,
  'President <Mention of="Donald Trump">Donald Trump</Mention> said “<Quote by="Donald Trump">hello</Quote>”. Trump again.',
  'people: ["Donald Trump"]\n',
);
// The second section carries the source, as the content check demands of every paragraph of it.
const SECOND = section(
  'Second',
  2,
  '<Mention of="Vladimir Putin">Putin</Mention> and President <Mention of="Donald Trump">Donald Trump</Mention> met. Russian President Vladimir Putin spoke. The <Mention of="OPEC">OPEC</Mention> cartel waited.\n\n<Photo caption="A caption." credit="A credit" />',
  'people: ["Vladimir Putin", "Donald Trump", "OPEC"]\n',
);
const withIndex = (extra: string) => INDEX.replace(/---\n$/, `${extra}---\n`);

const report = (overrides: Record<string, string | undefined>) =>
  checkContent(
    writeFixture(
      validFiles({
        'test-explainer/index.mdx': INDEX,
        'test-explainer/source.txt': SOURCE,
        'test-explainer/people.yaml': PEOPLE,
        'test-explainer/01-first.mdx': FIRST,
        'test-explainer/02-second.mdx': SECOND,
        ...overrides,
      }),
    ),
  );
const check = (overrides: Record<string, string | undefined>) =>
  report(overrides).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));

const expectProblem = (problems: ContentProblem[], file: string, field: string | undefined, message: RegExp) => {
  expect(problems).toContainEqual(expect.objectContaining({ file, ...(field ? { field } : {}), message: expect.stringMatching(message) }));
};

const TAKEAWAYS = `takeaways:
  - { text: "One short point.", section: first }
  - { text: "Another short point.", section: second }
  - { text: "A third short point.", section: first }
`;

describe('checkContent: understanding aids', () => {
  it('accepts a valid explainer with people, quotes, mentions, takeaways, timeline and changes', () => {
    const index = withIndex(`${TAKEAWAYS}timeline:
  - { when: 2016, what: "Something.", section: first }
  - { when: 2022-02, what: "Later.", section: second }
  - { when: 2022, label: "That year", what: "Same year.", section: second }
  - { when: 2025-01-20, what: "A day.", section: first }
changes:
  - { date: 2025-01-24, what: "First published." }
`);
    expect(check({ 'test-explainer/index.mdx': index })).toEqual([]);
  });

  it('lets a change name the sections it touched, each a real section', () => {
    const changes = (sections: string) => withIndex(`changes:\n  - { date: 2025-01-24, what: "First published." }\n  - { date: 2025-02-01, what: "Added a reply.", sections: ${sections} }\n`).replace('updated: 2025-01-24', 'updated: 2025-02-01');
    expect(check({ 'test-explainer/index.mdx': changes('[second]') })).toEqual([]);
    expectProblem(check({ 'test-explainer/index.mdx': changes('[second, third]') }), 'test-explainer/index.mdx', 'changes.1.sections.1', /"third" is not a section.*first, second/);
    expectProblem(check({ 'test-explainer/index.mdx': changes('[]') }), 'test-explainer/index.mdx', 'changes.1.sections', /at least one section/);
  });

  it('needs 3 to 5 takeaways of at most 12 words, each naming a real section', () => {
    const two = withIndex('takeaways:\n  - { text: "One.", section: first }\n  - { text: "Two.", section: first }\n');
    expectProblem(check({ 'test-explainer/index.mdx': two }), 'test-explainer/index.mdx', 'takeaways', /3 to 5/);
    const long = withIndex(TAKEAWAYS.replace('One short point.', 'This point has far too many words to read at a glance on a phone'));
    expectProblem(check({ 'test-explainer/index.mdx': long }), 'test-explainer/index.mdx', 'takeaways.0.text', /at most 12 words/);
    const lost = withIndex(TAKEAWAYS.replace('section: second', 'section: third'));
    expectProblem(check({ 'test-explainer/index.mdx': lost }), 'test-explainer/index.mdx', 'takeaways.1.section', /"third" is not a section.*first, second/);
  });

  it('needs timeline dates the report could give, oldest first, each naming a real section', () => {
    const bad = withIndex('timeline:\n  - { when: 2022-13, what: "x", section: first }\n');
    expectProblem(check({ 'test-explainer/index.mdx': bad }), 'test-explainer/index.mdx', 'timeline.0.when', /year, year-month or date/);
    const order = withIndex('timeline:\n  - { when: 2018, what: "x", section: first }\n  - { when: 2016-05, what: "y", section: first }\n');
    expectProblem(check({ 'test-explainer/index.mdx': order }), 'test-explainer/index.mdx', 'timeline.1.when', /earlier than the entry before it \(2018\)/);
    const lost = withIndex('timeline:\n  - { when: 2018, what: "x", section: nowhere }\n');
    expectProblem(check({ 'test-explainer/index.mdx': lost }), 'test-explainer/index.mdx', 'timeline.0.section', /"nowhere" is not a section/);
    const twice = withIndex('timeline:\n  - { when: 2025-01, label: "After the vote", what: "x", section: first }\n  - { when: 2025-01, label: "After the vote", what: "y", section: first }\n');
    expectProblem(check({ 'test-explainer/index.mdx': twice }), 'test-explainer/index.mdx', 'timeline.1.label', /"After the vote" already labels timeline entry 1/);
  });

  it('holds the updated date to the last change-log entry', () => {
    const mismatch = withIndex('changes:\n  - { date: 2025-01-24, what: "Published." }\n').replace('updated: 2025-01-24', 'updated: 2025-02-01');
    expectProblem(check({ 'test-explainer/index.mdx': mismatch }), 'test-explainer/index.mdx', 'updated', /must equal the date of the last entry in changes \(2025-01-24\)/);
    const unlogged = INDEX.replace('updated: 2025-01-24', 'updated: 2025-02-01');
    expectProblem(check({ 'test-explainer/index.mdx': unlogged }), 'test-explainer/index.mdx', 'changes', /add an entry saying what changed on 2025-02-01/);
    const order = withIndex('changes:\n  - { date: 2025-01-30, what: "A." }\n  - { date: 2025-01-25, what: "B." }\n').replace('updated: 2025-01-24', 'updated: 2025-01-25');
    expectProblem(check({ 'test-explainer/index.mdx': order }), 'test-explainer/index.mdx', 'changes.1.date', /oldest first/);
    const early = withIndex('changes:\n  - { date: 2025-01-01, what: "A." }\n').replace('updated: 2025-01-24', 'updated: 2025-01-01');
    expectProblem(check({ 'test-explainer/index.mdx': early }), 'test-explainer/index.mdx', 'changes.0.date', /earlier than published/);
  });

  it('reports malformed or incomplete people.yaml', () => {
    expectProblem(check({ 'test-explainer/people.yaml': 'people: [unclosed\n' }), 'test-explainer/people.yaml', undefined, /not valid YAML/);
    const noRole = PEOPLE.replace('    role: President\n', '');
    expectProblem(check({ 'test-explainer/people.yaml': noRole }), 'test-explainer/people.yaml', 'people.0.role', /required for a person/);
    const kind = PEOPLE.replace('kind: organisation', 'kind: company');
    expectProblem(check({ 'test-explainer/people.yaml': kind }), 'test-explainer/people.yaml', 'people.2.kind', /person or organisation/);
    const twice = `${PEOPLE}  - name: OPEC\n    kind: organisation\n`;
    expectProblem(check({ 'test-explainer/people.yaml': twice }), 'test-explainer/people.yaml', 'people.3.name', /listed twice/);
    const typo = PEOPLE.replace('    namedAs: [Trump]\n', '    namedAs: [Trump]\n    nickname: x\n');
    expectProblem(check({ 'test-explainer/people.yaml': typo }), 'test-explainer/people.yaml', 'people.0', /nickname/);
  });

  it('takes names and roles word for word from the source text, nothing invented', () => {
    const invented = PEOPLE.replace('role: Russian President', 'role: Russian leader for life');
    expectProblem(check({ 'test-explainer/people.yaml': invented }), 'test-explainer/people.yaml', 'people.1.role', /not word for word in the source text/);
    const stranger = `${PEOPLE}  - name: Somebody Else\n    kind: person\n    role: President\n`;
    expectProblem(check({ 'test-explainer/people.yaml': stranger }), 'test-explainer/people.yaml', 'people.3.name', /does not appear in the source text/);
    const alias = PEOPLE.replace('namedAs: [Putin]', 'namedAs: [Poutine]');
    expectProblem(check({ 'test-explainer/people.yaml': alias }), 'test-explainer/people.yaml', 'people.1.namedAs.0', /"Poutine" does not appear/);
  });

  it('needs a card for every speaker, every mention and every name in a section’s people', () => {
    const body = '<Mention of="Donald Trump">Trump</Mention> and <Mention of="Joe Biden">Biden</Mention> said “<Quote by="Mike Waltz">hi</Quote>”.';
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1, body, 'people: ["Donald Trump", "Nobody"]\n') });
    // The people line in the frontmatter moves the body down one line.
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 9', /<Mention of=…>: "Joe Biden" has no card in .*people\.yaml/);
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 9', /<Quote by=…>: "Mike Waltz" has no card/);
    expectProblem(problems, 'test-explainer/01-first.mdx', 'people.1', /"Nobody" has no card/);
    const noFile = check({ 'test-explainer/people.yaml': undefined });
    expectProblem(noFile, 'test-explainer/01-first.mdx', 'body, line 9', /"Donald Trump" has no card: add .*people\.yaml/);
  });

  it('asks no mark on a first mention: the pages mark it, with the sentence that introduces the card', () => {
    const unmarked = section('First', 1, 'Trump met <Mention of="Donald Trump">Trump</Mention>.\n\nThen OPEC spoke. Putin listened.');
    const { problems, marks } = report({ 'test-explainer/01-first.mdx': unmarked });
    expect(problems).toEqual([]);
    // The editor's mark wins for Trump; OPEC and Putin are marked where the text first names them.
    expect(marks['test-explainer/first']!.mentions).toEqual(['Donald Trump', 'OPEC', 'Vladimir Putin']);
    expect(marks['test-explainer/first']!.introductions).toEqual([
      { name: 'Donald Trump', sentence: 'Trump met Trump.' },
      { name: 'OPEC', sentence: 'Then OPEC spoke.' },
      { name: 'Vladimir Putin', sentence: 'Putin listened.' },
    ]);
  });

  it('derives a section’s people from its text, and keeps the people an editor lists', () => {
    const derived = report({ 'test-explainer/01-first.mdx': section('First', 1, 'Putin met Trump and OPEC.') });
    expect(derived.problems).toEqual([]);
    // People only, in the order people.yaml lists them: OPEC is an organisation.
    expect(derived.marks['test-explainer/first']!.people).toEqual(['Donald Trump', 'Vladimir Putin']);
    const listed = report({ 'test-explainer/01-first.mdx': section('First', 1, 'Putin spoke.', 'people: ["Donald Trump"]\n') });
    expect(listed.problems).toEqual([]);
    expect(listed.marks['test-explainer/first']!.people).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('needs a title, a text alternative and a source on every figure, a speaker on every quote', () => {
    const body = '<PercentFigure value={88} label="x" title="A title" source="A source" />\n\n<CapFigure value={60} max={100} label="Cap" description="d" source="s" title="" />\n\n“<Quote>who?</Quote>”';
    const problems = check({ 'test-explainer/02-second.mdx': section('Second', 2, body) });
    expectProblem(problems, 'test-explainer/02-second.mdx', 'body, line 8', /<PercentFigure> description: is required/);
    expectProblem(problems, 'test-explainer/02-second.mdx', 'body, line 10', /<CapFigure> title: must not be empty/);
    expectProblem(problems, 'test-explainer/02-second.mdx', 'body, line 12', /<Quote> by: is required/);
  });

  it('keeps /people/ and /topics/ free of explainers, and one spelling per topic', () => {
    const root = writeFixture({ 'people/index.mdx': VALID_INDEX, 'people/01-a.mdx': section('A', 1) });
    expect(checkContent(root).problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/"people" is taken by the site’s own \/people\//) }));
    const problems = check({
      'test-explainer/02-second.mdx': section('Second', 2, 'Text.', 'topics: ["Oil", "oil", "—"]\n'),
      'test-explainer/01-first.mdx': section('First', 1, 'Text.', 'topics: ["oil"]\n'),
    });
    expectProblem(problems, 'test-explainer/02-second.mdx', 'topics.0', /"Oil" makes the same \/topics\/oil\/ address as "oil" in .*01-first\.mdx/);
    expectProblem(problems, 'test-explainer/02-second.mdx', 'topics.2', /needs letters or digits/);
  });
});
