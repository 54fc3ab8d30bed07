// The incremental build's cache folder and what is kept in it beside Astro's own cache: drawn share
// images and each explainer's content check by key, and the digest of every published
// file (for the list of changed files). One folder,
// `.build-cache/` (EXPLAINER_CACHE moves it), is all CI or a deploy keeps between builds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { hash, type BuildContext, type FileDigests } from './build-cache';

/** The cache folder: Astro's cacheDir (content layer, incremental manifest, cached pages) and ours. */
export function cacheFolder(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.EXPLAINER_CACHE?.trim() || '.build-cache');
}

/** `astro build --force` (`npm run build -- --force`): reuse nothing, draw every image again. */
export function isForced(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--force');
}

/** What the cache folder keeps beside Astro's own, a folder each: drawn share images, explainers' checks. */
const KEPT = ['share-images', 'content-check'] as const;
/** Folders earlier builds kept and none uses now: compiled MDX modules (sections compile as their pages render since 6 December 2026). */
const RETIRED = ['mdx'];
type Kept = (typeof KEPT)[number];
const PUBLISHED = 'published-files.json';

let code: string | undefined;

/**
 * What every key starts from. The site's address, and a digest of what shapes pages without being
 * imported by them: the config (integrations) and the installed packages' lockfile.
 * (Astro also drops its whole cache when either changes; this keeps our keys right on their own.)
 */
export function buildContext(site: string | undefined, root = process.cwd()): BuildContext {
  code ??= hash(['astro.config.mjs', 'package-lock.json'].map((f) => (existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : '')).join('\n'));
  return { site, code };
}

/** Where the code that checks content and shapes the search index lives (astro.config.mjs imports it from here). */
const BUILD_CODE = ['src/lib', 'src/i18n', 'src/integrations', 'src/site.ts', 'src/content.config.ts'];

let buildCode: string | undefined;

/** A digest of every file under the folders of the build's own code, read once a build. */
export function buildCodeDigest(root = process.cwd()): string {
  if (buildCode) return buildCode;
  const digest = createHash('sha256');
  for (const place of BUILD_CODE) {
    const path = join(root, place);
    const files = statSync(path).isFile()
      ? [path]
      : readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort();
    for (const file of files) digest.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return (buildCode = digest.digest('hex'));
}

/** A file from the cache (`kind`/`name`), or made now and kept; either way marked as used by this build. */
export async function cachedFile(kind: Kept, name: string, make: () => Promise<Uint8Array>, folder = cacheFolder()): Promise<Uint8Array<ArrayBuffer>> {
  const found = readKept(kind, name, folder);
  if (found) return Uint8Array.from(found);
  const made = Uint8Array.from(await make());
  keep(kind, name, made, folder);
  return made;
}

/** A kept file's bytes, marked as used by this build; undefined when it is not kept, or the build is forced (and `forced` not turned off). */
export function readKept(kind: Kept, name: string, folder = cacheFolder(), forced = isForced()): Buffer | undefined {
  if (forced) return undefined;
  const file = join(folder, kind, name);
  if (!existsSync(file)) return undefined;
  markUsed(kind, name, folder);
  return readFileSync(file);
}

/** Whether a file is kept under `kind` for this build to read (never, in a forced build). */
export function isKept(kind: Kept, name: string, folder = cacheFolder()): boolean {
  return !isForced() && existsSync(join(folder, kind, name));
}

/** Keeps a file under `kind`: written whole and then renamed, so a build stopped halfway never leaves half a file to reuse. */
export function keep(kind: Kept, name: string, bytes: Uint8Array | string, folder = cacheFolder()): void {
  writeWhole(join(folder, kind, name), bytes);
}

/** Writes a file whole, then renames it into place: a build stopped halfway never leaves half a file in the cache. */
export function writeWhole(file: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

/** Marks a kept file as used by this build (so pruneUnused keeps it) where Astro copied its output instead of asking for it. */
export function markUsed(kind: Kept, name: string, folder = cacheFolder()): void {
  const now = new Date();
  try {
    utimesSync(join(folder, kind, name), now, now);
  } catch {
    // Not kept (a first build, or pruned): nothing to keep.
  }
}

/** A drawn share image from the cache, or drawn now and kept. */
export const cachedImage = (key: string, draw: () => Promise<Uint8Array>, folder = cacheFolder()) => cachedFile('share-images', imageFile(key), draw, folder);

/** A share image's file name in the cache, by its key. */
export const imageFile = (key: string) => `${key}.png`;

/** Removes the kept files no page of the build that started at `since` (ms) used; returns how many. */
export function pruneUnused(since: number, folder = cacheFolder()): number {
  let pruned = 0;
  for (const kind of RETIRED) rmSync(join(folder, kind), { recursive: true, force: true });
  for (const kind of KEPT) {
    const dir = join(folder, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      // A second's slack: some file systems keep modification times to the second.
      if (statSync(file).mtimeMs < since - 1000) {
        rmSync(file, { force: true });
        pruned++;
      }
    }
  }
  return pruned;
}

/** Every file under `dir`, by its path relative to `dir` with "/". */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** A file's digest, as builtFiles and dist.changed know it. */
export const fileDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A digest of every file under `dir`, by its path relative to `dir` with "/". */
export function digestFiles(dir: string): FileDigests {
  const out: FileDigests = {};
  for (const file of filesUnder(dir)) out[file] = fileDigest(readFileSync(join(dir, file)));
  return out;
}

let site: { dir: string; digests: FileDigests } | undefined;

/**
 * The digest of every file of the site this build wrote into `dir`, read once after the pages are
 * written (the id check reads it first): the id check, the search index's key and the list of changed
 * files share it, so no step reads every page again. `readFrom` is where the files are now, when the
 * folder was published since.
 */
export function builtFiles(dir: string, readFrom = dir): FileDigests {
  if (site?.dir !== resolve(dir)) site = { dir: resolve(dir), digests: digestFiles(resolve(readFrom)) };
  return site.digests;
}

/** Records files a step wrote into the built site after builtFiles read it (the search index, the share images), under `folder` ('' for the site's root). */
export function addBuiltFiles(dir: string, folder: string, digests: FileDigests): void {
  if (site?.dir !== resolve(dir)) return;
  for (const [file, digest] of Object.entries(digests)) site.digests[folder ? `${folder}/${file}` : file] = digest;
}

/** The file digests of the last published build, or none when there was none (or the cache was lost or broken). */
export function readPublished(folder = cacheFolder()): FileDigests | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(join(folder, PUBLISHED), 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as FileDigests) : undefined;
  } catch {
    return undefined;
  }
}

export function writePublished(digests: FileDigests, folder = cacheFolder()): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, PUBLISHED), JSON.stringify(digests));
}
