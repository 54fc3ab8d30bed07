// Each page's preview (share image, Open Graph facts, JSON-LD) from the explainer views, so the
// pages, the share-image endpoints and the feed describe a page the same way.
import type { ExplainerView } from './explainers';
import { positionLabel } from './sections';
import type { ShareCard } from './share-image';
import { newsArticle, shareImagePath, type SharePreview, type Site } from './share-meta';
import { absoluteUrl, fullStoryPath } from './urls';
import { SITE } from '../site';

/** The publication with its origin (Astro's `site`), which every shared URL is built on. */
export function siteWith(origin: URL | undefined): Site {
  return { ...SITE, origin: absoluteUrl('/', origin) };
}

/** Topics of the whole explainer: every section's, first seen first. */
export function explainerTopics(explainer: ExplainerView): string[] {
  return [...new Set(explainer.sections.flatMap((s) => s.entry.data.topics))];
}

export function sectionCard(explainer: ExplainerView, index: number, siteName: string): ShareCard {
  const section = explainer.sections[index]!;
  return {
    kicker: explainer.headline,
    title: section.title,
    label: positionLabel(index + 1, explainer.sections.length),
    siteName,
  };
}

export function overviewCard(explainer: ExplainerView, siteName: string): ShareCard {
  return { kicker: `Explainer · ${explainer.sections.length} sections`, title: explainer.headline, siteName };
}

export function sectionImageAlt(explainer: ExplainerView, index: number, siteName: string): string {
  return `${explainer.sections[index]!.title}: a section of “${explainer.headline}”, an explainer from ${siteName}`;
}

export function overviewImageAlt(explainer: ExplainerView, siteName: string): string {
  return `${explainer.headline}: an explainer in ${explainer.sections.length} sections from ${siteName}`;
}

function common(explainer: ExplainerView) {
  const { published, updated, source } = explainer.entry.data;
  return {
    published,
    modified: updated,
    explainer: { headline: explainer.headline, path: explainer.url },
    source: { title: source.title },
  };
}

export function sectionPreview(explainer: ExplainerView, index: number, site: Site): SharePreview {
  const section = explainer.sections[index]!;
  const image = shareImagePath(explainer.slug, section.slug);
  const tags = section.entry.data.topics;
  const base = common(explainer);
  return {
    image: { path: image, alt: sectionImageAlt(explainer, index, site.name) },
    article: { published: base.published, modified: base.modified, section: explainer.headline, tags },
    structuredData: [
      newsArticle(
        { ...base, url: absoluteUrl(section.url, site.origin), headline: section.title, description: section.summary, imagePath: image, tags },
        site,
      ),
    ],
  };
}

function wholePreview(explainer: ExplainerView, path: string, headline: string, site: Site): SharePreview {
  const image = shareImagePath(explainer.slug);
  const tags = explainerTopics(explainer);
  const base = common(explainer);
  return {
    image: { path: image, alt: overviewImageAlt(explainer, site.name) },
    article: { published: base.published, modified: base.modified, section: explainer.headline, tags },
    structuredData: [
      newsArticle(
        {
          ...base,
          url: absoluteUrl(path, site.origin),
          headline,
          description: explainer.summary,
          imagePath: image,
          tags,
          parts: explainer.sections.map((s) => ({ headline: s.title, path: s.url })),
        },
        site,
      ),
    ],
  };
}

export function overviewPreview(explainer: ExplainerView, site: Site): SharePreview {
  return wholePreview(explainer, explainer.url, explainer.headline, site);
}

export function fullStoryPreview(explainer: ExplainerView, site: Site): SharePreview {
  return wholePreview(explainer, fullStoryPath(explainer.slug), `Full story: ${explainer.headline}`, site);
}
