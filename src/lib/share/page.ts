// Each page's preview (share image, Open Graph facts, JSON-LD) from the explainer views, in the
// explainer's language, so the pages, the share-image endpoints and the feed describe a page the same way.
import { useTranslations } from '../../i18n';
import { SITE } from '../../site';
import type { ExplainerView, SectionView } from '../explainers';
import type { ShareCard } from './image';
import { newsArticle, type SharePreview, type Site } from './meta';
import { absoluteUrl } from '../urls';

/** The publication with its origin (Astro's `site`), as a page in language `lang` presents it. */
export function siteWith(origin: URL | undefined, lang: string = SITE.lang): Site {
  const t = useTranslations(lang);
  return { name: SITE.name, lang: t.tag, locale: t.ogLocale, origin: absoluteUrl('/', origin) };
}

/** What an explainer's share cards say: its headline and language, and its sections' titles and questions in reading order. */
export type CardText = Pick<ExplainerView, 'lang' | 'headline'> & { sections: readonly Pick<SectionView, 'title' | 'question'>[] };

/**
 * A section's card leads with what makes a reader click: the explainer's headline, then the question the
 * section answers; its short title and position follow small, and the footer names the site once.
 */
export function sectionCard(explainer: CardText, index: number): ShareCard {
  const t = useTranslations(explainer.lang);
  const section = explainer.sections[index]!;
  return {
    kicker: explainer.headline,
    title: section.question,
    label: t('section.kicker', { title: section.title, position: index + 1, total: explainer.sections.length }),
    siteName: SITE.name,
    lang: t.tag,
  };
}

export function overviewCard(explainer: CardText): ShareCard {
  const t = useTranslations(explainer.lang);
  return { kicker: t('explainer.shareCardKicker', { count: explainer.sections.length }), title: explainer.headline, siteName: SITE.name, lang: t.tag };
}

/** Every share card an explainer's pages have: its overview's, then each section's. */
export function explainerCards(explainer: CardText): ShareCard[] {
  return [overviewCard(explainer), ...explainer.sections.map((_, index) => sectionCard(explainer, index))];
}

/** The front page's card: the tagline, then what the site offers; the site's name in the footer. */
export function homeCard(lang: string = SITE.lang): ShareCard {
  const t = useTranslations(lang);
  return { kicker: t('site.tagline'), title: t('site.shareImageTitle'), siteName: SITE.name, lang: t.tag };
}

export function sectionImageAlt(explainer: ExplainerView, index: number): string {
  const section = explainer.sections[index]!;
  return useTranslations(explainer.lang)('section.imageAlt', { question: section.question, title: section.title, headline: explainer.headline, site: SITE.name });
}

export function overviewImageAlt(explainer: ExplainerView): string {
  return useTranslations(explainer.lang)('explainer.imageAlt', { headline: explainer.headline, count: explainer.sections.length, site: SITE.name });
}

/** The full story's title: "Full story: <headline>", in the explainer's language. */
export function fullStoryTitle(explainer: ExplainerView): string {
  return useTranslations(explainer.lang)('fullStory.title', { headline: explainer.headline });
}

function common(explainer: ExplainerView) {
  return {
    published: explainer.published,
    modified: explainer.updated,
    explainer: { headline: explainer.headline, path: explainer.url },
    source: { title: explainer.source.title, outlet: explainer.source.outlet, byline: explainer.source.byline, date: explainer.source.date, url: explainer.source.url },
  };
}

export function sectionPreview(explainer: ExplainerView, index: number, origin: URL | undefined): SharePreview {
  const site = siteWith(origin, explainer.lang);
  const section = explainer.sections[index]!;
  const tags = section.topics.map((t) => t.name);
  const base = common(explainer);
  return {
    image: { path: section.shareImage, alt: sectionImageAlt(explainer, index) },
    article: { published: base.published, modified: base.modified, section: explainer.headline, tags },
    structuredData: [
      newsArticle(
        { ...base, url: absoluteUrl(section.url, site.origin), headline: section.title, description: section.summary, imagePath: section.shareImage, tags },
        site,
      ),
    ],
  };
}

function wholePreview(explainer: ExplainerView, path: string, headline: string, origin: URL | undefined): SharePreview {
  const site = siteWith(origin, explainer.lang);
  const tags = explainer.topics.map((t) => t.name);
  const base = common(explainer);
  return {
    image: { path: explainer.shareImage, alt: overviewImageAlt(explainer) },
    article: { published: base.published, modified: base.modified, section: explainer.headline, tags },
    structuredData: [
      newsArticle(
        {
          ...base,
          url: absoluteUrl(path, site.origin),
          headline,
          description: explainer.summary,
          imagePath: explainer.shareImage,
          tags,
          parts: explainer.sections.map((s) => ({ headline: s.title, path: s.url })),
        },
        site,
      ),
    ],
  };
}

export function overviewPreview(explainer: ExplainerView, origin: URL | undefined): SharePreview {
  return wholePreview(explainer, explainer.url, explainer.headline, origin);
}

export function fullStoryPreview(explainer: ExplainerView, origin: URL | undefined): SharePreview {
  return wholePreview(explainer, explainer.fullStoryUrl, fullStoryTitle(explainer), origin);
}
