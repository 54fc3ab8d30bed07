// One slug rule for the whole site: heading ids, person ids, topic URLs and figure ids all come from
// `slug`, so a name in any script gets a readable id (Unicode letters are kept, as GitHub does) and
// two names that differ only in punctuation are caught as one by the content check.
import { slug as githubSlug } from 'github-slugger';
import { PAGE_IDS } from './page-parts';

/**
 * "Other questions, other countries" -> "other-questions-other-countries"; "US–Russia relations" ->
 * "us-russia-relations"; "Київ" -> "київ"; "Wrocław" -> "wrocław". GitHub's rule (lowercase, drop
 * punctuation, spaces to hyphens), with dashes and slashes read as word breaks and runs of hyphens
 * folded, in Unicode NFC so a name typed on any system makes the same id.
 */
export function slug(text: string): string {
  const made = githubSlug(text.normalize('NFC').replace(/[\p{Pd}/\\]+/gu, ' ').trim())
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  // Emoji leave marks such as U+FE0F behind: a slug needs a letter or digit to name anything.
  return /[\p{L}\p{N}]/u.test(made) ? made : '';
}

/** Folder and file names are URLs editors choose: lowercase Latin letters, digits and single hyphens. */
export const URL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "trump-putin-call/02-pressure-tactics.mdx" -> "pressure-tactics" */
export function sectionSlugFromFile(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.mdx$/, '').replace(/^\d+[-_.]/, '');
}

/** "trump-putin-call/02-pressure-tactics.mdx" -> 2: a section's place when its frontmatter gives no `order`; undefined without a number of 1 or more. */
export function orderFromFile(path: string): number | undefined {
  const number = /^(\d+)[-_.]/.exec(path.split(/[\\/]/).pop() ?? path)?.[1];
  return number && Number(number) >= 1 ? Number(number) : undefined;
}

/**
 * Ids for a page's headings in order: the slug, with -1, -2 … on repeats, as GitHub numbers them.
 * `reserved` ids (the page's own, PAGE_IDS) count as taken: "## Explainer contents" gets
 * "explainer-contents-1", never the id of the page's contents list.
 */
export function headingIds(texts: readonly string[], reserved: Iterable<string> = PAGE_IDS): string[] {
  const occurrences = new Map<string, number>([...reserved].map((id) => [id, 0]));
  return texts.map((text) => {
    const base = slug(text) || 'section';
    let id = base;
    while (occurrences.has(id)) {
      const n = occurrences.get(base)! + 1;
      occurrences.set(base, n);
      id = `${base}-${n}`;
    }
    occurrences.set(id, 0);
    return id;
  });
}
