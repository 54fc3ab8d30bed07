// The front page's share image.
import type { APIRoute } from 'astro';
import { renderShareImage } from '../lib/share-image';
import { SITE } from '../site';

export const GET: APIRoute = async () =>
  new Response(await renderShareImage({ kicker: SITE.tagline, title: 'Explainers: the news, section by section', siteName: SITE.name }), {
    headers: { 'Content-Type': 'image/png' },
  });
