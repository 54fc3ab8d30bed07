// The front page's share image, in the site's default language.
import type { APIRoute } from 'astro';
import { homeCard } from '../lib/share/page';
import { cachedShareImage } from '../lib/share/image';

export const GET: APIRoute = async () =>
  new Response(await cachedShareImage(homeCard()), {
    headers: { 'Content-Type': 'image/png' },
  });
