// Coverage of the source as a content rule: each paragraph of source.txt reaches the sections word for
// word and in order; furniture, declared lines and photo lines aside; what the check cannot classify named.
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

const INDEX = 'test-explainer/index.mdx';
const SOURCE = 'test-explainer/source.txt';
const FIRST = 'test-explainer/01-first.mdx';
const SECOND = 'test-explainer/02-second.mdx';

const index = (extra = '') => VALID_INDEX.replace('  title: "A test report"\n', `  title: "A test report"\n  file: source.txt\n${extra}`);
const LINK = '\n\nSee [the second section](/test-explainer/second/).';

const SOURCE_TEXT = `A test report

WASHINGTON (AP) — The council voted to close the pool.

“It is a sad day,” the mayor said.

A caption.

A credit

Swimmers will use the river instead.

Jane Doe contributed to this report.

Copyright 2025 The Associated Press. All rights reserved.
`;

const FIRST_BODY = 'The council voted to close the pool.\n\n“It is a sad day,” the mayor said.' + LINK;
const SECOND_BODY = '<Photo caption="A caption." credit="A credit" />\n\nSwimmers will use the river instead.';

/** The checked fixture: problems, paths from the explainer folder, and what the check found covered. */
const run = (files: Record<string, string | undefined> = {}, source = SOURCE_TEXT, extra = '') => {
  const root = writeFixture(
    validFiles({
      [INDEX]: index(extra),
      [SOURCE]: source,
      [FIRST]: section('First', 1, FIRST_BODY),
      [SECOND]: section('Second', 2, SECOND_BODY),
      ...files,
    }),
  );
  const report = checkContent(root);
  return { problems: report.problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) })), covered: report.coverage['test-explainer'] };
};

const expectProblem = (problems: ContentProblem[], file: string, field: string, message: RegExp) => {
  expect(problems).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
};

