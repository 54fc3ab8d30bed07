// Fetches ./later.ts (the age line, the last-visit marks) lazily, when the page's module runs: never
// part of the first view, so out of the section page's 2 KB of JavaScript, and early enough that the age
// line stands before the reader scrolls, as it did when fetched on its own.
// Bundled on its own (as Vite bundles workers) and imported by URL, as search's UI is: a plain import()
// would bring Vite's preload helper into every page's first view.
import laterUrl from './later.ts?worker&url';

void import(/* @vite-ignore */ laterUrl);
