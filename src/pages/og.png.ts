// The front page's share image, in the site's default language.
import type { APIRoute } from 'astro';
import { homeCard } from '../lib/page-share';
import { renderShareImage } from '../lib/share-image';

export const GET: APIRoute = async () =>
  new Response(await renderShareImage(homeCard()), {
    headers: { 'Content-Type': 'image/png' },
  });
