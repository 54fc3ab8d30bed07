// Every way an editor can break an explainer gets a message naming the file and the field.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentProblem } from '../../src/lib/content-check';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

const check = (overrides: Record<string, string | undefined>) => {
  const root = writeFixture(validFiles(overrides));
  return checkContent(root).map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('test-explainer')) }));
};

const expectProblem = (problems: ContentProblem[], file: string, field: string | undefined, message: RegExp) => {
  expect(problems).toContainEqual(expect.objectContaining({ file, ...(field ? { field } : {}), message: expect.stringMatching(message) }));
};

describe('checkContent', () => {
  it('accepts a valid explainer', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts the real content', () => {
    expect(checkContent('content/explainers')).toEqual([]);
  });

  it('names a missing required field', () => {
    const problems = check({ 'test-explainer/index.mdx': VALID_INDEX.replace(/^summary:.*\n/m, '') });
    expectProblem(problems, 'test-explainer/index.mdx', 'summary', /is required/);
  });

  it('names an empty required field', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1).replace(/^summary:.*$/m, 'summary: "  "') });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'summary', /must not be empty/);
  });

  it('names a field of the wrong type', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1).replace('order: 1', 'order: first') });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'order', /whole number/);
  });

  it('names a bad date', () => {
    const problems = check({ 'test-explainer/index.mdx': VALID_INDEX.replace('published: 2025-01-24', 'published: someday') });
    expectProblem(problems, 'test-explainer/index.mdx', 'published', /date/);
  });

  it('names search aliases without another spelling', () => {
    const index = VALID_INDEX.replace(/\n---\n$/, '\nsearchAliases:\n  Zelenskyy: []\n---\n');
    expect(index).toContain('searchAliases');
    expectProblem(check({ 'test-explainer/index.mdx': index }), 'test-explainer/index.mdx', 'searchAliases.Zelenskyy', /at least one other spelling/);
  });

  it('accepts search aliases as lists of other spellings', () => {
    const index = VALID_INDEX.replace(/\n---\n$/, '\nsearchAliases:\n  Zelenskyy: ["Zelensky", "Zelenskiy"]\n---\n');
    expect(check({ 'test-explainer/index.mdx': index })).toEqual([]);
  });

  it('names an unknown field, so typos do not pass silently', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1, 'Text.', 'sumary: "typo"\n') });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'frontmatter', /sumary/);
  });

  it('rejects sections pointing at an unknown explainer', () => {
    const problems = check({ 'test-explainer/index.mdx': undefined });
    expectProblem(problems, 'test-explainer', undefined, /unknown explainer "test-explainer".*index\.mdx/);
  });

  it('rejects two sections with the same order', () => {
    const problems = check({ 'test-explainer/02-second.mdx': section('Second', 1) });
    expectProblem(problems, 'test-explainer/02-second.mdx', 'order', /order 1 is already used by .*01-first\.mdx/);
  });

  it('rejects two sections with the same slug', () => {
    const problems = check({ 'test-explainer/02-second.mdx': section('Second', 2, 'Text.', 'slug: first\n') });
    expectProblem(problems, 'test-explainer/02-second.mdx', 'slug', /"first" is already used by .*01-first\.mdx/);
  });

  it('rejects a slug the full-story page uses', () => {
    const problems = check({ 'test-explainer/03-full-story.mdx': section('Whole', 3) });
    expectProblem(problems, 'test-explainer/03-full-story.mdx', 'slug', /reserved/);
  });

  it('rejects an explainer with no sections', () => {
    const problems = check({ 'test-explainer/01-first.mdx': undefined, 'test-explainer/02-second.mdx': undefined });
    expectProblem(problems, 'test-explainer', undefined, /no sections/);
  });

  it('names malformed frontmatter', () => {
    const problems = check({ 'test-explainer/01-first.mdx': '---\ntitle: [unclosed\n---\nText.\n' });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'frontmatter', /not valid YAML/);
  });

  it('names malformed MDX with its line', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1, 'Fine.\n\n<Photo caption="x" credit="y"') });
    expectProblem(problems, 'test-explainer/01-first.mdx', undefined, /not valid MDX/);
    expect(problems.find((p) => /not valid MDX/.test(p.message))?.field).toMatch(/^body/);
  });

  it('names an unknown component', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1, '<Chart data="x" />') });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 7', /<Chart> is not a known component/);
  });

  it('names a broken internal link', () => {
    const problems = check({ 'test-explainer/01-first.mdx': section('First', 1, 'See [this](/test-explainer/nowhere/).') });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 7', /not a page of this site/);
  });

  it('names an image without alt text', () => {
    const problems = check({
      'test-explainer/01-first.mdx': section('First', 1, '![](/photo.jpg)\n\n<Photo src="/a.jpg" caption="c" credit="d" />'),
    });
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 7', /needs alt text/);
    expectProblem(problems, 'test-explainer/01-first.mdx', 'body, line 9', /<Photo> with src needs alt text/);
  });

  it('formats problems one per line, file then field', () => {
    const text = formatProblems([{ file: 'content/a/b.mdx', field: 'summary', message: 'is required' }]);
    expect(text).toContain('content/a/b.mdx → summary: is required');
    expect(text).toMatch(/nothing was built/);
  });
});
