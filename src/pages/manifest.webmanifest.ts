// The web app manifest: name, colours and icons for "Add to home screen".
import type { APIRoute } from 'astro';
import { ICON_SIZES, iconPath } from '../lib/share-meta';
import { SITE } from '../site';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE.name,
        short_name: SITE.name.replace(/^The /, ''),
        description: SITE.tagline,
        lang: SITE.lang,
        start_url: '/',
        scope: '/',
        display: 'minimal-ui',
        background_color: SITE.colors.paper,
        theme_color: SITE.colors.paper,
        icons: [
          { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
          ...ICON_SIZES.map((size) => ({ src: iconPath(size), type: 'image/png', sizes: `${size}x${size}` })),
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
