// Every path the site links to is built here, so pages, navigation, share previews, the feed and
// tests agree: pages of an explainer, site-wide pages, search with a query, share images, the feed.

export const HOME_PATH = '/';
export const FULL_STORY_SLUG = 'full-story';
export const PEOPLE_PATH = '/people/';
export const TOPICS_PATH = '/topics/';
/** The search page, which also works as a shareable, bookmarkable search: /search/?q=tariffs */
export const SEARCH_PATH = '/search/';
/** The query parameter of the search page. */
export const QUERY_PARAM = 'q';
/** Pagefind's bundle, written by the search-index integration into the built site. */
export const PAGEFIND_BUNDLE = '/pagefind/';
/** Search's own build-time data per language (aliases, what to browse, vocabulary): src/pages/search-data. */
export const SEARCH_DATA_PATH = '/search-data/';
export const FEED_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap-index.xml';
export const MANIFEST_PATH = '/manifest.webmanifest';
export const FAVICON_PATH = '/favicon.svg';

export function explainerPath(explainer: string): string {
  return `/${explainer}/`;
}

export function sectionPath(explainer: string, section: string): string {
  return `/${explainer}/${section}/`;
}

/** The full story, or one section's place in it (#<section-slug>). */
export function fullStoryPath(explainer: string, section?: string): string {
  return `/${explainer}/${FULL_STORY_SLUG}/${section ? `#${section}` : ''}`;
}

/** A topic's page, from the topic's slug (see topicSlug in topics.ts). */
export function topicPath(slug: string): string {
  return `${TOPICS_PATH}${slug}/`;
}

/** A person's or organisation's entry on the people page, from their id (see personId in people.ts). */
export function personPath(id: string): string {
  return `${PEOPLE_PATH}#${id}`;
}

/** The share image of the front page, an explainer's overview (and full story), or one of its sections. */
export function shareImagePath(explainer?: string, section?: string): string {
  if (!explainer) return '/og.png';
  return section ? `/${explainer}/${section}/og.png` : `/${explainer}/og.png`;
}

/** Square PNG icons made from the favicon: home screens, the manifest and the publisher logo. */
export const ICON_SIZES = [180, 192, 512] as const;
export const iconPath = (size: number) => `/icon-${size}.png`;

/** The explainer a site path belongs to ("/a/b/" -> "a"); undefined for the home page. Site-wide pages are never explainers (see RESERVED_EXPLAINER_SLUGS). */
export function explainerSlugOf(path: string): string | undefined {
  return path.split('/').find(Boolean);
}

/** An absolute URL on the site's configured origin (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('Set `site` in astro.config.mjs: shared links must be absolute.');
  return new URL(path, site).href;
}
