// Feed items, shared by the site's feed (/rss.xml) and each explainer's (/<explainer>/rss.xml): the
// explainer's publication, and one item per update that says what changed and links the changed sections.
// Every link is absolute; an update's guid is its stable id (updateIds in last-visit.ts), not a page.
import type { RSSFeedItem } from '@astrojs/rss';
import { useTranslations } from '../i18n';
import { explainerUpdates } from './changes';
import type { ExplainerView, SectionView } from './explainers';
import { absoluteUrl } from './urls';

/** A feed's <language>: RSS names languages as language-territory in lower case ("en-gb"). */
export const feedLanguage = (ogLocale: string): string => `<language>${ogLocale.replace('_', '-').toLowerCase()}</language>`;

/** The namespaces the items' customData uses. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const language = (explainer: Pick<ExplainerView, 'lang'>) => `<dc:language>${escapeXml(explainer.lang)}</dc:language>`;

/** The explainer's publication: its overview, headline and summary, on the day it was published. */
export function publicationItem(explainer: ExplainerView, site: URL | undefined): RSSFeedItem {
  return {
    title: explainer.headline,
    link: absoluteUrl(explainer.url, site),
    description: explainer.summary,
    pubDate: explainer.published,
    categories: [...new Set(explainer.sections.flatMap((s) => s.topics.map((topic) => topic.name)))],
    customData: language(explainer),
  };
}

/** A section's publication (the site feed lists every section). */
export function sectionItem(explainer: ExplainerView, section: SectionView, site: URL | undefined): RSSFeedItem {
  return {
    title: `${section.title}: ${explainer.headline}`,
    link: absoluteUrl(section.url, site),
    description: section.summary,
    pubDate: explainer.published,
    categories: section.topics.map((topic) => topic.name),
    customData: language(explainer),
  };
}

/** One item per update, newest first: what changed, linking the first changed section (the overview when none). */
export function updateItems(explainer: ExplainerView, site: URL | undefined): RSSFeedItem[] {
  const t = useTranslations(explainer.lang);
  return explainerUpdates(explainer)
    .reverse()
    .map((update) => {
      const sections = explainer.sections.filter((s) => update.sections?.includes(s.slug));
      const links = sections.map((s) => `<a href="${escapeXml(absoluteUrl(s.url, site))}">${escapeXml(s.title)}</a>`);
      return {
        title: t('feed.update', { headline: explainer.headline, what: update.what }),
        link: absoluteUrl(sections[0]?.url ?? explainer.url, site),
        // HTML, escaped into the feed's text as RSS 2.0 allows: the changed sections, each a link.
        description: `<p>${escapeXml(update.what)}</p>${links.length ? `<p>${t('feed.changedSections', { sections: links.join(', ') })}</p>` : ''}`,
        pubDate: update.date,
        customData: `<guid isPermaLink="false">${escapeXml(`${absoluteUrl(explainer.url, site)}#update-${update.id}`)}</guid>${language(explainer)}`,
      };
    });
}
