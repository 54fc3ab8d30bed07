// Every URL a reader can share is built here, so pages, navigation and tests agree.

export const FULL_STORY_SLUG = 'full-story';

export function explainerPath(explainer: string): string {
  return `/${explainer}/`;
}

export function sectionPath(explainer: string, section: string): string {
  return `/${explainer}/${section}/`;
}

export function fullStoryPath(explainer: string, section?: string): string {
  return `/${explainer}/${FULL_STORY_SLUG}/${section ? `#${section}` : ''}`;
}

/** An absolute URL on the site's configured origin (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('Set `site` in astro.config.mjs: shared links must be absolute.');
  return new URL(path, site).href;
}
