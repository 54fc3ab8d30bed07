// The web app manifest: name, colours and icons for "Add to home screen", in the site's default language.
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { FAVICON_PATH, HOME_PATH, ICON_SIZES, iconPath } from '../lib/urls';
import { SITE } from '../site';

export const GET: APIRoute = () => {
  const t = useTranslations(SITE.lang);
  return new Response(
    JSON.stringify(
      {
        name: SITE.name,
        short_name: SITE.name.replace(/^The /, ''),
        description: t('site.tagline'),
        lang: t.tag,
        dir: t.dir,
        start_url: HOME_PATH,
        scope: HOME_PATH,
        display: 'minimal-ui',
        background_color: SITE.colors.paper,
        theme_color: SITE.colors.paper,
        icons: [
          { src: FAVICON_PATH, type: 'image/svg+xml', sizes: 'any' },
          ...ICON_SIZES.map((size) => ({ src: iconPath(size), type: 'image/png', sizes: `${size}x${size}` })),
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
