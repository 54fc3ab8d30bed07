// A build reuses the check of an explainer folder whose files did not change (KeptChecks): the report
// is the same as a check from scratch, an edited folder is checked again, and the rules across
// explainers (one spelling a topic, one description, one person an id) and the links still run on
// every check, so a kept check never hides a problem another explainer's edit makes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptChecks } from '../../src/integrations/content-guard';
import { checkContent, checkContentYielding, type ExplainerCheck, type KeptChecks } from '../../src/lib/content-check';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';

/** Kept checks in memory, stored as the build stores them (JSON), counting what was read and written. */
function memory(code = 'code') {
  const store = new Map<string, string>();
  const counts = { hits: 0, writes: 0 };
  const kept: KeptChecks = {
    code,
    read: (key) => {
      const text = store.get(key);
      if (text !== undefined) counts.hits++;
      return text === undefined ? undefined : (JSON.parse(text) as ExplainerCheck);
    },
    write: (key, check) => {
      counts.writes++;
      store.set(key, JSON.stringify(check));
    },
  };
  return { kept, counts, store };
}

describe('kept explainer checks', () => {
  it('give the report a check from scratch gives, and check only the folder that changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-kept-'));
    cpSync('content/explainers', root, { recursive: true });
    cpSync('tests/fixtures/explainers', root, { recursive: true });
    const folders = readdirSync(root).length;
    const fresh = checkContent(root);
    const { kept, counts } = memory();
    expect(checkContent(root, undefined, kept)).toEqual(fresh);
    expect(counts).toEqual({ hits: 0, writes: folders });
    expect(checkContent(root, undefined, kept)).toEqual(fresh);
    expect(counts).toEqual({ hits: folders, writes: folders });

    // A quote corrected in its section and in the source beside it: that folder alone is read again.
    const [id, marks] = Object.entries(fresh.marks).find(([, m]) => m.quotes.length > 0)!;
    const quote = marks.quotes[0]!.text;
    const folder = join(root, id.split('/')[0]!);
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(quote, `${quote} Indeed.`));
    }
    const edited = checkContent(root, undefined, kept);
    expect(counts).toEqual({ hits: 2 * folders - 1, writes: folders + 1 });
    expect(edited).toEqual(checkContent(root));
    expect(edited.marks[id]!.quotes[0]!.text).toBe(`${quote} Indeed.`);
  });

  it('still apply the rules across explainers when both folders come from the kept checks', () => {
    const other = (topic: string, description: string, person: string) => ({
      'other-explainer/index.mdx': VALID_INDEX.replace(/\n---\n$/, `\ntopicDescriptions:\n  "${topic}": "${description}"\n---\n`),
      'other-explainer/01-only.mdx': section('Only', 1, 'Pools again.', `topics: ["${topic}"]\n`),
      'other-explainer/people.yaml': `people:\n  - name: "${person}"\n    kind: person\n    role: "Mayor"\n`,
    });
    const mine = {
      'test-explainer/index.mdx': VALID_INDEX.replace(/\n---\n$/, '\ntopicDescriptions:\n  "Local pools": "Where the town swims."\n---\n'),
      'test-explainer/01-first.mdx': section('First', 1, 'See [the second section](/test-explainer/second/).', 'topics: ["Local pools"]\n'),
      'test-explainer/people.yaml': 'people:\n  - name: "Anna-Maria Nowak"\n    kind: person\n    role: "Mayor"\n',
    };
    const root = writeFixture(validFiles({ ...mine, ...other('Local Pools', 'Pools, and who pays for them.', 'Anna Maria Nowak') }));
    const { kept, counts } = memory();
    const fresh = checkContent(root).problems;
    expect(fresh.map((p) => p.field)).toEqual(expect.arrayContaining(['topics.0', 'people']));
    checkContent(root, undefined, kept);
    expect(checkContent(root, undefined, kept).problems).toEqual(fresh);
    expect(counts.hits).toBe(2);
  });

  it('check a folder again when the check’s code changes, and name a kept folder’s link the other folder broke', () => {
    const root = writeFixture(validFiles());
    const first = memory('code, then');
    checkContent(root, undefined, first.kept);
    const again = memory('code, now');
    for (const [key, text] of first.store) again.store.set(key, text);
    checkContent(root, undefined, again.kept);
    expect(again.counts).toEqual({ hits: 0, writes: 1 });
    // A link to a section that the other folder no longer has is named, though the linking folder is kept.
    writeFileSync(join(root, 'test-explainer/02-second.mdx'), section('Renamed', 2, 'Text.', 'slug: renamed\n'));
    expect(checkContent(root, undefined, again.kept).problems).toEqual(checkContent(root).problems);
  });

  it('tell a build each explainer’s share card text as it is checked, kept or not, and none for an explainer that does not read well', () => {
    const root = writeFixture({
      ...validFiles({ 'test-explainer/01-first.mdx': section('First', 3), 'test-explainer/02-second.mdx': section('Second', 2) }),
      'broken/index.mdx': VALID_INDEX,
      'broken/01-only.mdx': section('Only', 1).replace(/^question: .*\n/m, ''),
    });
    const told: ExplainerCheck[] = [];
    const { kept } = memory();
    for (let round = 0; round < 2; round++) checkContent(root, undefined, kept, (check) => told.push(check));
    // In reading order (by `order`, not by file name), in the explainer's language; the folders in the order they are read.
    const once = [undefined, { lang: 'en', headline: 'A test explainer', sections: [{ title: 'Second', question: 'What about Second?' }, { title: 'First', question: 'What about First?' }] }];
    expect(told.map((c) => c.shareText)).toEqual([...once, ...once]);
  });

  it('tell a build each explainer as it is checked with the event loop run between them, the report the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-yielding-'));
    cpSync('content/explainers', root, { recursive: true });
    cpSync('tests/fixtures/explainers', root, { recursive: true });
    // What the first explainer's callback schedules (a share card sent to the drawing process) runs before the next is checked.
    const events: string[] = [];
    const report = await checkContentYielding(root, undefined, undefined, (check) => {
      events.push('checked');
      setImmediate(() => events.push('sent'));
      expect(check.problems).toEqual([]);
    });
    expect(events).toEqual(readdirSync(root).flatMap(() => ['checked', 'sent']));
    expect(report).toEqual(checkContent(root));
  });

  it('read a file again only when its stat changed, even an edit of the same size with its old modification time', () => {
    const root = writeFixture(validFiles({ 'test-explainer/01-first.mdx': section('First', 3, 'A plain sentence.'), 'test-explainer/02-second.mdx': section('Second', 2) }));
    const folder = mkdtempSync(join(tmpdir(), 'explainer-cache-'));
    const run = () => {
      const kept = keptChecks(folder);
      let writes = 0;
      const report = checkContent(root, undefined, { ...kept, write: (key, check) => (writes++, kept.write(key, check)) });
      return { report, writes };
    };
    expect(run().writes).toBe(1);
    // A digest kept by stamp is used as it is: a wrong one changes the folder's key, so the folder is checked again.
    const stamps = join(folder, 'content-stamps.json');
    const kept = JSON.parse(readFileSync(stamps, 'utf8')) as Record<string, [string, string]>;
    const first = Object.keys(kept).find((path) => path.endsWith('01-first.mdx'))!;
    expect(run().writes).toBe(0);
    writeFileSync(stamps, JSON.stringify({ ...kept, [first]: [kept[first]![0], 'f'.repeat(64)] }));
    expect(run().writes).toBe(1);
    // Same size, modification time set back: the change time still moved, so the edit is read and checked.
    const { mtime } = statSync(first);
    writeFileSync(first, readFileSync(first, 'utf8').replace('A plain sentence.', 'A plain <script>.'));
    utimesSync(first, mtime, mtime);
    expect(statSync(first).size).toBe(Buffer.byteLength(readFileSync(first, 'utf8').replace('A plain <script>.', 'A plain sentence.')));
    const edited = run();
    expect(edited.writes).toBe(1);
    expect(edited.report.problems.map((p) => p.file)).toEqual([expect.stringContaining('01-first.mdx')]);
  });

  it('are read from the cache folder only when whole, and under the key they were kept by', () => {
    const folder = mkdtempSync(join(tmpdir(), 'explainer-cache-'));
    const kept = keptChecks(folder);
    const check = { problems: [], language: 'en', marks: {}, reading: {}, pages: [], bodies: [], topics: [], descriptions: undefined, peopleFile: 'people.yaml' } satisfies ExplainerCheck;
    kept.write('a', check);
    expect(kept.read('a')).toEqual(check);
    expect(kept.read('b')).toBeUndefined();
    const file = join(folder, 'content-check', 'a.json');
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.length / 2));
    expect(kept.read('a')).toBeUndefined();
    // A record copied under another key (a cache put together by hand) is not trusted either.
    writeFileSync(join(folder, 'content-check', 'b.json'), whole);
    expect(kept.read('b')).toBeUndefined();
  });

  it('never wait on a pipe in a folder: kept or not, the check names it and goes on', () => {
    const root = writeFixture(validFiles());
    execFileSync('mkfifo', [join(root, 'test-explainer/03-third.mdx'), join(root, 'test-explainer/notes.txt')]);
    const { kept } = memory();
    const problems = checkContent(root, undefined, kept).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/03-third\.mdx$/), message: expect.stringMatching(/not a regular file/) }));
    expect(checkContent(root, undefined, kept).problems).toEqual(problems);
    expect(checkContent(root).problems).toEqual(problems);
  });
});
