// The files in public/ are copied into the site as they are, so they are held to the content check's
// rule on symlinks: a build would copy the file a link points at (anywhere on the machine) as a real file.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../content-check';

/** Every symlink, and anything that is neither file nor folder, under `publicDir` (nothing if it does not exist). */
export function publicFileProblems(publicDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: string) => relative(process.cwd(), path) || path;
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dir !== publicDir) problems.push({ file: at(dir), message: `cannot be read (${code ?? String(error)})` });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isSymbolicLink()) problems.push({ file: at(path), message: 'is a symbolic link: put the real file (or folder) in its place' });
      else if (stat.isDirectory()) visit(path);
      else if (!stat.isFile()) problems.push({ file: at(path), message: 'is not a file or a folder: remove it' });
    }
  };
  if (lstatSync(publicDir, { throwIfNoEntry: false })?.isSymbolicLink()) problems.push({ file: at(publicDir), message: 'is a symbolic link: make it a real folder' });
  else visit(publicDir);
  return problems;
}
