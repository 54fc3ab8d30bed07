// Section slugs come from file names such as "02-pressure-tactics.mdx" unless frontmatter sets one.

/** Slugs a section may not take, because the explainer's own pages use them. */
export const RESERVED_SECTION_SLUGS: readonly string[] = ['full-story'];

/** Explainer folder names the site's own pages (/people/, /topics/) already use. */
export const RESERVED_EXPLAINER_SLUGS: readonly string[] = ['people', 'topics'];

/** "trump-putin-call/02-pressure-tactics.mdx" -> "pressure-tactics" */
export function sectionSlugFromFile(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.mdx?$/i, '').replace(/^\d+[-_.]/, '').toLowerCase();
}

/** "Other questions, other countries" -> "other-questions-other-countries", as heading ids are made. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}
