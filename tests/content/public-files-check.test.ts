// public/ is copied into the site as it is: a symlink in it (to a file or a folder, at any depth) is
// refused with one message naming it, and `astro build` stops before it writes anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-check';
import { publicFileProblems } from '../../src/lib/content/public-files';
import { validFiles, writeFixture } from '../support/fixtures';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
/** Where a test's own Astro config goes: Astro reads a config only from inside the project. */
const SCRATCH = 'node_modules/.cache';

/** A public/ folder with real files and folders, a secret beside it, and what `prepare` adds. */
function publicDir(prepare: (dir: string, secret: string) => void = () => undefined): string {
  const base = mkdtempSync(join(tmpdir(), 'public-files-'));
  const dir = join(base, 'public');
  mkdirSync(join(dir, 'photos', 'deep'), { recursive: true });
  writeFileSync(join(dir, '_headers'), '/*\n  X-Frame: none\n');
  writeFileSync(join(dir, 'photos', 'deep', 'a.jpg'), 'jpeg');
  mkdirSync(join(base, 'private'), { mode: 0o700 });
  writeFileSync(join(base, 'private', 'secret.txt'), 'secret');
  prepare(dir, join(base, 'private'));
  return dir;
}

const problems = (dir: string) => publicFileProblems(dir).map((p) => ({ ...p, file: relative(dir, resolve(p.file)) }));

describe('publicFileProblems', () => {
  it('accepts files and folders, and a project with no public/ at all', () => {
    expect(problems(publicDir())).toEqual([]);
    expect(publicFileProblems(join(tmpdir(), 'no-such-public-folder'))).toEqual([]);
  });

  it('names every symlink, to a file or a folder, inside the folder or out of it, at any depth', () => {
    const dir = publicDir((d, secret) => {
      symlinkSync(join(secret, 'secret.txt'), join(d, 'leak.txt'));
      symlinkSync(secret, join(d, 'private'));
      symlinkSync('a.jpg', join(d, 'photos', 'deep', 'b.jpg'));
      symlinkSync(join(d, 'nowhere'), join(d, 'photos', 'dangling.jpg'));
    });
    expect(problems(dir)).toEqual(
      ['leak.txt', 'photos/dangling.jpg', 'photos/deep/b.jpg', 'private'].map((file) => ({ file, message: expect.stringMatching(/^is a symbolic link: /) })),
    );
  });

  it('names public/ itself when it is a symlink', () => {
    const real = publicDir();
    const link = join(real, '..', 'linked-public');
    symlinkSync(real, link);
    expect(publicFileProblems(link)).toEqual([{ file: relative(process.cwd(), link), message: expect.stringMatching(/^is a symbolic link/) }]);
  });
});

describe('astro build with a symlink in public/', () => {
  it('prints one message naming the file, and writes nothing', { timeout: 180_000 }, () => {
    const dir = publicDir((d, secret) => symlinkSync(join(secret, 'secret.txt'), join(d, 'leak.txt')));
    // The project's own config with only public/ moved.
    mkdirSync(SCRATCH, { recursive: true });
    const configDir = mkdtempSync(join(SCRATCH, 'public-files-'));
    const config = join(configDir, 'astro.config.mjs');
    writeFileSync(config, `import config from ${JSON.stringify(resolve('astro.config.mjs'))};\nexport default { ...config, publicDir: ${JSON.stringify(dir)} };\n`);
    const dist = join(dir, '..', 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--config', config], {
      encoding: 'utf8',
      env: { ...process.env, EXPLAINER_CONTENT: writeFixture(validFiles()), EXPLAINER_DIST: dist },
    });
    rmSync(configDir, { recursive: true, force: true });
    const output = `${result.stdout}${result.stderr}`.trim();
    expect(result.status, output).toBe(1);
    const expected = formatProblems([{ file: relative(process.cwd(), join(dir, 'leak.txt')), message: 'is a symbolic link: put the real file (or folder) in its place' }]);
    expect(output).toBe(expected);
    expect(existsSync(dist)).toBe(false);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});
