// The feed: one item per section, newest explainer first, every link absolute.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getExplainers } from '../lib/explainers';
import { absoluteUrl } from '../lib/urls';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const explainers = await getExplainers();
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: absoluteUrl('/', site),
    customData: `<language>${SITE.locale.replace('_', '-').toLowerCase()}</language>`,
    items: explainers.flatMap((explainer) =>
      explainer.sections.map((section) => ({
        title: `${section.title}: ${explainer.headline}`,
        link: absoluteUrl(section.url, site),
        description: section.summary,
        pubDate: explainer.published,
        categories: section.entry.data.topics,
      })),
    ),
  });
};
