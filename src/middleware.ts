// Sets each page's language before anything renders: its explainer's, or the site's default for
// site-wide pages. The layout and every component, MDX ones included, read it from Astro.locals.lang.
import { defineMiddleware } from 'astro:middleware';
import { languageOfPath } from './lib/explainers';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = await languageOfPath(context.url.pathname);
  return next();
});
