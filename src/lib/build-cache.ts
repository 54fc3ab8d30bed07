// The incremental build's cache keys and its list of changed files, as pure functions: a page's key is a
// digest of everything it shows, so a build reuses a page exactly when nothing it shows has changed
// (Astro adds a hash of the page's code and of the MDX it renders); share images are keyed by what they
// draw; and the site paths whose files changed between two builds are listed for a purge or an upload.
import { createHash } from 'node:crypto';

/** Raised when what a key covers changes shape, so keys written by an older site never match. */
export const KEY_VERSION = 3;

/** What a section view carries that a key reads as a digest: its content entry (body and frontmatter). */
interface EntryLike {
  digest?: string | number;
  body?: string;
}

/**
 * Which section bodies a key covers: pages that show every section's text (overview, full story, search
 * data) cover all; listing pages none (a section page adds its own: sectionPageKey). Titles, questions,
 * summaries, topics and reading times are always covered.
 */
export type Bodies = 'none' | 'all';

/** A content entry's digest: the content layer's own, or a hash of its body. */
function entryDigest(entry: EntryLike): string {
  return entry.digest !== undefined ? String(entry.digest) : hash(entry.body ?? '');
}

export function hash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

const isSectionLike = (value: object): value is { entry: EntryLike; words?: unknown } =>
  'entry' in value && typeof (value as { entry: unknown }).entry === 'object' && (value as { entry: unknown }).entry !== null;

const isExplainerLike = (value: object): value is ExplainerLike =>
  typeof (value as { slug?: unknown }).slug === 'string' && Array.isArray((value as { sections?: unknown }).sections);

// Each explainer's digest per coverage, kept for the build: 10,000 pages' keys name 1,000 explainers
// again and again (a topic page lists twenty), and a view does not change once loaded.
const explainerDigests: Record<Bodies, WeakMap<object, string>> = { none: new WeakMap(), all: new WeakMap() };

/** A digest of everything an explainer shows, with every section's text where `bodies` is 'all'. */
function explainerDigest(explainer: ExplainerLike, bodies: Bodies): string {
  let digest = explainerDigests[bodies].get(explainer);
  if (digest === undefined) {
    digest = hash(stableJson(explainer, bodies));
    explainerDigests[bodies].set(explainer, digest);
  }
  return digest;
}

/**
 * The value as plain, ordered JSON: object keys sorted, dates as ISO strings, functions left out. A
 * section's content entry becomes its digest where `bodies` covers it and is left out elsewhere (with
 * its words, which only its body holds); an explainer inside the value is written as its digest, and
 * any other object met again (a section listed beside its explainer) once, then named by its place.
 */
export function stableJson(value: unknown, bodies: Bodies = 'none'): string {
  const seen = new Map<object, number>();
  const walk = (v: unknown, top = false): unknown => {
    if (v === null || typeof v !== 'object') return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
    if (v instanceof Date) return v.toISOString();
    if (v instanceof URL) return v.href;
    if (!top && isExplainerLike(v)) return { $explainer: explainerDigest(v, bodies) };
    const again = seen.get(v);
    if (again !== undefined) return { $same: again };
    seen.set(v, seen.size);
    if (Array.isArray(v)) return v.map((item) => walk(item) ?? null);
    if (v instanceof Map) return walk(Object.fromEntries(v));
    if (v instanceof Set) return walk([...v]);
    const out: Record<string, unknown> = {};
    const section = isSectionLike(v);
    for (const key of Object.keys(v).sort()) {
      if (section && (key === 'entry' || key === 'words')) continue;
      const item = walk((v as Record<string, unknown>)[key]);
      if (item !== undefined) out[key] = item;
    }
    if (section && bodies === 'all') out['$body'] = entryDigest(v.entry);
    return out;
  };
  return JSON.stringify(walk(value, true));
}

/** What every key starts from: the key version, the site's address and a digest of the build's own code and config. */
export interface BuildContext {
  site: string | undefined;
  /** A digest of what shapes every page but no page imports (astro.config.mjs, package-lock.json). */
  code: string;
}

/** The least a section needs for its key: its entry, for its body's digest. */
export interface SectionLike {
  entry: EntryLike;
}

export interface ExplainerLike {
  slug: string;
  sections: readonly SectionLike[];
}

/**
 * A section page's key: its explainer's header fields and every section's title, question, summary,
 * topics and reading time (the contents list, previous and next), its own section's text, the people
 * cards of the explainer, the language (a field of the explainer), the site's address, and the marks the
 * content check read in the explainer's sections (data the page reads, not code Astro hashes: marks.ts),
 * since its person cards say where each person is first quoted or named.
 */
export function sectionPageKey(context: BuildContext, explainer: ExplainerLike, index: number, people: unknown, marks?: unknown): string {
  const own = explainer.sections[index];
  const ownText = own ? entryDigest(own.entry) : '';
  return hash(['section', KEY_VERSION, stableJson(context), explainerDigest(explainer, 'none'), index, ownText, stableJson(people), stableJson(marks)].join('\n'));
}

/** The overview's and full story's key: as a section page's, with the text of every section. */
export function explainerPageKey(context: BuildContext, explainer: ExplainerLike, people: unknown, marks?: unknown): string {
  return hash(['explainer', KEY_VERSION, stableJson(context), explainerDigest(explainer, 'all'), stableJson(people), stableJson(marks)].join('\n'));
}

/** A listing page's key (a topic, the search data): a digest of what it lists, with section texts where `bodies` says. */
export function listingKey(context: BuildContext, kind: string, listed: unknown, bodies: Bodies = 'none'): string {
  return hash([kind, KEY_VERSION, stableJson(context), stableJson(listed, bodies)].join('\n'));
}

/** A share image's key: the card it draws, and a digest of its fonts, logo, size and drawing code. */
export function shareImageKey(card: unknown, assets: string): string {
  return hash(['share-image', KEY_VERSION, stableJson(card), assets].join('\n'));
}

/** Each file of a built site (path relative to it, with "/") and a digest of its bytes. */
export type FileDigests = Record<string, string>;

export interface ChangedFiles {
  added: string[];
  modified: string[];
  deleted: string[];
}

/** The files added, changed and removed from one build to the next, each list sorted. */
export function compareBuilds(previous: FileDigests, next: FileDigests): ChangedFiles {
  const added: string[] = [];
  const modified: string[] = [];
  const deleted: string[] = [];
  for (const [file, digest] of Object.entries(next)) {
    if (!(file in previous)) added.push(file);
    else if (previous[file] !== digest) modified.push(file);
  }
  for (const file of Object.keys(previous)) if (!(file in next)) deleted.push(file);
  return { added: added.sort(), modified: modified.sort(), deleted: deleted.sort() };
}

/** The address a file is served at: a folder's index.html at the folder ("/a/b/"), any other file at its own path. */
export function sitePathOf(file: string): string {
  const path = `/${file}`;
  return path === '/index.html' ? '/' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The list a deploy reads: one line per changed file, "A", "M" or "D", a tab, and its site path; sorted by path. */
export function changedList({ added, modified, deleted }: ChangedFiles): string {
  const lines = [...added.map((f) => ['A', sitePathOf(f)] as const), ...modified.map((f) => ['M', sitePathOf(f)] as const), ...deleted.map((f) => ['D', sitePathOf(f)] as const)]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([change, path]) => `${change}\t${path}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
