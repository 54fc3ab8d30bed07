// In `astro dev` two readers follow the content folder: the content check, which decides whether pages
// show, and Astro's content layer, which pages render from. After a save the check can be ahead: the
// content layer may not have read the file yet, or read it mid-save (saved in two steps, emptied then
// written, whose second change the file watcher drops within 50 ms) and kept what the schema refused.
// A file the schema refused is read once more a moment later, and pages the check lets through wait
// until the content layer holds no refused file, so they never render data the check has not seen.
import { statSync } from 'node:fs';

/** Lets a listener of the dev server's file watcher know a file changed (chokidar's FSWatcher is one). */
export interface ChangeEmitter {
  emit(event: 'change', path: string): unknown;
}

interface Rereads {
  /** The file as it was (time and size) when it was last read again: a second refusal of that is the file's own fault. */
  tried: Map<string, string>;
  /** Files the content layer holds as the schema refused them, and what resolves the pages waiting for them. */
  waiting: Map<string, { done: Promise<void>; resolve: () => void }>;
}

// The content config and the integration load this file as two modules (Vite's and Node's): one shared state.
const KEY = Symbol.for('explainer.dev-rereads');
const shared = globalThis as typeof globalThis & { [KEY]?: Rereads };
const rereads: Rereads = (shared[KEY] ??= { tried: new Map(), waiting: new Map() });

/** Long enough for a save to finish; short enough that nobody notices. */
const AFTER_MS = 100;
/** The longest a page waits for the content layer: a page never hangs on it. */
const WAIT_AT_MOST_MS = 3_000;

const signature = (file: string) => {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'gone';
  }
};

/** The schema refused `file` as read: read it again once, unless it already was, as it is now. */
export function refused(file: string, watcher: ChangeEmitter | undefined): void {
  if (!rereads.waiting.has(file)) {
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    rereads.waiting.set(file, { done, resolve });
  }
  if (!watcher || rereads.tried.get(file) === signature(file)) return;
  setTimeout(() => {
    rereads.tried.set(file, signature(file));
    watcher.emit('change', file);
  }, AFTER_MS);
}

/** The schema took `file`: the content layer holds it as the check read it. */
export function accepted(file: string): void {
  rereads.tried.delete(file);
  rereads.waiting.get(file)?.resolve();
  rereads.waiting.delete(file);
}

/** Resolves once the content layer holds no file the schema refused (a deleted one aside), or after a few seconds. */
export function contentLayerCaughtUp(): Promise<void> {
  for (const file of rereads.waiting.keys()) if (signature(file) === 'gone') accepted(file);
  if (rereads.waiting.size === 0) return Promise.resolve();
  const all = Promise.all([...rereads.waiting.values()].map((w) => w.done)).then(() => undefined);
  return Promise.race([all, new Promise<void>((r) => setTimeout(r, WAIT_AT_MOST_MS))]);
}
