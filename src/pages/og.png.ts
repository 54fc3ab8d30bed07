// The front page's share image, in the site's default language.
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { renderShareImage } from '../lib/share-image';
import { SITE } from '../site';

export const GET: APIRoute = async () => {
  const t = useTranslations(SITE.lang);
  return new Response(await renderShareImage({ kicker: t('site.tagline'), title: t('site.shareImageTitle'), siteName: SITE.name, lang: t.tag }), {
    headers: { 'Content-Type': 'image/png' },
  });
};
