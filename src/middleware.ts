// Sets each page's language before anything renders: its explainer's, or the site's default for
// site-wide pages. The layout and every component, MDX ones included, read it from Astro.locals.lang.
// In `astro dev` it also highlights a draft's TODO(editor) placeholders on the page, so an editor sees
// what is left to write (a build refuses them, so no published page ever holds one).
import { defineMiddleware } from 'astro:middleware';
import { markPlaceholders } from './lib/content/placeholders';
import { languageOfPath } from './lib/explainers';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = await languageOfPath(context.url.pathname);
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(markPlaceholders(html), { status: response.status, statusText: response.statusText, headers });
});
