// Where content lives and how it is read. The collections in src/content.config.ts load these globs,
// and the content check walks every file and folder beside them, so nothing is dropped unnoticed:
// a path is either loaded by a collection, named as an explainer's source text, or refused.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The content layer's globs, relative to the content root. */
export const GLOBS = {
  explainers: '*/index.mdx',
  sections: ['*/*.mdx', '!*/index.mdx'],
  people: '*/people.yaml',
} as const;

export const INDEX_FILE = 'index.mdx';
export const PEOPLE_FILE = 'people.yaml';

export type Entry =
  | { kind: 'index' | 'section' | 'people' | 'other'; name: string; path: string }
  | { kind: 'folder' | 'link'; name: string; path: string };

/** A folder's entries, sorted, each classified as the collections' globs see it. Symlinks are never followed. */
export function entriesOf(dir: string): Entry[] {
  return readdirSync(dir)
    .sort()
    .map((name): Entry => {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) return { kind: 'link', name, path };
      if (stat.isDirectory()) return { kind: 'folder', name, path };
      if (name === INDEX_FILE) return { kind: 'index', name, path };
      if (name === PEOPLE_FILE) return { kind: 'people', name, path };
      if (name.endsWith('.mdx')) return { kind: 'section', name, path };
      return { kind: 'other', name, path };
    });
}

/** Why a file in an explainer folder is not used, in words that say what to do instead. */
export function unusedFileAdvice(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1] ?? '';
  if (/^(mdx|md|markdown)$/i.test(ext)) return `is not read: sections are .mdx files (lowercase): rename it to ${name.replace(/\.[^.]+$/, '.mdx')}`;
  if (/^ya?ml$/i.test(ext)) return `is not read: the people file is named ${PEOPLE_FILE}`;
  return `is not used by the site: remove it, or name it in index.mdx as source.file if it is the source text`;
}

export class UnreadableFile extends Error {}

/**
 * A file's text, which must be UTF-8. A byte that is not gets the line it is on and a hint, since
 * the usual cause is a file saved as Windows-1252 ("smart quotes" from a word processor).
 */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    const stat = lstatSync(path);
    if (stat.isDirectory()) throw new UnreadableFile('is a folder, where a file was expected');
    // A pipe or device would block the read, or never end: the check must not hang on one.
    if (!stat.isFile() && !stat.isSymbolicLink()) throw new UnreadableFile('is not a regular file (a pipe or device): put the real file here');
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFile(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    throw new UnreadableFile(
      `is not UTF-8 text: byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} on line ${line} (probably saved as Windows-1252): save it as UTF-8`,
    );
  }
}

function firstInvalidByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let j = 1; j < size; j++) if (((bytes[i + j] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return 0;
}

/** Top-level names the site already publishes (pages, public files, build output): no explainer may take one. */
export function siteRoutes(pagesDir: string, publicDir: string): Set<string> {
  const names = new Set(['pagefind', '_astro', 'sitemap-index.xml', 'sitemap-0.xml', '404.html', 'index.html']);
  const add = (dir: string, strip: boolean) => {
    let list: string[] = [];
    try {
      list = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of list) {
      if (name.startsWith('[')) continue;
      const route = strip ? name.replace(/\.(astro|ts|js|md|mdx)$/, '') : name;
      if (route !== 'index') names.add(basename(route));
    }
  };
  add(pagesDir, true);
  add(publicDir, false);
  return names;
}
