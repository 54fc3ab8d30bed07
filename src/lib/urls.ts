// Every path the site links to is built here, so pages, navigation, share previews, the feed and
// tests agree: pages of an explainer, site-wide pages, search with a query, share images, the feed.

export const HOME_PATH = '/';
export const FULL_STORY_SLUG = 'full-story';
export const PEOPLE_PATH = '/people/';
export const TOPICS_PATH = '/topics/';
/** Every explainer, newest first, in pages of LIST_PAGE_SIZE: /explainers/, /explainers/2/ … */
export const EXPLAINERS_PATH = '/explainers/';
/** How many items a listing page holds (the archive, a topic): no page grows with the site. */
export const LIST_PAGE_SIZE = 50;
/** How many names a page of the people index lists: a name is a line, so more than a listing's cards. */
export const NAMES_PAGE_SIZE = 100;
/** How many explainers the front page and the 404 page list (newest first), linking to the rest on EXPLAINERS_PATH. */
export const FRONT_PAGE_EXPLAINERS = 20;
/** The search page, which also works as a shareable, bookmarkable search: /search/?q=tariffs */
export const SEARCH_PATH = '/search/';
/** The query parameter of the search page. */
export const QUERY_PARAM = 'q';
/** Pagefind's bundle, written by the search-index integration into the built site. */
export const PAGEFIND_BUNDLE = '/pagefind/';
/** Search's own build-time data per language (aliases, what to browse, vocabulary): src/pages/search-data. */
export const SEARCH_DATA_PATH = '/search-data/';
export const FEED_PATH = '/rss.xml';
/** An explainer's own feed: its publication and each update. */
export const explainerFeedPath = (explainer: string): string => `/${explainer}/rss.xml`;
export const SITEMAP_PATH = '/sitemap-index.xml';
export const MANIFEST_PATH = '/manifest.webmanifest';
export const FAVICON_PATH = '/favicon.svg';

/** "How this explainer is made": at /how-explainers-are-made/ in the site's language, /<language>/how-explainers-are-made/ in each other. */
export const HOW_MADE_SLUG = 'how-explainers-are-made';

const primary = (tag: string) => new Intl.Locale(tag).language;

/** The how-made page in a language (a BCP 47 tag; "en-US" reads the "en" page), given the site's default language. */
export function howMadePath(lang: string, siteLang: string): string {
  const language = primary(lang);
  return language === primary(siteLang) ? `/${HOW_MADE_SLUG}/` : `/${language}/${HOW_MADE_SLUG}/`;
}

/** The language of a translated how-made page ("/uk/how-explainers-are-made/" -> "uk"); undefined for any other path. */
export function howMadeLanguageOf(path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 2 && parts[1] === HOW_MADE_SLUG ? parts[0] : undefined;
}

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

/** A person's or organisation's own page, from their id (see personId in people.ts). */
export function personPath(id: string): string {
  return `${PEOPLE_PATH}${id}/`;
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
