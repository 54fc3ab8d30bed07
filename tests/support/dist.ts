// Reading the built site: pages, their links and their visible text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Every HTML file in dist/, as site paths ("/", "/a/b/", "/404.html"). */
export function pagePaths(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dir, full).split(sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function fileFor(path: string, dir = DIST): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith(sep) && readdirSafe(c));
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return false;
  } catch {
    return true;
  }
}

const cache = new Map<string, HTMLElement>();

export function page(path: string, dir = DIST): HTMLElement {
  const file = fileFor(path, dir);
  if (!file) throw new Error(`No page at ${path} in ${dir}`);
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(file, 'utf8'), { comment: false });
    cache.set(file, root);
  }
  return root;
}

/** Text a reader sees in an element: scripts, styles and hidden helpers left out, spaces folded. */
export function visibleText(el: HTMLElement): string {
  const clone = parse(el.toString());
  clone.querySelectorAll('script, style, template, [hidden], [aria-hidden="true"], .visually-hidden').forEach((n) => n.remove());
  return normalise(clone.textContent);
}

/** The report's own text in an element: what a reader sees, less what the site adds beside it (data-added, such as <On>'s dates). */
export function reportText(el: HTMLElement): string {
  const clone = parse(el.toString());
  clone.querySelectorAll('[data-added]').forEach((n) => n.remove());
  return visibleText(clone);
}

export function normalise(text: string): string {
  return text
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
