// The public address a build is for (SITE_URL), in one place: a publishing build must be told it, and
// the builds that serve themselves locally (npm start, npm test, npm run bench) take the address they
// are served at, so no page ever carries a placeholder host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The port `npm start` and `npm run preview` serve on: PORT, or 4321. */
export const servePort = (env = process.env) => Number(env.PORT ?? 4321);

/** Where `npm start` serves the site, and so the address its build is for. */
export const localOrigin = (env = process.env) => `http://127.0.0.1:${servePort(env)}`;

/** The one line a publishing build without SITE_URL stops with. */
export const SITE_URL_MISSING =
  'SITE_URL is not set: run SITE_URL=https://your.site npm run build (npm start and npm test set it for you)';

/**
 * SITE_URL read strictly: undefined when unset or empty; otherwise its origin, or a line saying what is wrong
 * (a path, a query or another scheme would put a broken address in every shared link).
 * @returns {{ origin: string } | { problem: string } | undefined}
 */
export function readSiteUrl(value = process.env.SITE_URL) {
  if (!value?.trim()) return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: `SITE_URL is not an address: "${value}"; set it to the site's origin, such as https://your.site` };
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    return { problem: `SITE_URL must be the site's origin alone, such as https://your.site (not "${value}")` };
  }
  return { origin: url.origin };
}

/** The origin a built site was made for, as its robots.txt names it (its sitemap's address); undefined if unknown. */
export function builtOrigin(dist = 'dist') {
  try {
    const line = readFileSync(join(dist, 'robots.txt'), 'utf8').match(/^Sitemap:\s*(\S+)/m);
    return line ? new URL(line[1]).origin : undefined;
  } catch {
    return undefined;
  }
}
