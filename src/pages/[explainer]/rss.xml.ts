// One explainer's feed, for readers who follow it: an item per update, newest first (what changed, linking
// the changed sections), then its publication. In the explainer's language; linked from its pages' head.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n';
import { explainerPaths, type ExplainerView } from '../../lib/explainers';
import { FEED_XMLNS, feedLanguage, publicationItem, updateItems } from '../../lib/feed';
import { absoluteUrl } from '../../lib/urls';

export const getStaticPaths = explainerPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView }> = async ({ props: { explainer }, site }) => {
  const t = useTranslations(explainer.lang);
  return rss({
    title: t('feed.explainer', { headline: explainer.headline }),
    description: explainer.summary,
    site: absoluteUrl(explainer.url, site),
    xmlns: FEED_XMLNS,
    customData: feedLanguage(t.ogLocale),
    items: [...updateItems(explainer, site), publicationItem(explainer, site)],
  });
};
