// What a page says about itself when shared: Open Graph, Twitter card and JSON-LD, all with
// absolute URLs on the site's origin. Pure, so pages, feeds and tests agree.
import { isoDay } from '../dates';
import { absoluteUrl, iconPath } from '../urls';

/** Share images' paths are built with every other path, in urls.ts. */
export { shareImagePath } from '../urls';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The publication as one page presents it: in that page's language. */
export interface Site {
  name: string;
  /** og:locale, language_TERRITORY ("uk_UA"). */
  locale: string;
  /** BCP 47 tag (JSON-LD inLanguage). */
  lang: string;
  origin: URL | string;
}

export interface ArticleFacts {
  published: Date;
  modified: Date;
  /** og:article:section: the explainer a section belongs to. */
  section: string;
  tags: readonly string[];
}

/** A page's preview: BaseLayout's `share` prop. Absent fields fall back to the front page's card. */
export interface SharePreview {
  image?: { path: string; alt: string };
  article?: ArticleFacts;
  /** JSON-LD objects for the page (schema.org), serialised into the head. */
  structuredData?: readonly Record<string, unknown>[];
  /** Pages nobody should land on from a search or a share (404). */
  noindex?: boolean;
}

export interface MetaTag {
  /** `property` for Open Graph (og:, article:), `name` for the rest. */
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export interface PageFacts {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
}

/** Open Graph and Twitter card tags for a page, every URL absolute. */
export function socialMetaTags(page: PageFacts, preview: SharePreview, site: Site, defaultImage: { path: string; alt: string }): MetaTag[] {
  const image = preview.image ?? defaultImage;
  const imageUrl = absoluteUrl(image.path, site.origin);
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const tags: MetaTag[] = [
    og('og:type', preview.article ? 'article' : 'website'),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', page.url),
    og('og:site_name', site.name),
    og('og:locale', site.locale),
    og('og:image', imageUrl),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(SHARE_IMAGE_SIZE.width)),
    og('og:image:height', String(SHARE_IMAGE_SIZE.height)),
    og('og:image:alt', image.alt),
  ];
  if (preview.article) {
    const a = preview.article;
    tags.push(
      og('article:published_time', isoDay(a.published)),
      og('article:modified_time', isoDay(a.modified)),
      og('article:section', a.section),
      ...a.tags.map((t) => og('article:tag', t)),
    );
  }
  tags.push(
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', page.title),
    tw('twitter:description', page.description),
    tw('twitter:image', imageUrl),
    tw('twitter:image:alt', image.alt),
  );
  return tags;
}

export interface NewsArticleFacts {
  /** Absolute URL of the page. */
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified: Date;
  imagePath: string;
  tags: readonly string[];
  /** The explainer this page belongs to: its headline and overview path. */
  explainer: { headline: string; path: string };
  /** The article the explainer is based on, named as its text names it; who published it, where and when, where given. */
  source: { title: string; outlet?: string | undefined; byline?: string | undefined; date?: Date | undefined; url?: string | undefined };
  /** Section pages the page is made of (the overview lists its sections). */
  parts?: readonly { headline: string; path: string }[];
}

/** schema.org NewsArticle for a section, an overview or the full story. */
export function newsArticle(facts: NewsArticleFacts, site: Site): Record<string, unknown> {
  const abs = (path: string) => absoluteUrl(path, site.origin);
  const home = abs('/');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${facts.url}#article`,
    url: facts.url,
    mainEntityOfPage: facts.url,
    headline: facts.headline,
    description: facts.description,
    inLanguage: site.lang,
    datePublished: isoDay(facts.published),
    dateModified: isoDay(facts.modified),
    image: {
      '@type': 'ImageObject',
      url: abs(facts.imagePath),
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
    },
    ...(facts.tags.length > 0 ? { keywords: facts.tags.join(', ') } : {}),
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: home,
      logo: { '@type': 'ImageObject', url: abs(iconPath(512)), width: 512, height: 512 },
    },
    // The explainer as a whole: the overview and its sections are parts of it.
    isPartOf: {
      '@type': 'CreativeWorkSeries',
      '@id': `${abs(facts.explainer.path)}#explainer`,
      name: facts.explainer.headline,
      url: abs(facts.explainer.path),
      isPartOf: { '@type': 'WebSite', name: site.name, url: home },
    },
    isBasedOn: original(facts.source),
    ...(facts.parts && facts.parts.length > 0
      ? { hasPart: facts.parts.map((p) => ({ '@type': 'NewsArticle', headline: p.headline, url: abs(p.path) })) }
      : {}),
  };
}

/** The original report: its headline always; its authors, publisher, date and address where the explainer gives them. */
function original(source: NewsArticleFacts['source']): Record<string, unknown> {
  const authors = source.byline ? bylineNames(source.byline) : [];
  return {
    '@type': 'NewsArticle',
    headline: source.title,
    ...(authors.length > 0 ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source.date ? { datePublished: isoDay(source.date) } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** The names in a byline as the original gives it: "By Jane Doe and John Roe" -> Jane Doe, John Roe. */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .replace(/\.\s*$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
