// Crawlers may read everything; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { SITEMAP_PATH, absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
