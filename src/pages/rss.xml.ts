// The site's feed: for each explainer, newest first, one item per update (what changed, linking the changed
// sections) and one per section; every link absolute. The channel speaks the site's default language;
// each item names its explainer's language (Dublin Core dc:language). Items are built in src/lib/feed.ts.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { getExplainers } from '../lib/explainers';
import { FEED_XMLNS, feedLanguage, sectionItem, updateItems } from '../lib/feed';
import { HOME_PATH, absoluteUrl } from '../lib/urls';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const explainers = await getExplainers();
  const t = useTranslations(SITE.lang);
  return rss({
    title: SITE.name,
    description: t('site.tagline'),
    site: absoluteUrl(HOME_PATH, site),
    xmlns: FEED_XMLNS,
    customData: feedLanguage(t.ogLocale),
    items: explainers.flatMap((explainer) => [...updateItems(explainer, site), ...explainer.sections.map((section) => sectionItem(explainer, section, site))]),
  });
};
