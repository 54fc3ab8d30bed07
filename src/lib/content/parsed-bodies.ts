// Section bodies the content check has parsed, handed to the compile that renders them: a build parsed
// every body twice, once to check it and once to render it (1.8 s of a 1,000-section cold build). In a
// build the check leaves each clean tree here by its file, and the body's compile takes it, once, when
// the text it compiles is the text the check parsed; anything else is parsed again. The trees sit on
// globalThis: the check runs in Astro's config, the pages in the bundle Vite built from another copy of
// this module. About 14 KB a section: 140 MB at 10,000 sections, let go as each page takes its tree.
import { resolve } from 'node:path';

interface Parsed {
  body: string;
  tree: unknown;
}

const STORE = Symbol.for('explainer.parsed-bodies');
type Holder = { [STORE]?: Map<string, Parsed> };
const holder = globalThis as Holder;

/** From now on, bodies the check parses are kept for their compile (a build; never `astro dev`, which compiles on demand). */
export function keepParsedBodies(): void {
  holder[STORE] ??= new Map();
}

/** Lets every kept tree go (the build is done, or failed). */
export function dropParsedBodies(): void {
  delete holder[STORE];
}

/** Keeps the tree the check parsed from `body`, the text below the frontmatter of the file at `path`. */
export function leaveParsed(path: string, body: string, tree: unknown): void {
  holder[STORE]?.set(resolve(path), { body, tree });
}

/** The check's tree of `body`, when it parsed this very text from this file; given once, since a compile changes it. */
export function takeParsed(path: string, body: string): unknown {
  const store = holder[STORE];
  const key = resolve(path);
  const parsed = store?.get(key);
  store?.delete(key);
  return parsed?.body === body ? parsed.tree : undefined;
}