describe('coverage of the source', () => {
  it('accepts sections that carry every paragraph, leaving out the headline, dateline, credits and photo lines', () => {
    const { problems, covered } = run();
    expect(problems).toEqual([]);
    expect(covered).toEqual([
      { section: 'first', text: 'The council voted to close the pool.' },
      { section: 'first', text: '“It is a sad day,” the mayor said.' },
      { section: 'second', text: 'Swimmers will use the river instead.' },
    ]);
  });

  it('names a missing paragraph by its source line, and the section where it was expected', () => {
    const { problems } = run({ [FIRST]: section('First', 1, 'The council voted to close the pool.' + LINK) });
    expectProblem(problems, SOURCE, 'line 5', /^““It is a sad day,” the mayor said.” is in no section word for word: carry it as the source gives it in .*01-first\.mdx, after the paragraph of line 3/);
    expect(problems).toHaveLength(1);
  });

  it('names a paragraph the sections change by a word', () => {
    const { problems } = run({ [SECOND]: section('Second', 2, SECOND_BODY.replace('river', 'lake')) });
    expectProblem(problems, SOURCE, 'line 11', /“Swimmers will use the river instead.” is in no section word for word.*02-second\.mdx|01-first\.mdx/);
  });

  it('names a paragraph the sections move out of the source’s order', () => {
    const { problems } = run({ [FIRST]: section('First', 1, '“It is a sad day,” the mayor said.\n\nThe council voted to close the pool.' + LINK) });
    expectProblem(problems, SOURCE, 'line 5', /“It is a sad day,” the mayor said.” is out of the source’s order: .*01-first\.mdx carries it before the paragraph of line 3/);
    expect(problems).toHaveLength(1);
  });

  it('never finds a paragraph across two blocks of a section', () => {
    const source = 'A test report\n\nThe council voted. The mayor said so.\n';
    const { problems } = run({ [FIRST]: section('First', 1, 'The council voted.\n\nThe mayor said so.' + LINK), [SECOND]: section('Second', 2, 'Text.') }, source);
    expectProblem(problems, SOURCE, 'line 3', /is in no section word for word/);
  });

  it('demands a photo caption or credit as a <Photo>, not as loose text, and says so', () => {
    const { problems } = run({ [SECOND]: section('Second', 2, 'Swimmers will use the river instead.') });
    expectProblem(problems, SOURCE, 'line 9', /“A credit” is in no section word for word.*<Photo caption="…" credit="…" \/>/);
  });

  it('mends the source with the corrections first, and names a correction the source does not have', () => {
    const mended = { [SECOND]: section('Second', 2, SECOND_BODY.replace('river', 'river Orr')) };
    const correcting = (from: string) => index().replace(/---\n$/, `corrections:\n  - { from: "${from}", to: "river Orr" }\n---\n`);
    expectProblem(run(mended).problems, SOURCE, 'line 11', /is in no section word for word/);
    expect(run({ ...mended, [INDEX]: correcting('river') }).problems).toEqual([]);
    expectProblem(run({ ...mended, [INDEX]: correcting('lake') }).problems, INDEX, 'corrections.0.from', /"lake" is not in the source text/);
  });

  it('leaves out the subheads and furniture lines index.mdx declares, each a line of the source', () => {
    const source = SOURCE_TEXT.replace('Swimmers', 'Where next\n\nSwimmers');
    expectProblem(run({}, source).problems, SOURCE, 'line 11', /“Where next” is in no section/);
    expect(run({}, source, '  subheads: ["Where next"]\n').problems).toEqual([]);
    expectProblem(run({}, SOURCE_TEXT, '  furniture: ["Not in the source"]\n').problems, INDEX, 'source.furniture.0', /"Not in the source" is not a line of its own in the source text/);
  });

  it('names a line it cannot tell from furniture when no section carries it, and the two ways out', () => {
    const source = SOURCE_TEXT.replace('Jane Doe contributed', 'Read more about the pool on our site\n\nJane Doe contributed');
    const { problems } = run({}, source);
    expectProblem(problems, SOURCE, 'line 13', /“Read more about the pool on our site” looks like a “Read more” line, but not one the check knows, and no section carries it: if it is reporting, carry it word for word in .*; if it is not, list it word for word in source\.furniture in .*index\.mdx/);
    expect(run({}, source, '  furniture: ["Read more about the pool on our site"]\n').problems).toEqual([]);
    // Carried on the page, it is reporting, and nothing needs saying.
    expect(run({ [SECOND]: section('Second', 2, `${SECOND_BODY}\n\nRead more about the pool on our site`) }, source).problems).toEqual([]);
  });

  it('reads a byline as furniture, and the dateline after it', () => {
    expect(run({}, SOURCE_TEXT.replace('A test report\n', 'A test report\n\nBy Jane Doe\n')).problems).toEqual([]);
  });

  it('reads the lines about the story as furniture in a block of their own, below the headline, but not a block that also reports', () => {
    const head = 'A test report\n\nBy Jane Doe and John Roe, Coastal News Service\nMarch 3, 2026\n';
    expect(run({}, SOURCE_TEXT.replace('A test report\n', head)).problems).toEqual([]);
    const reporting = SOURCE_TEXT.replace('A test report\n', 'A test report\n\nBy Jane Doe\nThe vote was close.\n');
    expectProblem(run({}, reporting).problems, SOURCE, 'line 3', /“By Jane Doe The vote was close.” is in no section/);
  });

  it('reads the dateline off the first paragraph of reporting only', () => {
    const source = SOURCE_TEXT.replace('Swimmers will use the river instead.', 'PARIS (AP) — Swimmers will use the river instead.');
    expectProblem(run({}, source).problems, SOURCE, 'line 11', /“PARIS \(AP\) — Swimmers will use the river instead.” is in no section/);
  });

  it('checks nothing when the explainer has no source text', () => {
    expect(run({ [INDEX]: VALID_INDEX, [SOURCE]: undefined }).problems).toEqual([]);
  });
});
