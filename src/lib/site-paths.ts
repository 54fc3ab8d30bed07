// How a link, image or photo path written in content is read: one rule for Markdown links and for
// component attributes that are URLs (Photo src), so neither can reach a page the check never saw.
// Every parse and decode is guarded: a malformed address is a message, never an exception.

/** Characters a browser drops or rewrites when it reads a URL: `\` becomes `/`, tabs and newlines vanish. */
const REWRITTEN = /[\\\s\u0000-\u001F\u007F-\u009F]/u;

/** An image written into the page itself (the CSP allows data: images): no path, so nothing to misread. */
export const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** Why a written address would not reach where it seems to (a backslash, a space), or undefined. */
export function addressFlaw(url: string): string | undefined {
  if (INLINE_IMAGE.test(url)) return undefined;
  const found = REWRITTEN.exec(url)?.[0];
  if (found === undefined) return undefined;
  if (found === '\\') return 'has a backslash (\\), which browsers read as /: write / in paths';
  if (found === ' ') return 'has a space: write %20 for a space in an address';
  return `has the invisible character U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which browsers drop from addresses: retype the address`;
}

/** A path on this site as the check compares it: decoded path and #anchor. */
export interface SiteTarget {
  path: string;
  hash: string;
}

/**
 * Where `url` leads from `page` on this site, decoded, or undefined when it is not a valid address
 * (a % that starts no escape, an escape that is not UTF-8, what the URL parser refuses).
 */
export function siteTarget(url: string, page: string): SiteTarget | undefined {
  try {
    const target = new URL(url || '#', `https://site.invalid${page}`);
    const path = decodeURIComponent(target.pathname);
    // An escaped slash or dot segment (%2F.., %2e%2e) would lead out of the folder the path names.
    if (target.host !== 'site.invalid' || path.split('/').some((part) => part === '..' || part === '.')) return undefined;
    return { path, hash: decodeURIComponent(target.hash.slice(1)) };
  } catch {
    return undefined;
  }
}
