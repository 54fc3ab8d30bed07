// The feed: one item per section, newest explainer first, every link absolute. The channel speaks
// the site's default language; each item names its explainer's language (Dublin Core dc:language).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { getExplainers } from '../lib/explainers';
import { HOME_PATH, absoluteUrl } from '../lib/urls';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const explainers = await getExplainers();
  const t = useTranslations(SITE.lang);
  return rss({
    title: SITE.name,
    description: t('site.tagline'),
    site: absoluteUrl(HOME_PATH, site),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    // RSS names languages as language-territory in lower case: "en-gb".
    customData: `<language>${t.ogLocale.replace('_', '-').toLowerCase()}</language>`,
    items: explainers.flatMap((explainer) =>
      explainer.sections.map((section) => ({
        title: `${section.title}: ${explainer.headline}`,
        link: absoluteUrl(section.url, site),
        description: section.summary,
        pubDate: explainer.published,
        categories: section.topics.map((topic) => topic.name),
        customData: `<dc:language>${explainer.lang}</dc:language>`,
      })),
    ),
  });
};
